"""The wording of the bundled example: a Ministry buys a traffic analytics platform.

A fictional draft, written for clausecheck's example and tests. Its human-rights content is
deliberately mixed so the report teaches something: due diligence, a respect commitment,
flow-down, incident notification, algorithmic documentation and a human-rights audit are
met; stakeholder engagement, remediation, the impact assessment's timing, bias testing,
independent review, the helpdesk and termination are weak; governance, end-use, reporting,
government requests and disclosure are absent; and clause 8.3 gives the Ministry direct
access to all platform data with no legal basis or authorisation (guardrail GR2).

Each entry is (kind, text). Kinds: title, plain, party, recital, clause (a numbered
heading), sub (a numbered sub-clause), item (a lettered item), definition, schedule,
spara (a numbered schedule paragraph), table (rows separated by "\n", cells by " | ").
Inline marks: [-text-] a tracked deletion, [+text+] a tracked insertion, [^n] footnote n.
"""

from __future__ import annotations

TITLE = "AGREEMENT FOR THE SUPPLY OF A TRAFFIC ANALYTICS PLATFORM"
REFERENCE = "Contract reference MTPW/2025/041 - Draft 3 for negotiation"
HEADER = "DRAFT 3 - Subject to contract - Ministry of Transport and Public Works"
FOOTER = "Contract MTPW/2025/041 - Traffic Analytics Platform - Legally privileged draft"

FOOTNOTES = {
    1: "Endorsed by the United Nations Human Rights Council in resolution 17/4 of 16 June 2011.",
}

CONTRACT: list[tuple[str, str]] = [
    ("title", TITLE),
    ("plain", REFERENCE),
    ("plain", "THIS AGREEMENT is dated [  ] 2025."),
    ("plain", "BETWEEN:"),
    (
        "party",
        "(1) THE MINISTRY OF TRANSPORT AND PUBLIC WORKS OF THE REPUBLIC OF ESTMARRA, "
        'of 4 Harbour Road, Port Lissen (the "Ministry"); and',
    ),
    (
        "party",
        "(2) KESTREL ROAD ANALYTICS LIMITED, a company incorporated in Estmarra under "
        "company number 0418822, whose registered office is at Unit 9, Eastgate Technology "
        'Park, Port Lissen (the "Supplier"),',
    ),
    ("plain", 'each a "Party" and together the "Parties".'),
    ("plain", "BACKGROUND"),
    (
        "recital",
        "The Ministry is responsible for the national road network and wishes to "
        "reduce congestion and road deaths through better information on traffic flows.",
    ),
    (
        "recital",
        "Following an open tender under the Public Procurement Act 2019, the Ministry "
        "selected the Supplier to supply, install and support a traffic analytics platform "
        "that includes automatic number plate recognition cameras and journey-time analytics.",
    ),
    (
        "recital",
        "The Platform will process information about identifiable people, including "
        "the movements of vehicles and their keepers, and the Ministry wishes the Supplier to "
        "respect the rights of those people in performing this Agreement.",
    ),
    ("plain", "IT IS AGREED as follows:"),
    # 1
    ("clause", "Definitions and Interpretation"),
    ("sub", "In this Agreement the following words have these meanings:"),
    (
        "definition",
        '"Acceptance" means the Ministry\'s written confirmation that the Platform '
        "has passed the Acceptance Tests;",
    ),
    ("definition", '"Acceptance Tests" means the tests set out in Schedule 1;'),
    (
        "definition",
        '"Authorised Users" means the officials of the Ministry and of the Road '
        "Safety Agency whom the Ministry authorises to use the Platform;",
    ),
    ("definition", '"Charges" means the charges set out in Schedule 2;'),
    ("definition", '"Go-Live Date" means the date on which the Ministry confirms Acceptance;'),
    (
        "definition",
        '"Human Rights" means the rights recognised in the Universal Declaration '
        "of Human Rights, the International Covenant on Civil and Political Rights and the "
        "International Covenant on Economic, Social and Cultural Rights;",
    ),
    ("definition", '"Personal Data" has the meaning given in the Data Protection Act 2021;'),
    (
        "definition",
        '"Platform" means the traffic analytics system described in Schedule 1, '
        "including the cameras, the recognition software, the analytics dashboards and all "
        "updates to them;",
    ),
    (
        "definition",
        '"Services" means the installation, hosting, support and maintenance '
        "services described in Schedule 1;",
    ),
    (
        "definition",
        '"Subcontractor" means any person engaged by the Supplier to perform any '
        "part of the Services; and",
    ),
    ("definition", '"Term" means the period set out in clause 2.1.'),
    (
        "sub",
        "Clause and Schedule headings do not affect the interpretation of this Agreement. "
        "The Schedules form part of this Agreement.",
    ),
    (
        "sub",
        'Where this Agreement says "including", the words that follow are examples and '
        "do not limit the general words before them.",
    ),
    # 2
    ("clause", "Commencement and Term"),
    (
        "sub",
        "This Agreement starts on the date it is signed and continues for five years from "
        "the Go-Live Date, unless terminated earlier under clause 18.",
    ),
    (
        "sub",
        "The Ministry may extend the Term once by up to two years by giving the Supplier "
        "not less than six months' written notice before the Term ends.",
    ),
    # 3
    ("clause", "The Platform and the Services"),
    (
        "sub",
        "The Supplier shall supply, install and configure the Platform and shall provide "
        "the Services in accordance with Schedule 1 and good industry practice.",
    ),
    (
        "sub",
        "The Supplier shall maintain a helpdesk, available on working days from 07:00 to "
        "19:00, to receive and resolve complaints from Authorised Users about the availability "
        "or performance of the Platform.",
    ),
    (
        "sub",
        "The Platform shall be used only for traffic management, journey-time analysis and "
        "road-safety planning, unless the Parties agree otherwise in writing.",
    ),
    # 4
    ("clause", "Implementation and Acceptance"),
    (
        "sub",
        "The Supplier shall complete the installation of the Platform by the dates in the "
        "implementation plan agreed under Schedule 1.",
    ),
    (
        "sub",
        "The Ministry shall carry out the Acceptance Tests with the Supplier's assistance. "
        "If the Platform fails any Acceptance Test, the Supplier shall correct the failure and "
        "the test shall be repeated within 15 working days.",
    ),
    # 5
    ("clause", "Charges and Payment"),
    ("sub", "In return for the Platform and the Services the Ministry shall pay the Charges."),
    (
        "sub",
        "The Supplier shall invoice the Ministry quarterly in arrears. The Ministry shall "
        "pay each undisputed invoice within 30 days of receiving it.",
    ),
    (
        "sub",
        "The Charges are fixed for the first two years of the Term and may then be "
        "adjusted once a year by no more than the national consumer price index.",
    ),
    # 6
    ("clause", "Supplier Personnel and Subcontracting"),
    (
        "sub",
        "The Supplier shall ensure that its personnel are suitably skilled and vetted to "
        "the level the Ministry reasonably requires.",
    ),
    (
        "sub",
        "The Supplier shall not subcontract any part of the Services without the "
        "Ministry's prior written consent, which shall not be unreasonably withheld.",
    ),
    (
        "sub",
        "The Supplier shall ensure that every Subcontractor is bound by written "
        "obligations equivalent to those in clause 9 and shall remain responsible for the acts "
        "and omissions of its Subcontractors.",
    ),
    # 7
    ("clause", "Data Protection"),
    (
        "sub",
        "The Parties shall each comply with the Data Protection Act 2021 in relation to "
        "Personal Data processed under this Agreement.",
    ),
    (
        "sub",
        "The Supplier shall process Personal Data only on the documented instructions of "
        "the Ministry and shall keep number-plate reads for no longer than 90 days unless the "
        "Ministry instructs otherwise.",
    ),
    (
        "sub",
        "The Supplier shall notify the Ministry without undue delay, and in any event "
        "within 24 hours, after becoming aware of a personal data breach affecting the Platform.",
    ),
    # 8
    ("clause", "Access to Platform Data"),
    (
        "sub",
        "The Platform data belongs to the Ministry. The Supplier shall provide the Ministry "
        "with monthly extracts of aggregated traffic statistics.",
    ),
    (
        "sub",
        "The Supplier shall give the Ministry all assistance it reasonably requests in "
        "answering requests under the Access to Information Act 2015.",
    ),
    (
        "sub",
        "On the Ministry's request, the Supplier shall give the Ministry, and any public "
        "body the Ministry designates, direct and unrestricted access in real time to all data "
        "held in the Platform, including individual number-plate reads, images and journey "
        "histories.",
    ),
    # 9
    ("clause", "Human Rights"),
    (
        "sub",
        "The Supplier shall respect Human Rights in performing this Agreement, in line "
        "with the UN Guiding Principles on Business and Human Rights[^1].",
    ),
    (
        "sub",
        "The Supplier [-may-][+shall+] carry out human rights due diligence to identify, "
        "prevent, mitigate and account for the adverse human rights impacts that the design, "
        "deployment and operation of the Platform may cause or contribute to.",
    ),
    (
        "sub",
        "Before the Go-Live Date, the Supplier shall complete a human rights impact "
        "assessment of the Platform and give a copy of it to the Ministry.",
    ),
    (
        "sub",
        "The Supplier shall use reasonable efforts to consult civil society organisations "
        "and representatives of road users who may be affected by the Platform.",
    ),
    (
        "sub",
        "The Supplier shall notify the Ministry in writing within 48 hours of becoming "
        "aware of any actual or potential adverse human rights impact connected with the "
        "Platform, including any use of the Platform outside the purposes in clause 3.3.",
    ),
    (
        "sub",
        "Where the Supplier has caused or contributed to an adverse human rights impact, "
        "it shall use reasonable endeavours to remediate that impact.",
    ),
    (
        "sub",
        "The Supplier should test the recognition models of the Platform for bias across "
        "vehicle types, regions and lighting conditions before each major release.",
    ),
    # 10
    ("clause", "Transparency of the Platform"),
    (
        "sub",
        "The Supplier shall give the Ministry clear documentation explaining how the "
        "Platform's recognition and analytics models work, their known limitations and error "
        "rates, and the risks they pose to people, in a form the Ministry can publish.",
    ),
    (
        "sub",
        "The Supplier may, at its discretion, permit an independent expert nominated by "
        "the Ministry to review that documentation.",
    ),
    # 11
    ("clause", "Records and Audit"),
    (
        "sub",
        "The Supplier shall keep complete and accurate records of the Services and of the "
        "Charges for six years after the end of the Term.",
    ),
    (
        "sub",
        "The Ministry, or an auditor it appoints, may audit those records and inspect the "
        "Supplier's premises and systems on ten working days' notice to verify:",
    ),
    ("item", "the Charges invoiced;"),
    ("item", "the Supplier's compliance with clause 7; and"),
    ("item", "the Supplier's compliance with its human rights obligations under clause 9."),
    (
        "sub",
        "The Supplier shall give the auditor reasonable access to its personnel, records "
        "and systems for the purposes of an audit under clause 11.2.",
    ),
    # 12
    ("clause", "Intellectual Property"),
    (
        "sub",
        "The Supplier retains all intellectual property rights in the recognition "
        "software. The Supplier grants the Ministry a non-exclusive licence to use the Platform "
        "for the Term.",
    ),
    (
        "sub",
        "All reports and data generated for the Ministry by the Platform vest in the "
        "Ministry on creation.",
    ),
    # 13
    ("clause", "Confidentiality"),
    (
        "sub",
        "Each Party shall keep the other Party's confidential information confidential "
        "and use it only to perform this Agreement.",
    ),
    (
        "sub",
        "Clause 13.1 does not prevent the Ministry from disclosing this Agreement or any "
        "information under the Access to Information Act 2015 or to Parliament.",
    ),
    # 14
    ("clause", "Warranties"),
    (
        "sub",
        "The Supplier warrants that the Platform will perform materially in accordance "
        "with Schedule 1 for 12 months after the Go-Live Date and shall repair or replace any "
        "component that does not.",
    ),
    # 15
    ("clause", "Limitation of Liability"),
    (
        "sub",
        "Neither Party limits its liability for death or personal injury caused by its "
        "negligence, or for fraud.",
    ),
    (
        "sub",
        "Subject to clause 15.1, each Party's total liability under this Agreement is "
        "limited to 150% of the Charges paid in the preceding twelve months.",
    ),
    # 16
    ("clause", "Insurance"),
    (
        "sub",
        "The Supplier shall maintain professional indemnity and public liability "
        "insurance of not less than 5,000,000 each for the Term and six years after it.",
    ),
    # 17
    ("clause", "Force Majeure"),
    (
        "sub",
        "Neither Party is liable for a delay or failure caused by events beyond its "
        "reasonable control, provided that it notifies the other Party promptly and takes "
        "reasonable steps to limit the effect.",
    ),
    # 18
    ("clause", "Termination"),
    (
        "sub",
        "The Ministry may terminate this Agreement by written notice with immediate effect if:",
    ),
    (
        "item",
        "the Supplier commits a material breach of this Agreement that it fails to "
        "remedy within 30 days of being asked to do so;",
    ),
    ("item", "the Supplier becomes insolvent or enters into an arrangement with its creditors; or"),
    (
        "item",
        "there is a change of control of the Supplier to which the Ministry has not consented.",
    ),
    (
        "sub",
        "The Ministry may terminate this Agreement for convenience on 90 days' written notice.",
    ),
    # 19
    ("clause", "Consequences of Termination"),
    (
        "sub",
        "On termination the Supplier shall return all Ministry data, delete any copies it "
        "holds and give the Ministry reasonable help to move the Services to a replacement "
        "supplier.",
    ),
    # 20
    ("clause", "Dispute Resolution"),
    (
        "sub",
        "The Parties shall try to settle any dispute through their contract managers. A "
        "dispute not settled within 20 working days may be referred by either Party to "
        "mediation and, failing that, to the courts under clause 21.",
    ),
    # 21
    ("clause", "Governing Law and Jurisdiction"),
    (
        "sub",
        "This Agreement is governed by the law of the Republic of Estmarra, and its courts "
        "have exclusive jurisdiction.",
    ),
    # 22
    ("clause", "Notices"),
    (
        "sub",
        "Notices shall be in writing and delivered by hand, by registered post or by "
        "email to the addresses the Parties notify to each other.",
    ),
    # 23
    ("clause", "General"),
    (
        "sub",
        "This Agreement is the entire agreement between the Parties about its subject "
        "matter. No variation is effective unless it is in writing and signed by both Parties.",
    ),
    (
        "sub",
        "If any provision of this Agreement is found invalid, the remaining provisions "
        "continue in force.",
    ),
    ("plain", "Signed for and on behalf of the Ministry: ____________________"),
    ("plain", "Signed for and on behalf of the Supplier: ____________________"),
    # Schedules
    ("schedule", "Platform Specification"),
    (
        "spara",
        "The Platform comprises up to 240 fixed cameras with automatic number plate "
        "recognition, a central analytics service hosted in Estmarra, and dashboards for "
        "Authorised Users.",
    ),
    (
        "spara",
        "The recognition software shall read number plates correctly in at least 97% "
        "of daylight passes and 92% of night passes, measured under the Acceptance Tests.",
    ),
    (
        "spara",
        "The Platform shall produce journey-time and congestion statistics for each "
        "road segment at intervals of no more than five minutes.",
    ),
    (
        "spara",
        "The Acceptance Tests comprise a 30-day field trial on the Port Lissen ring "
        "road, a load test of the central service, and a security penetration test.",
    ),
    ("schedule", "Charges"),
    ("spara", "The Charges are as follows, exclusive of value added tax:"),
    (
        "table",
        "Item | Basis | Amount\n"
        "Cameras and installation | per camera, once | 14,500\n"
        "Recognition software licence | per year | 310,000\n"
        "Hosting and support | per quarter | 96,000\n"
        "Additional training | per day | 1,200",
    ),
    (
        "spara",
        "The Ministry may withhold payment of any amount it disputes in good faith "
        "until the dispute is resolved.",
    ),
    ("schedule", "Contract Management"),
    (
        "spara",
        "Each Party shall appoint a contract manager. The contract managers shall meet "
        "monthly to review performance.",
    ),
    (
        "spara",
        "The Supplier shall provide the Ministry with quarterly performance reports "
        "setting out availability, helpdesk response times and recognition accuracy.",
    ),
]
