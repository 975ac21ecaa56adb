"""Build the Word (.docx) development cases in this folder.

The contract text of each .docx case lives in this script, as a list of blocks (heading,
paragraph, numbered or bulleted list item, table). Running it rewrites the .docx files next to
it; the output is byte-for-byte reproducible (fixed core properties, fixed zip timestamps).

It does not decide or check labels: the expected findings are in ``labels.json``.

Usage: ``.venv/bin/python tests/cases/build_docx.py [OUT_DIR]``
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

# Each case is written in a small markup, one block per blank-line-separated chunk (lines of a
# chunk are joined with spaces):
#   "T: " title     "# " Heading 1     "## " Heading 2     "### " Heading 3    "= " centred line
#   "+ " item of a Word "List Number" list (numbering restarts at each new run of items)
#   "++ " level-2 item of the current list    "* " item of a "List Bullet" list
#   "| a | b |" table rows, one per line, the first row is the header    anything else: paragraph
Block = tuple[str, object]

FIXED_TIME = dt.datetime(2025, 1, 1, 9, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (2025, 1, 1, 9, 0, 0)


# ---------------------------------------------------------------------------------------------
# Case: EU-style framework contract (procurement)
# ---------------------------------------------------------------------------------------------

LANGUAGE_TECH_FRAMEWORK = """
T: FRAMEWORK CONTRACT FOR SERVICES

= Machine translation, speech-to-text and language data services

= Framework contract No EACPS/2025/OP/0031 - Lots 1 and 2

# Preamble

The European Agency for Cross-Border Public Services (EACPS) (hereinafter referred to as "the
Contracting Authority"), represented for the purposes of the signature of this framework
contract by its Executive Director, of the one part, and Polyglossa Language Technologies SA,
a société anonyme established under the laws of Luxembourg, with its registered office at 21
rue des Tanneurs, L-1736 Luxembourg, VAT number LU29384756 (hereinafter referred to as "the
Contractor"), represented for the purposes of the signature of this framework contract by its
Chief Executive Officer, of the other part,

HAVE AGREED to the special conditions, the general conditions and the annexes below.

Whereas the Contracting Authority is bound, in all its activities, by the Charter of
Fundamental Rights, and whereas the services procured under this framework contract will be
used to communicate with members of the public in all official languages and in a number of
regional and minority languages.

# I. SPECIAL CONDITIONS

## Article I.1 - Subject matter

(1) The subject matter of the framework contract is the provision of machine translation and
speech-to-text services through a hosted platform (Lot 1) and the creation and delivery of
curated multilingual language datasets (Lot 2), as described in the tender specifications
(Annex I).

(2) Signature of the framework contract does not guarantee any actual purchase. The
Contracting Authority is bound only by specific contracts implementing the framework contract.

## Article I.2 - Entry into force and duration

(1) The framework contract enters into force on the date on which the last party signs it. Its
initial duration is 24 months.

(2) The framework contract is renewed automatically up to two times for twelve months each,
unless one of the parties receives formal notification to the contrary at least three months
before the end of the current period.

## Article I.3 - Prices

(1) The maximum amount covering all purchases under the framework contract, including all
renewals, is EUR 4 800 000. The unit prices are set out in the table below and in Annex III.

| Item | Unit | Unit price (EUR) |
| Lot 1 - machine translation, text | per million characters | 6.40 |
| Lot 1 - speech-to-text, batch | per audio hour | 0.95 |
| Lot 1 - platform subscription | per month | 11 500.00 |
| Lot 2 - curated parallel corpus | per thousand segments | 380.00 |
| Lot 2 - transcribed speech corpus | per audio hour | 210.00 |

(2) Prices are fixed for the first year. They may be revised upwards or downwards each year on
request, on the basis of the harmonised index of consumer prices.

## Article I.4 - Payment arrangements

(1) The Contractor must submit an invoice for each specific contract after the services have
been accepted. The Contracting Authority must pay within 30 days of receiving the invoice.

## Article I.5 - Applicable law and settlement of disputes

(1) The framework contract is governed by Union law, complemented, where necessary, by the law
of Luxembourg.

(2) The courts of Luxembourg City have exclusive jurisdiction over any dispute regarding the
interpretation, application or validity of the framework contract.

# II. GENERAL CONDITIONS

## Article II.1 - Definitions

For the purpose of the framework contract, the following definitions apply:

'Fundamental Rights Standards': the rights and principles recognised in the Charter of
Fundamental Rights of the European Union, the European Convention for the Protection of Human
Rights and Fundamental Freedoms, the Universal Declaration of Human Rights and the fundamental
conventions of the International Labour Organization;

'Grave professional misconduct': a violation of applicable laws or regulations or ethical
standards of the profession to which the Contractor belongs, or any wrongful conduct of the
Contractor that has an impact on its professional credibility where such conduct denotes
wrongful intent or gross negligence;

'Language Engines': the machine translation and speech recognition models operated by the
Contractor on the platform under Lot 1;

'Personal data': any information relating to an identified or identifiable natural person
within the meaning of Regulation (EU) 2018/1725;

'Specific contract': a contract implementing the framework contract that specifies details of
a service to be provided.

## Article II.2 - Obligations of the Contractor

(1) The Contractor must perform the framework contract to the highest professional standards,
in compliance with the tender specifications and the terms of its tender.

(2) The Contractor must comply with the obligations applicable in the fields of environmental,
social and labour law established by Union law, national law and collective agreements, and by
the international environmental, social and labour law conventions listed in Annex X to
Directive 2014/24/EU.

(3) The Contractor is obliged to host the Language Engines and all data processed under the
framework contract in data centres located in the territory of the Member States of the
European Union.

## Article II.3 - Quality of the Language Engines

(1) Where practicable, the Contractor shall evaluate the Language Engines for gender bias in
translation and for differences in quality between language pairs involving regional or
minority languages, and shall document the composition and representativeness of the corpora
used to train them.

(2) The Contractor undertakes to provide the Contracting Authority with a description, written
in plain language, of how each Language Engine produces its output, of its known limitations,
and of the risks that errors in machine translation or transcription present for members of
the public who rely on it. The Contracting Authority may publish that description.

## Article II.4 - Fundamental rights

(1) The Contractor undertakes to respect the Fundamental Rights Standards in the performance
of the framework contract.

(2) The Contractor undertakes to carry out human rights due diligence in respect of the
services and the language data it supplies. To that end it shall identify the actual and
potential adverse impacts on the Fundamental Rights Standards that the design, development,
provision or use of the services may cause, contribute to or be linked with, prevent or
mitigate those impacts, and account for the measures taken.

(3) The Contractor is obliged to carry out the due diligence referred to in paragraph 2 on an
ongoing basis. It shall review its assessment at least once a year and, in any event, whenever
a new Language Engine is deployed or the intended use of the services changes.

(4) When identifying adverse impacts, the Contractor shall consult organisations representing
speakers of regional and minority languages, persons with disabilities and migrants, as the
groups most exposed to the consequences of translation errors.

(5) The Contractor is encouraged to have its human rights policy approved by its management
body and to designate a senior staff member responsible for its implementation.

(6) The Contractor should assess the risk that the datasets delivered under Lot 2 are re-used
by end users for the profiling or surveillance of individuals, and should attach appropriate
use restrictions to those datasets.

(7) The Contractor is obliged to inform the Contracting Authority without delay, and at the
latest within five working days, of any actual or potential adverse impact on the Fundamental
Rights Standards that it identifies in connection with the services.

(8) Where an adverse impact on the Fundamental Rights Standards has been identified, the
Contracting Authority shall determine and implement the remedial measures it considers
appropriate towards the persons affected.

(9) The Contractor shall submit to the Contracting Authority, together with each annual
implementation report, a report on the adverse impacts identified under this Article and the
action taken to address them.

(10) Notwithstanding paragraph 9, the Contractor shall not be required to disclose to the
Contracting Authority, or to publish, its human rights due diligence policy or any description
of its due diligence process.

## Article II.5 - Access requests by public authorities

Where the Contractor receives a request from a public authority of a third country, or of a
Member State other than one acting under Union law, for access to data processed under the
framework contract, the Contractor shall:

+ inform the Contracting Authority immediately, unless the law applicable to the request
prohibits it from doing so;

+ assess the lawfulness of the request and challenge it where, after careful assessment, it
concludes that there are reasonable grounds to consider it unlawful;

+ not grant access to any data unless the access is provided for by law, has been authorised
in advance by a court or another independent authority, and is necessary and proportionate to
a legitimate aim; and

+ publish each year the number and type of such requests received and the number granted.

## Article II.6 - Subcontracting

(1) The Contractor must not subcontract without prior written authorisation from the
Contracting Authority.

(2) The Contractor is obliged to include in every subcontract provisions that impose on the
subcontractor the obligations laid down in Article II.4(1) to (3) with respect to the part of
the services the subcontractor performs.

## Article II.7 - Confidentiality

The Contracting Authority and the Contractor must treat with confidentiality any information
or documents disclosed in connection with the framework contract and not use them for any
purpose other than performing it, for five years after final payment.

## Article II.8 - Processing of personal data

(1) Personal data processed by the Contractor on behalf of the Contracting Authority must be
processed only for the purpose of the framework contract and in accordance with Regulation
(EU) 2018/1725.

(2) The Contractor must assist the Contracting Authority in fulfilling its obligation to
respond to requests by data subjects to exercise their rights of access, rectification,
erasure and objection.

## Article II.9 - Intellectual property rights

The Union acquires ownership of the datasets created under Lot 2. The Contractor retains
ownership of the Language Engines and grants the Contracting Authority a licence to use their
outputs without restriction.

## Article II.10 - Force majeure

A party faced with force majeure must formally notify the other party without delay, stating
the nature, likely duration and foreseeable effects. A party is not liable for breaching its
obligations if it is prevented from fulfilling them by force majeure.

## Article II.11 - Liability

The Contractor is liable for any loss or damage caused by it in performing the framework
contract. Its liability is limited to three times the total amount of the relevant specific
contract, save for gross negligence or wilful misconduct.

## Article II.12 - Checks and audits

(1) The Contracting Authority and the European Anti-Fraud Office may check or require an audit
of the performance of the framework contract, including compliance with Article II.4, during
its term and for five years after the final payment. The Contractor must give their staff
access to its sites, systems and records for that purpose.

(2) The Contracting Authority may appoint an independent expert body to verify the
Contractor's compliance with Article II.4 and Article II.5. The Contractor must cooperate with
that body and give it access to the information it needs.

## Article II.13 - Termination by the Contracting Authority

The Contracting Authority may terminate the framework contract or any specific contract
where:

+ the Contractor is in serious breach of its obligations under Article II.4 or Article II.5;

+ the Contractor is in a situation of exclusion, including grave professional misconduct; or

+ the Contractor does not perform the services in accordance with the tender specifications.

# SIGNATURES

For the Contractor: Élodie Marchetti, Chief Executive Officer. Signature: ______  Done at
Luxembourg, 14 April 2025

For the Contracting Authority: Jonas Verbeke, Executive Director. Signature: ______  Done at
Brussels, 22 April 2025

In duplicate in English.
"""


# ---------------------------------------------------------------------------------------------
# Case: service contract with a translated, civil-law feel (service)
# ---------------------------------------------------------------------------------------------

MIGRATION_QUEUE_SERVICE = """
T: CONTRACT No. 14/2025-MIA ON THE PROVISION OF THE SERVICE OF ELECTRONIC QUEUE AND
PRELIMINARY APPOINTMENT FOR THE TERRITORIAL OFFICES OF THE MIGRATION SERVICE

= City of Dravsk, 12 February 2025

The Ministry of Internal Affairs of the Republic of Varnia, in the person of the Deputy
Minister Mr. Aleksandar Petrović, acting on the basis of the Regulation on the Ministry
approved by Government Decision No. 311 of 2019 (hereinafter - the "Ministry"), on the one
side, and the limited liability company "Infoserv Solutions", registered in the Unified State
Register of Legal Entities under No. 1027700148, in the person of the Director Ms. Milena
Kostić, acting on the basis of the Charter (hereinafter - the "Service Provider"), on the
other side, together referred to as the "Parties", and each separately as a "Party", on the
basis of the results of the open tender procedure No. 2024/OT-88, have concluded the present
Contract on the following:

# 1. TERMS AND DEFINITIONS

1.1. For the purposes of the present Contract the following terms are used:

1.1.1. "Applicant" - a foreign citizen or stateless person, or his/her representative, who
makes an appointment or applies to a territorial office of the Migration Service by means of
the Service.

1.1.2. "Service" - the service of electronic queue and preliminary appointment, comprising the
web portal, the mobile application, the call centre, the queue terminals installed in the
territorial offices and the central database, operated by the Service Provider.

1.1.3. "Human Rights Principles" - the principles of respect for human dignity,
non-discrimination, the right to privacy and the right of access to public services, as
recognised by the Constitution of the Republic of Varnia and by the international treaties in
the field of human rights ratified by the Republic of Varnia.

1.1.4. "Act of Rendered Services" - the monthly document signed by the Parties that confirms
the volume and quality of the services rendered in the reporting month.

1.1.5. "Territorial Office" - a subdivision of the Migration Service that receives Applicants
in one of the 27 cities listed in Annex No. 1.

# 2. SUBJECT OF THE CONTRACT

2.1. The Service Provider undertakes to provide, on behalf of the Ministry, the Service to
Applicants and to the Territorial Offices in accordance with the Technical Specification
(Annex No. 1), and the Ministry undertakes to accept and pay for the services rendered.

2.2. The Service is provided to Applicants free of charge. The Service Provider is not
entitled to receive any payment from Applicants.

2.3. The Service is provided in the state language, in English and in Russian. The Ministry
may require the addition of other languages by means of an additional agreement.

# 3. PRICE OF THE CONTRACT AND ORDER OF PAYMENTS

3.1. The price of the present Contract amounts to 2 940 000 (two million nine hundred forty
thousand) euro, including value added tax, and is distributed as follows:

| Stage | Content | Amount, euro | Term |
| 1 | Adaptation and launch of the Service in all offices | 540 000 | within 90 days of signing |
| 2 | Operation of the Service, months 1-24 | 100 000 per month | monthly |

3.2. Payment is made by the Ministry within 20 (twenty) banking days after signing of the Act
of Rendered Services for the respective month.

3.3. The price of the Contract is fixed and is not subject to change during the term of its
validity, except in the cases provided by the Law on Public Procurement.

# 4. RIGHTS AND OBLIGATIONS OF THE PARTIES

4.1. The Service Provider is obliged:

+ to ensure the functioning of the Service 24 hours a day, 7 days a week, with availability of
not less than 99.3% per month;

+ to answer calls to the call centre within the time indicated in the Technical Specification;

+ to provide to the Ministry, not later than the 5th day of each month, a report on the number
of appointments made, the average waiting time in each Territorial Office and the availability
of the Service, together with the draft Act of Rendered Services;

+ to process the personal data of Applicants exclusively for the purposes of the present
Contract and in accordance with the Law on Personal Data Protection;

+ to ensure that its employees who work with the Service pass training on the use of the
Service and on the rules of communication with Applicants.

4.2. The Ministry is obliged:

+ to pay for the services rendered in the order and terms established by the present Contract;

+ to provide the Service Provider with the information about the working hours of each
Territorial Office not later than 10 days before their change.

4.3. The Ministry shall not be entitled to carry out audits or inspections of the premises,
information systems or documents of the Service Provider. Information on the performance of
the present Contract is provided to the Ministry exclusively by means of the monthly reports
and the Acts of Rendered Services.

# 5. ACCESS TO THE DATABASE OF THE SERVICE

5.1. The Service Provider is obliged to provide to the Department of Migration Control of the
Ministry round-the-clock direct access to the central database of the Service, including the
personal data of Applicants and the history of their appointments and visits, without the need
for any separate request.

5.2. The blocking of the account of an Applicant in the Service may be ordered only by a court
decision, issued in accordance with the law, which establishes that the blocking is necessary
and proportionate to the aim pursued. The Ministry does not give instructions to block the
accounts of Applicants.

5.3. The Service Provider is prohibited from disclosing to any third persons, including in a
generalised or statistical form, information on the fact or the number of requests for
information received from the Ministry or from law enforcement bodies.

# 6. PROTECTION OF THE RIGHTS OF APPLICANTS

6.1. The Service Provider shall make reasonable efforts to identify and prevent the adverse
impacts of the Service on the human rights of Applicants, in particular on the right to
privacy and the right to equal access to the Territorial Offices.

6.2. The Service Provider should review the results of such identification periodically, at
least once per year.

6.3. The Service Provider is not required to consult Applicants, their representatives or
non-governmental organisations in the course of the performance of the present Contract.

6.4. The Service Provider should appoint a person responsible for questions of the protection
of the rights of Applicants and inform the Ministry of his/her contact details.

6.5. The Service Provider is entitled, at its own discretion, to suspend the access to the
statistics interface of the Service of any employee of the Ministry or other user who uses the
data of the Service for purposes other than the organisation of appointments.

6.6. The Service Provider is obliged to ensure to Applicants the possibility to submit
complaints about a violation of their rights in connection with the Service, in writing and
electronically, free of charge, in any of the languages of the Service, to consider each such
complaint within 15 (fifteen) days and to inform the Applicant of the result. The Service
Provider is obliged to cooperate with the Human Rights Commissioner of the Republic of Varnia
in the consideration of complaints of Applicants addressed to the Commissioner.

6.7. The Service Provider should inform the Ministry about cases of violation of the rights of
Applicants that became known to it.

6.8. The Service Provider should arrange, once every two years, an assessment of the
compliance of the Service with the present Article 6 by an organisation independent from both
Parties.

6.9. The Service Provider shall make reasonable efforts to publish on its website its policy
of due diligence in the field of human rights.

6.10. The Service Provider is not obliged to disclose to the Ministry or to Applicants the
algorithm of distribution of appointment slots, which constitutes its commercial secret.

# 7. SUBCONTRACTING

7.1. The Service Provider has the right to involve subcontractors for the operation of the
call centre and the maintenance of the queue terminals, with the prior written consent of the
Ministry.

7.2. The Service Provider is obliged to include in each contract with a subcontractor the
obligations set out in Article 6 of the present Contract, as far as they concern the part of
the Service entrusted to the subcontractor.

# 8. RESPONSIBILITY OF THE PARTIES

8.1. For non-fulfilment or improper fulfilment of the obligations under the present Contract
the Parties bear responsibility in accordance with the legislation of the Republic of Varnia.

8.2. In case of unavailability of the Service beyond the level established in paragraph 4.1,
the Service Provider pays to the Ministry a penalty in the amount of 0.1% of the monthly price
for each hour of unavailability, but not more than 10% of the monthly price.

8.3. In case of delay of payment the Ministry pays to the Service Provider a penalty in the
amount of 0.01% of the unpaid amount for each day of delay.

# 9. CONFIDENTIALITY

9.1. The Parties undertake not to disclose confidential information received from the other
Party during the performance of the present Contract, except in the cases provided by law.

9.2. The conditions of the present Contract are subject to publication in the electronic
system of public procurement in accordance with the Law on Public Procurement.

# 10. INTELLECTUAL PROPERTY

10.1. The exclusive rights to the software of the Service belong to the Service Provider. The
Ministry receives a non-exclusive right to use the software for the term of the Contract.

10.2. The database of the Service, including all data of Applicants, is the property of the
Ministry.

# 11. CIRCUMSTANCES OF INSUPERABLE FORCE

11.1. The Parties are released from responsibility for partial or full non-fulfilment of the
obligations under the present Contract if it was the consequence of circumstances of
insuperable force (force majeure), such as natural disasters, military actions, epidemics and
acts of state bodies, which the Parties could not foresee or prevent.

11.2. The Party for which the fulfilment of obligations became impossible is obliged to inform
the other Party in writing within 5 (five) days of the beginning of such circumstances.

# 12. TERM OF VALIDITY AND TERMINATION OF THE CONTRACT

12.1. The present Contract enters into force from the moment of its signing by both Parties
and is valid for 27 (twenty-seven) months.

12.2. The Ministry has the right to unilaterally refuse the execution of the present Contract
in the following cases:

+ systematic (more than three times within six months) violation by the Service Provider of
the terms of availability of the Service established in paragraph 4.1;

+ delay in the launch of the Service in all Territorial Offices for more than 30 (thirty)
days;

+ adoption of a decision on the liquidation of the Service Provider or initiation of
bankruptcy proceedings in respect of it.

12.3. The Ministry has the right to terminate the present Contract at its own initiative by
notifying the Service Provider not less than 60 (sixty) days in advance.

# 13. ANTI-CORRUPTION CLAUSE

13.1. In the performance of the present Contract the Parties do not pay, offer or permit the
payment of any money or valuables to any persons for the purpose of influencing their actions
or decisions, and undertake to comply with the Law on Prevention of Corruption.

# 14. RESOLUTION OF DISPUTES

14.1. Disputes between the Parties are resolved by means of negotiations. If the dispute is
not settled within 30 days, it is submitted to the Economic Court of the City of Dravsk.

14.2. The present Contract is governed by the law of the Republic of Varnia.

# 15. FINAL PROVISIONS

15.1. The present Contract is made in two copies having equal legal force, one for each Party,
in the state language and in English. In case of discrepancy the text in the state language
prevails.

15.2. Annex No. 1 (Technical Specification) is an integral part of the present Contract.

# 16. REQUISITES AND SIGNATURES OF THE PARTIES

Ministry of Internal Affairs of the Republic of Varnia, 7 Republic Square, Dravsk. Deputy
Minister A. Petrović ______________ (seal)

LLC "Infoserv Solutions", 44 Industrial Avenue, Dravsk. Director M. Kostić ______________
(seal)
"""


# ---------------------------------------------------------------------------------------------
# Case: cable landing station and international gateway licence (licence)
# ---------------------------------------------------------------------------------------------

CABLE_GATEWAY_LICENCE = """
T: LICENCE FOR THE OPERATION OF A SUBMARINE CABLE LANDING STATION AND INTERNATIONAL GATEWAY

= Telecommunications Commission of the Republic of Salvara

= Licence No. TCS/ILS/2025/02

# Part A - Grant

A.1 The Telecommunications Commission of the Republic of Salvara (the "Commission"), acting
under section 17 of the Telecommunications Act 2012 (the "Act"), grants this licence (the
"Licence") to Meridian Subsea Gateway Limited, a company incorporated in Salvara with
registration number 2019/04471, whose registered office is at Plot 7, Coastal Industrial Zone,
Port Lerida (the "Licensee").

A.2 The Licence authorises the Licensee to construct, own and operate the cable landing
station at Port Lerida (the "Landing Station"), to land and connect the EurAfrica-3 submarine
cable system, and to operate an international gateway for the carriage of international voice
and data traffic to and from Salvara (the "Gateway").

A.3 The Licence is granted for a term of twenty years from 1 April 2025 and may be renewed in
accordance with the Act.

A.4 The Government of Salvara is committed to an open, secure and rights-respecting internet,
as stated in its National Digital Policy 2024-2030.

# Part B - Particulars

| Item | Particulars |
| Landing Station | Port Lerida, Plot 7, Coastal Industrial Zone |
| Cable system | EurAfrica-3, design capacity 180 Tbit/s |
| Initial licence fee | SVD 2,500,000 |
| Annual fee | 2% of gross revenue from licensed services |
| Open access | capacity to be offered to all licensed operators |

# Part C - Conditions

## Condition 1 - Interpretation

1.1 In this Licence, "Traffic" means all voice, data and signalling traffic carried through
the Landing Station or the Gateway, and "Operator" means any holder of a licence under the Act
to whom the Licensee provides capacity.

1.2 Words defined in the Act have the same meaning in this Licence.

## Condition 2 - Compliance with the Act

2.1 The Licensee shall comply with the Act and with the Telecommunications (International
Gateway) Regulations 2013.

## Condition 3 - Fees

3.1 The Licensee shall pay the initial licence fee within 30 days of the grant of this Licence
and the annual fee by 31 March of each year, together with a statement of gross revenue
certified by its finance director.

## Condition 4 - Open Access

4.1 The Licensee shall offer capacity on the cable system and co-location at the Landing
Station to every Operator on terms that are fair, reasonable, transparent and
non-discriminatory, in accordance with the reference offer approved by the Commission.

4.2 The Licensee shall not grant any Operator exclusive rights to capacity at the Landing
Station.

## Condition 5 - Resilience and Security

5.1 The Licensee shall design and operate the Landing Station and the Gateway with adequate
redundancy, physical protection and cyber security measures, in accordance with the
Commission's Guidelines on Critical Communications Infrastructure.

## Condition 6 - Personal Data

6.1 The Licensee shall process any personal data that comes into its possession in the course
of its licensed activities in accordance with the Data Protection Act 2020, and shall give
effect to the rights of data subjects under that Act, including the rights of access and
rectification.

## Condition 7 - Environment and Coastal Works

7.1 The Licensee shall carry out all marine and coastal works for the landing of the cable in
accordance with the environmental permit issued by the Coastal Zone Authority.

## Condition 8 - Local Employment

8.1 The Licensee shall give preference, where candidates are equally qualified, to citizens of
Salvara in recruiting technical staff for the Landing Station, and shall provide an annual
apprenticeship programme for not fewer than ten trainees.

## Condition 9 - Customer Complaints

9.1 The Licensee shall maintain a procedure for handling complaints from Operators and other
customers about the quality, availability and billing of its services, and shall resolve each
complaint within 30 days.

## Condition 10 - Contractors

10.1 The Licensee shall ensure that every contract with a person who operates or maintains any
part of the Landing Station or the Gateway on its behalf includes obligations equivalent to
those in Condition 17, as they apply to the work of that person.

## Condition 11 - Transfer

11.1 The Licensee shall not transfer this Licence, and no change of control of the Licensee
shall take place, without the prior written approval of the Commission.

## Condition 12 - Assessment of Human Rights Impacts

12.1 Before the Gateway enters commercial service, and at least every three years afterwards,
the Commission shall assess the impacts on human rights, including the rights to freedom of
expression and privacy, of the operation of the Landing Station and the Gateway, and of the
directions issued under Condition 14.

## Condition 13 - Human Rights Policy

13.1 The Licensee is encouraged to adopt a human rights policy approved by its board of
directors and to assign responsibility for that policy to a senior manager.

## Condition 14 - Directions to Interrupt Traffic

14.1 The Licensee shall interrupt, throttle or disconnect all or any part of the Traffic when
so directed by the Minister responsible for communications, for such period as the Minister
may specify. The Licensee shall comply with any such direction immediately, and the Minister
is not required to state reasons for it.

## Condition 15 - Interception

15.1 No public authority may obtain access to Traffic, or to any data held by the Licensee
about Traffic, except under a warrant issued by a judge of the High Court under the
Interception of Communications Act 2014. A warrant may be issued only where the judge is
satisfied that the access is authorised by that Act, is necessary for the purpose stated in it
and is proportionate to that purpose, and each warrant is subject to review by the
Interception Commissioner.

15.2 No public authority may be given permanent, direct or bulk access to the Traffic or to
the systems of the Landing Station or the Gateway.

## Condition 16 - Confidentiality of Directions and Requests

16.1 The Licensee shall keep strictly confidential, and shall not disclose in any form,
including in aggregate or statistical form, any direction given under Condition 14 or any
warrant or request received under Condition 15.

## Condition 17 - Human Rights Safeguards

17.1 The Licensee shall use reasonable endeavours to notify the Commission of any adverse
impact on human rights of which it becomes aware in connection with the operation of the
Landing Station or the Gateway.

17.2 The Licensee shall commission, once every two years, an audit of its compliance with
Conditions 14 to 17 by an auditor who is independent of the Licensee and of the Government, and
shall send the auditor's report to the Commission within one month of receiving it.

17.3 The Licensee shall use reasonable endeavours to publish, each year, a report on how it
has addressed the human rights impacts of the operation of the Landing Station and the
Gateway.

17.4 The Licensee shall not be required to provide remediation or compensation to any person
in respect of any interruption, restriction or interception carried out in compliance with
this Licence.

## Condition 18 - Suspension and Revocation

18.1 The Commission may suspend or revoke this Licence, after giving the Licensee notice and
an opportunity to be heard, where:

+ the Licensee fails to pay any fee due under Condition 3 within 90 days after it falls due;

+ the Licensee becomes insolvent or goes into liquidation; or

+ a change of control of the Licensee takes place without the approval required by Condition
11.

## Condition 19 - Disputes and Governing Law

19.1 Disputes between the Licensee and an Operator concerning access to the Landing Station
may be referred to the Commission for determination under section 61 of the Act.

19.2 This Licence is governed by the law of the Republic of Salvara.

# Part D - Execution

Issued under the seal of the Telecommunications Commission on 1 April 2025.

Eng. Adaeze Morales, Executive Commissioner ____________________

Accepted by Meridian Subsea Gateway Limited: Hugo Brandt, Managing Director
____________________
"""


# ---------------------------------------------------------------------------------------------
# Case: Kenyan-style framework agreement with call-off terms (procurement) - casewriter-2
# ---------------------------------------------------------------------------------------------

BIOMETRIC_KITS_FRAMEWORK = """
T: FRAMEWORK AGREEMENT FOR THE SUPPLY, DELIVERY, INSTALLATION AND MAINTENANCE OF MOBILE
BIOMETRIC REGISTRATION KITS

TENDER NO. NRB/ONT/07/2024-2025

THIS FRAMEWORK AGREEMENT is made on the 14th day of April 2025

BETWEEN

THE NATIONAL REGISTRATION BUREAU, a State corporation established under section 3 of the
Registration of Persons Act of the Republic of Kivuli, of Uhuru House, Harambee Road, P.O. Box
40110, Mji Mkuu (hereinafter referred to as "the Procuring Entity", which expression shall
where the context so admits include its successors in title) of the one part;

AND

MIZANI BIOMETRICS LIMITED, a private limited company incorporated in the Republic of Kivuli
under Certificate of Incorporation No. PVT-7YU2LM9, of Lenana Business Park, Block C, P.O. Box
22045, Mji Mkuu (hereinafter referred to as "the Supplier", which expression shall where the
context so admits include its successors in title and permitted assigns) of the other part.

# RECITALS

WHEREAS the Procuring Entity invited open national tenders for a framework agreement for the
supply of mobile biometric registration kits for the registration of persons and the issue of
national identity cards;

AND WHEREAS the Supplier submitted a responsive tender which was evaluated as the lowest
evaluated tender and was awarded this Framework Agreement by notification dated 20th March
2025;

AND WHEREAS the Constitution of the Republic of Kivuli guarantees to every person the right to
privacy and the right to equal treatment, and the Procuring Entity is required to conduct
registration in a manner that does not exclude any eligible person;

NOW THEREFORE the parties agree as follows:

# 1. Definitions and interpretation

1.1 In this Framework Agreement, unless the context otherwise requires:

"Annex C" means Annex C to this Framework Agreement (Human rights requirements);

"Call-off Contract" means a contract for specific quantities of Kits and Services concluded
between the Procuring Entity and the Supplier in accordance with clause 4 and Schedule 2;

"Enrolment Software" means the software installed on the Kits and at the central deduplication
server for the capture, quality checking, transmission and matching of biographic and biometric
data, including the deduplication engine;

"Kit" means one mobile biometric registration kit as specified in Schedule 1, comprising a
ruggedised laptop, a ten-print fingerprint scanner, a camera with lighting, a signature pad, a
document scanner, a solar charging unit and a carry case;

"Registrant" means a person whose data is captured using a Kit;

"Registration Data" means all biographic and biometric data of Registrants captured, processed
or stored using the Kits or the Enrolment Software;

"Services" means installation, configuration, training of operators, maintenance, repair and
support of the Kits and the Enrolment Software.

1.2 The Annexes and Schedules form part of this Framework Agreement. References to the Act are
to the Public Procurement and Asset Disposal Act of the Republic of Kivuli.

# 2. Nature of the framework

2.1 This Framework Agreement sets out the terms on which the Procuring Entity may from time to
time order Kits and Services from the Supplier. It does not oblige the Procuring Entity to
order any minimum quantity.

2.2 The terms of this Framework Agreement, including Annex C, apply to and are deemed
incorporated into every Call-off Contract.

2.3 This Framework Agreement shall remain in force for a period of three (3) years from the
date first written above.

# 3. The Supplier's general obligations

3.1 The Supplier is required to supply Kits and perform the Services under each Call-off
Contract in accordance with Schedule 1 (Specification), the Call-off Contract and this
Framework Agreement.

3.2 The Supplier is required to comply with the human rights requirements in Annex C in
performing this Framework Agreement and every Call-off Contract.

3.3 The Supplier shall deliver the Kits to the County registration offices named in each
Call-off Contract within the delivery period stated in it.

# 4. Call-off procedure

4.1 The Procuring Entity may at any time during the term issue a Call-off Order in the form in
Schedule 2, specifying the quantity of Kits, the delivery locations and the Services required.

4.2 The Supplier shall acknowledge each Call-off Order within three (3) working days. On
acknowledgement, a Call-off Contract is formed on the terms of Schedule 2.

4.3 The prices in each Call-off Contract shall be those in Schedule 3 and shall not be varied
except in accordance with section 139 of the Act.

# 5. Performance security

5.1 Within fourteen (14) days of signing, the Supplier shall furnish a performance security
from a bank licensed in Kivuli in the sum of ten per cent (10%) of the estimated value of this
Framework Agreement.

# 6. Inspection, testing and acceptance

6.1 The Procuring Entity's Inspection and Acceptance Committee shall inspect and test each
consignment of Kits against Schedule 1 and shall accept or reject it within fourteen (14) days
of delivery.

6.2 The Supplier should test the fingerprint and facial capture functions of the Kits for
failure-to-enrol rates among older persons, manual workers whose fingerprints are worn and
persons with disabilities, and should share the results with the Inspection and Acceptance
Committee.

# 7. Warranty

7.1 The Supplier warrants that each Kit shall be free from defects in design, materials and
workmanship for twenty-four (24) months after acceptance, and shall repair or replace any
defective Kit within seven (7) days of notice.

# 8. Subcontracting

8.1 The Supplier shall not subcontract any part of the Services without the prior written
approval of the Procuring Entity, and shall remain liable for the acts and omissions of its
subcontractors.

8.2 The Supplier shall use reasonable endeavours to ensure that its subcontractors comply with
Annex C.

# 9. Oversight

9.1 The Procuring Entity, or an auditor appointed by it, may at any reasonable time inspect the
Supplier's premises, records and personnel to verify the Supplier's compliance with Annex C.

9.2 The Supplier shall give any independent monitor appointed by the Procuring Entity access to
registration sites, Kits, records and personnel so that the monitor can verify compliance with
Annex C, and shall cooperate fully with the monitor.

# 10. Registration Data

10.1 The Supplier shall process Registration Data only on the documented instructions of the
Procuring Entity and in accordance with the Data Protection Act, and shall assist the Procuring
Entity in responding to requests from Registrants exercising their rights under that Act.

10.2 The Supplier shall notify the Procuring Entity within seventy-two (72) hours after
becoming aware of any personal data breach affecting Registration Data.

10.3 The Supplier shall configure the Enrolment Software so as to give the Procuring Entity and
any security agency designated by the Director-General unrestricted remote access to all
Registration Data, including biometric templates, together with the ability to export
Registration Data in bulk.

10.4 Where the Supplier receives, from any public authority other than the Procuring Entity, a
request for Registration Data, the Supplier may decline the request or challenge it before a
competent court if it considers that the request is unlawful.

# 11. Complaints by Registrants

11.1 The Supplier should establish a grievance mechanism through which Registrants and their
representatives can raise complaints about the conduct of the Supplier's field staff or the
functioning of the Kits, and should respond to each complaint within thirty (30) days.

# 12. Confidentiality

12.1 Each party shall keep confidential the information of the other party that it receives
under this Framework Agreement, save for disclosure required by law or by the Access to
Information Act.

# 13. Intellectual property

13.1 The Supplier grants to the Procuring Entity a perpetual, royalty-free licence to use the
Enrolment Software on the Kits and central server supplied under every Call-off Contract.

13.2 The Supplier shall indemnify the Procuring Entity against any claim that the Kits or the
Enrolment Software infringe the intellectual property rights of a third party.

# 14. Ethics and anti-corruption

14.1 The Supplier shall comply with the Code of Ethics for Persons Participating in Public
Procurement and shall not offer or give any inducement to any officer of the Procuring Entity.

# 15. Termination and suspension

15.1 The Procuring Entity may terminate this Framework Agreement by thirty (30) days' written
notice for convenience, without prejudice to Call-off Contracts already formed.

15.2 The Procuring Entity may terminate this Framework Agreement or any Call-off Contract, or
suspend payments under it, by written notice where the Supplier:

(a) becomes insolvent or enters into liquidation;

(b) fails to deliver Kits within the delivery period and fails to cure the delay within
fourteen (14) days of notice;

(c) commits a serious breach of Annex C; or

(d) fails to implement a remediation plan under paragraph 7 of Annex C.

# 16. Force majeure

16.1 Neither party shall be liable for failure to perform its obligations where such failure
results from an event of force majeure, provided it notifies the other party within seven (7)
days of the occurrence of the event.

# 17. Settlement of disputes

17.1 The parties shall attempt to resolve any dispute amicably by negotiation. A dispute not
resolved within thirty (30) days shall be referred to arbitration in Mji Mkuu under the
Arbitration Act by a sole arbitrator appointed by agreement or, failing agreement, by the
Chairperson of the Chartered Institute of Arbitrators (Kivuli Branch).

# 18. Governing law

18.1 This Framework Agreement shall be governed by and construed in accordance with the laws of
the Republic of Kivuli.

# SCHEDULE 1 - SPECIFICATION (SUMMARY)

| Component | Minimum requirement |
| Fingerprint scanner | FBI Appendix F certified, ten-print slap capture, live finger detection |
| Camera | ICAO-compliant face capture with automatic quality check |
| Laptop | Ruggedised, MIL-STD-810H, encrypted storage, 12-hour battery |
| Enrolment Software | Offline capture, encrypted sync, quality scoring, central deduplication |
| Power | Solar charging unit, 100 W folding panel |

# SCHEDULE 2 - CALL-OFF TERMS

1. Each Call-off Order shall state: the Call-off reference; the quantity of Kits; the delivery
locations; the Services required; and the delivery period.

2. A Call-off Contract incorporates the terms of this Framework Agreement, including Annex C.
Where the Call-off Order conflicts with this Framework Agreement, this Framework Agreement
prevails.

3. Payment for each Call-off Contract shall be made within thirty (30) days of acceptance of
the Kits and of a correct invoice.

4. Liquidated damages for late delivery shall be at the rate of 0.5 per cent of the value of
the delayed Kits per week, up to a maximum of ten per cent.

# SCHEDULE 3 - PRICE SCHEDULE

| Item | Unit | Unit price (KVS) |
| Mobile biometric registration kit | Each | 1,185,000 |
| Installation and configuration | Per County | 420,000 |
| Operator training (5 days) | Per cohort of 20 | 310,000 |
| Annual maintenance and support | Per Kit per year | 96,000 |

# ANNEX C - HUMAN RIGHTS REQUIREMENTS

In performing this Framework Agreement and every Call-off Contract, the Supplier is required
to:

+ respect the human rights of Registrants and of its own workers as recognised in the Universal
Declaration of Human Rights, the International Covenant on Civil and Political Rights, the
International Covenant on Economic, Social and Cultural Rights, the African Charter on Human
and Peoples' Rights and the fundamental conventions of the International Labour Organization;

+ carry out human rights due diligence to identify, prevent, mitigate and account for adverse
human rights impacts that the Kits, the Enrolment Software or the Services cause, contribute to
or are linked with, including impacts on the rights to privacy, to equality and
non-discrimination and to a nationality;

+ complete, before the first Call-off Contract is concluded, a human rights impact assessment
of the Kits and the Enrolment Software, and submit it to the Procuring Entity;

+ consult, in each County where registration is to take place, representatives of communities
at risk of exclusion from registration, including pastoralist and border communities, persons
with disabilities, older persons and persons at risk of statelessness, and take account of
their views in the deployment plan;

+ designate a member of its senior management as Human Rights Lead with responsibility for
compliance with this Annex, and ensure that every field operator receives training on human
rights and non-discrimination before deployment;

+ build into the Enrolment Software technical controls that restrict its use to the
registration of persons and the issue of identity documents, and suspend support and updates
for any installation that it has reasonable grounds to believe is being used to profile or
target persons on the basis of ethnicity, religion or political opinion;

+ where it has caused or contributed to an adverse human rights impact, prepare within thirty
(30) days a remediation plan agreed with the Procuring Entity, and implement that plan;

+ submit to the Procuring Entity, every six (6) months, a report on the measures it has taken
under this Annex and their results;

+ publish on its website its human rights due diligence policy and a description of the process
it uses to identify and address human rights impacts; and

+ provide to the Procuring Entity, in Kiswahili and English and in a form suitable for
publication to Registrants, a plain-language explanation of how the deduplication engine
matches records, its error rates and limitations, and what happens when a Registrant is wrongly
matched.

# SIGNATURES

SIGNED for and on behalf of THE NATIONAL REGISTRATION BUREAU by: Eng. Wanjiru Kamau,
Director-General, in the presence of: Peter Otieno, Head of Supply Chain Management.

SIGNED for and on behalf of MIZANI BIOMETRICS LIMITED by: Abdi Hassan Noor, Managing Director,
in the presence of: Grace Achieng, Advocate.
"""


# ---------------------------------------------------------------------------------------------
# Case: South African-style municipal smart-city PPP (service) - casewriter-2
# ---------------------------------------------------------------------------------------------

SMART_CITY_PPP = """
T: Public-private partnership agreement for the Umhlaba smart city platform

Contract No. CoU/PPP/2024/03

entered into between

THE CITY OF UMHLABA METROPOLITAN MUNICIPALITY, a metropolitan municipality established in terms
of the Local Government: Municipal Structures Act, herein represented by Ms Nomvula Dlamini in
her capacity as City Manager, duly authorised by Council Resolution C 114/2024 ("the
Municipality")

and

ILANGA SMART NETWORKS (RF) (PTY) LTD, registration number 2023/554120/07, a ring-fenced special
purpose company, herein represented by Mr Johan van der Merwe in his capacity as Chief
Executive Officer, duly authorised by resolution of its board of directors ("the Private
Party").

# Part A: Preliminary

## 1. Background

1.1 The Municipality has, following a feasibility study under section 120 of the Municipal
Finance Management Act and regulation 3 of the Municipal Public-Private Partnership
Regulations, resolved to procure the Smart City Services by way of a public-private
partnership.

1.2 The Private Party was selected as preferred bidder following a competitive procurement
process, and has agreed to design, install, finance, operate and maintain the Smart City
Platform for the Project Term.

1.3 The Bill of Rights in the Constitution binds the Municipality and guarantees to everyone
the rights to privacy, to equality, to freedom of movement and to freedom of assembly. The
Municipality intends the Smart City Platform to improve public safety and access to
connectivity without unjustifiably limiting those rights.

## 2. Definitions

2.1 In this Agreement the following words have the meanings given below:

2.1.1 "Authorised User" means an official of the Municipality or of the Police Service who has
been granted an account on the Operations Centre systems;

2.1.2 "Human Rights Standards" means the standards of conduct which the Private Party shall
observe in relation to human rights, being: to respect the human rights of all persons affected
by the Smart City Services; to carry out, and to update at least annually, human rights due
diligence in respect of the Smart City Services; to consult affected communities; to flow these
standards down to its Subcontractors; and to report publicly every year on its performance
against them;

2.1.3 "Operations Centre" means the centre from which the Private Party monitors and operates
the Smart City Platform, located at the Municipality's Civic Precinct;

2.1.4 "Operations Period" means the period from the Service Commencement Date to the end of the
Project Term;

2.1.5 "Project Term" means the period of twelve years from the Signature Date, unless
terminated earlier in accordance with this Agreement;

2.1.6 "Smart City Platform" means the network of cameras, sensors, access points, streetlight
controllers, fibre links and software, and the Operations Centre, described in Schedule 2;

2.1.7 "Smart City Services" means the services to be provided by the Private Party using the
Smart City Platform, as specified in Schedule 2;

2.1.8 "Unitary Payment" means the monthly payment calculated in accordance with Schedule 4;

2.1.9 "Video Analytics Module" means the software component of the Smart City Platform which
detects objects, vehicles and events in camera feeds and reads vehicle number plates.

# Part B: The Project

## 3. Scope

3.1 The Private Party shall, at its own cost and risk, design, install, finance, operate and
maintain the Smart City Platform and provide the Smart City Services throughout the Operations
Period. The Smart City Services comprise:

* a public-space CCTV service of not fewer than 1,800 cameras in the central business district,
transport interchanges and ward hotspots, monitored from the Operations Centre 24 hours a day;

* automated number plate recognition at 120 sites on arterial roads;

* a free public Wi-Fi service of at least 1 GB per user per day at 450 access points;

* smart streetlight control and fault reporting; and

* an incident dispatch interface to the Municipality's emergency services.

3.2 The Private Party shall comply with all applicable laws in performing its obligations under
this Agreement.

## 4. Payment

4.1 The Municipality shall pay the Unitary Payment monthly in arrears from the Service
Commencement Date, subject to the deductions for unavailability and performance failures
calculated in accordance with Schedule 4.

4.2 The Private Party shall bear the risk of cost overruns in the design and installation of
the Smart City Platform.

## 5. Performance monitoring

5.1 The Private Party shall submit to the Municipality's Contract Manager, within ten Business
Days after the end of each month, a performance report showing the availability of each Smart
City Service against the key performance indicators in Schedule 4.

5.2 The Municipality's Contract Manager may inspect the Operations Centre and any site at any
time to verify the accuracy of performance reports.

# Part C: Rights of the public

## 6. Public participation

6.1 Before any camera is installed in a ward, the Municipality shall conduct public
participation in that ward in accordance with Chapter 4 of the Municipal Systems Act, including
meetings with the ward committee, community policing forum and organisations representing
informal traders and people living on the street.

## 7. Human rights

7.1 The Private Party shall endeavour to identify and address the adverse human rights impacts
of the Smart City Services, including impacts on privacy, equality and freedom of assembly.

7.2 The Private Party shall not be required to repeat or update any assessment of human rights
impacts during the Operations Period.

7.3 The Private Party shall appoint a senior executive as its Human Rights Officer, who shall
be responsible for the Private Party's policies and procedures on human rights in relation to
the Smart City Services and shall report to the board of directors of the Private Party at
least quarterly.

7.4 The Private Party should restrict the use of the Video Analytics Module by Authorised Users
to the purposes listed in Schedule 2 and should suspend the account of any Authorised User who
uses it for any other purpose.

7.5 The Private Party shall use reasonable endeavours to notify the Municipality of any adverse
human rights impact of the Smart City Services of which it becomes aware.

7.6 The Private Party shall not be required to provide remediation or compensation to any
person in respect of an adverse human rights impact of the Smart City Services, save as ordered
by a competent court.

7.7 Where practicable, the Private Party shall publish on its website its policy for
identifying and addressing human rights impacts.

## 8. Grievance mechanism

8.1 The Private Party shall establish, publicise and operate, from the Service Commencement
Date, a grievance mechanism accessible free of charge, in person, by telephone and online, in
isiXhosa, isiZulu, Afrikaans and English, to any person who considers that the Smart City
Services have adversely affected his or her rights.

8.2 The Private Party shall acknowledge every grievance within five Business Days, investigate
it, and give the complainant a written, reasoned response within thirty days, informing the
complainant of his or her right to approach the Human Rights Commission, the Information
Regulator or a court.

8.3 The Private Party shall cooperate with any investigation by the Human Rights Commission,
the Information Regulator or the Public Protector relating to the Smart City Services.

## 9. Annual report of the Municipality

9.1 The Municipality shall include in its annual report under section 121 of the Municipal
Finance Management Act a section describing the human rights impacts of the Smart City Platform
and the measures taken to address them.

# Part D: Data and law enforcement

## 10. Personal information

10.1 The Private Party shall process personal information collected through the Smart City
Platform as operator on behalf of the Municipality, in accordance with the Protection of
Personal Information Act, and shall give effect to the rights of data subjects under that Act.

10.2 CCTV recordings shall be retained for thirty-one days and then overwritten, unless an
Authorised User has flagged a recording for evidential purposes.

## 11. Police Service

11.1 The Private Party shall provide the Police Service with direct, continuous and real-time
access to all CCTV feeds, number plate recognition records and Wi-Fi connection logs through
dedicated terminals at the Police Joint Operations Centre, and shall not require any request,
warrant or other authorisation for such access.

11.2 The Private Party may, at its discretion, publish once a year statistics of the requests
it has received from law enforcement agencies for copies of recordings, number plate records or
Wi-Fi data.

## 12. Confidential information and intellectual property

12.1 Each Party shall keep confidential the confidential information of the other Party,
subject to the Promotion of Access to Information Act.

12.2 The Private Party shall not be required to disclose to the Municipality or to any other
person any information about the logic, training data, performance or limitations of the Video
Analytics Module, which constitutes the Private Party's confidential information.

12.3 The Private Party grants the Municipality a licence to use the software of the Smart City
Platform for the Project Term and, on termination, for the purposes of continuing the Smart
City Services.

# Part E: Subcontractors, audit and integrity

## 13. Subcontracting

13.1 The Private Party may subcontract the installation and maintenance of the Smart City
Platform to the Subcontractors listed in Schedule 5, and shall remain responsible for their
performance.

13.2 The Private Party may, where it considers it appropriate, require its Subcontractors to
adopt measures equivalent to those in clause 7.

## 14. Audit

14.1 The Auditor-General and the Municipality's internal auditors may audit the Private Party's
financial statements, books and accounts relating to this Agreement and to the Unitary Payment.

## 15. Fraud and corruption

15.1 The Private Party shall not give any gratification to any councillor or official of the
Municipality, and shall comply with the Prevention and Combating of Corrupt Activities Act.

# Part F: Termination

## 16. Private Party Default

16.1 Each of the following is a Private Party Default:

(a) failure to achieve the Service Commencement Date by the Longstop Date;

(b) the Private Party being placed in business rescue or liquidation;

(c) the availability of the CCTV service falling below eighty-five per cent in each of three
consecutive months;

(d) a change of control of the Private Party without the prior consent of the Municipality; and

(e) abandonment of the Smart City Services for more than five consecutive days.

16.2 On the occurrence of a Private Party Default the Municipality may, by written notice,
terminate this Agreement, and compensation shall be payable in accordance with Schedule 6.

## 17. Voluntary termination

17.1 The Municipality may terminate this Agreement at any time on six months' written notice,
subject to payment of compensation calculated in accordance with Schedule 6.

## 18. Force majeure

18.1 Neither Party shall be liable for failure to perform caused by an event of force majeure,
provided that it notifies the other Party within five Business Days and takes all reasonable
steps to mitigate its effects.

# Part G: Disputes and general

## 19. Dispute resolution

19.1 Any dispute shall first be referred to the Liaison Committee. A dispute not resolved
within twenty Business Days shall be referred to expert determination in the case of a
technical dispute, and otherwise to arbitration in accordance with the rules of the Arbitration
Foundation, seated in Umhlaba.

## 20. Governing law

20.1 This Agreement is governed by the laws of the Republic.

# Schedule 2: Smart City Services - purposes of the Video Analytics Module

The purposes for which the Video Analytics Module is intended are: detecting road traffic
incidents and congestion; detecting fires, flooding and infrastructure faults; reading number
plates of vehicles reported stolen or linked to an open criminal case number; and locating
missing persons reported to the Police Service.

# Schedule 4: Key performance indicators (extract)

| Service | KPI | Target | Deduction if missed |
| CCTV | Camera availability | 97% per month | 1% of Unitary Payment per percentage point |
| Public Wi-Fi | Access point availability | 95% per month | 0.5% per percentage point |
| Streetlights | Fault reported within 15 minutes | 99% | 0.25% per percentage point |
| Dispatch interface | Latency under 2 seconds | 99.5% | 0.5% per percentage point |

# Signatures

Signed at Umhlaba on 30 September 2024 for the Municipality: N. Dlamini, City Manager.
Witnesses: 1. T. Mokoena 2. R. Naidoo.

Signed at Umhlaba on 27 September 2024 for the Private Party: J. van der Merwe, Chief Executive
Officer. Witnesses: 1. L. Botha 2. S. Khumalo.
"""


# ---------------------------------------------------------------------------------------------
# Case: ISP licence in a unified-licence style (licence) - casewriter-2
# ---------------------------------------------------------------------------------------------

INTERNET_SERVICE_LICENCE = """
T: LICENCE AGREEMENT FOR PROVISION OF INTERNET SERVICE (CATEGORY A)

Licence No. 820-14/2025-DS-II

This Licence Agreement is made on the 3rd day of March 2025 between the President of the
Republic of Saravan, acting through the Director (Data Services), Department of
Telecommunications, Sanchar Bhawan, Ashoka Road, Devnagar (hereinafter called the "Licensor"),
of the one part, and Nimbus Broadband Private Limited, a company registered under the Companies
Act with CIN U64200DV2016PTC301772, having its registered office at Plot 9, Sector 62, Devnagar
(hereinafter called the "LICENSEE"), of the other part.

WHEREAS the LICENSEE has applied for a licence to provide Internet Service throughout the
Republic, and the Licensor has agreed to grant this Licence on the terms and conditions set out
below; AND WHEREAS the Constitution of the Republic guarantees to every citizen the freedom of
speech and expression, subject to reasonable restrictions imposed by law;

NOW THEREFORE this Licence Agreement witnesses as follows:

# PART I - GENERAL CONDITIONS

## Condition 1 - Definitions

1.1 In this Licence, "Act" means the Telecommunications Act, 2021; "Designated Security
Agencies" means the agencies notified as such by the Central Government; "Fundamental Rights"
means the rights conferred by Part III of the Constitution of the Republic; "Service Area"
means the territory of the Republic; and "Subscriber" means a person who receives Internet
Service from the LICENSEE.

## Condition 2 - Scope of the Licence

2.1 The LICENSEE is authorised to provide Internet access, including IP-based services other
than voice telephony, to Subscribers in the Service Area, using its own network or network
facilities leased from other licensees.

2.2 The LICENSEE shall comply with the Act and with all rules, orders and directions issued
under it by the Licensor.

## Condition 3 - Duration

3.1 This Licence shall be valid for a period of twenty (20) years from the effective date,
unless revoked earlier in accordance with Condition 7.

## Condition 4 - Licence fee

4.1 The LICENSEE shall pay the entry fee and the annual licence fee set out in the table below.
The annual licence fee shall be paid in four quarterly instalments within fifteen days of the
end of each quarter.

| Fee | Amount |
| Entry fee (non-refundable) | SRN 3,00,00,000 |
| Annual licence fee | 8% of Adjusted Gross Revenue |
| Performance bank guarantee | SRN 44,00,000 |
| Financial bank guarantee | SRN 10,00,000 |

## Condition 5 - Requirement to furnish information

5.1 The LICENSEE shall furnish to the Licensor, on demand, such documents, accounts, returns
and other information relating to its network and its licence fee as the Licensor may require.

## Condition 6 - Inspection

6.1 The Licensor or its authorised representative shall have the right to inspect the sites,
network installations and equipment of the LICENSEE to verify compliance with the technical
conditions of this Licence.

## Condition 7 - Suspension, revocation and termination

7.1 The Licensor may terminate this Licence by giving sixty (60) days' notice to the LICENSEE,
without assigning any reason.

7.2 The Licensor may revoke this Licence by thirty (30) days' notice if the LICENSEE:

+ fails to pay the licence fee or any other dues within the period specified, after a further
notice of fifteen days; or

+ becomes insolvent, or is ordered to be wound up.

7.3 The LICENSEE may surrender this Licence by giving sixty (60) days' notice to the Licensor.

## Condition 8 - Penalty

8.1 The Licensor may impose a financial penalty not exceeding SRN 5,00,00,000 for each
violation of the technical conditions in Part II or of the quality of service standards.

## Condition 9 - Subscribers

9.1 The LICENSEE shall verify the identity of every Subscriber before activating the service,
in accordance with the instructions of the Licensor.

9.2 The LICENSEE may, at its discretion, disconnect a Subscriber who uses the service to carry
out unlawful surveillance, stalking or harassment of other persons.

9.3 The LICENSEE shall take all necessary steps to ensure that unauthorised persons do not
intercept the messages of Subscribers or obtain their information.

## Condition 10 - Transfer of Licence

10.1 The LICENSEE shall not assign or transfer this Licence, or any right under it, to any
person, except with the prior written approval of the Licensor in the case of a merger or
demerger sanctioned by a court.

## Condition 11 - Change in shareholding

11.1 The LICENSEE shall inform the Licensor within fifteen days of any change in its
shareholding of ten per cent or more, and shall obtain the prior approval of the Licensor for
any change that results in foreign direct investment above the limit notified by the Central
Government.

## Condition 12 - Settlement of disputes

12.1 Any dispute between the Licensor and the LICENSEE shall be subject to the jurisdiction of
the Telecom Disputes Tribunal constituted under the Act.

# PART II - TECHNICAL CONDITIONS

## Condition 20 - Network

20.1 The LICENSEE shall use only equipment that conforms to the standards notified by the
Licensor and has been certified by the national testing centre.

20.2 The LICENSEE shall interconnect its network with at least one national Internet exchange
point within twelve months of the effective date.

## Condition 21 - Quality of service

21.1 The LICENSEE shall meet the quality of service standards prescribed by the Telecom
Regulatory Board and shall submit quarterly reports of its performance against them.

## Condition 22 - IP addresses and domain names

22.1 The LICENSEE shall obtain IP addresses from the national Internet registry or the regional
Internet registry, and shall migrate its network to IPv6 in accordance with the road map issued
by the Licensor.

## Condition 23 - Disaster management

23.1 The LICENSEE shall give priority to the restoration of service in areas affected by a
declared disaster, and shall make its network available to the national disaster management
authority for the broadcast of public warnings.

# PART III - SECURITY CONDITIONS

## Condition 38 - Network security

38.1 The LICENSEE shall procure network equipment only from trusted sources notified by the
Central Government, and shall have its core network elements tested for security
vulnerabilities before induction.

38.2 The LICENSEE shall maintain logs of the Internet Protocol addresses allotted to
Subscribers and of the login and logout times of each Subscriber, for a period of two years.

## Condition 39 - Suspension and blocking

39.1 The LICENSEE shall, on the direction of the Licensor or of any officer authorised by the
Central Government or a State Government, immediately suspend Internet service in any area, or
block access to any website, URL, application or user account specified in the direction.

## Condition 40 - Monitoring facilities

40.1 The LICENSEE shall provide the Designated Security Agencies with direct connectivity to
its gateways, servers and Subscriber databases, together with the facility to monitor any
communication and to retrieve any Subscriber data at all times, without the intervention of the
personnel of the LICENSEE.

40.2 The LICENSEE shall bear the cost of the equipment required for the monitoring facilities
at its premises.

## Condition 41 - Secrecy

41.1 The LICENSEE shall maintain absolute secrecy about all directions and requests received
under Conditions 39 and 40, and shall not disclose their existence, number or content to any
person, whether individually or in aggregate form.

## Condition 42 - Third-party review

42.1 Nothing in this Licence obliges the LICENSEE to submit to any independent or third-party
audit, assessment or monitoring of its operations or of their effects on Subscribers.

# PART IV - FINANCIAL CONDITIONS

## Condition 50 - Accounts and audit

50.1 The LICENSEE shall maintain separate accounts for the licensed service and shall submit
audited annual accounts, with a statement of Adjusted Gross Revenue certified by its statutory
auditor, within six months of the end of each financial year.

50.2 The Licensor may cause a special audit of the accounts of the LICENSEE to be conducted by
an auditor appointed by it, and the LICENSEE shall give that auditor access to all its books
and records.

# SIGNATURES

Signed for and on behalf of the President of the Republic of Saravan by Shri Arvind Rao,
Director (Data Services), Department of Telecommunications.

Signed for and on behalf of Nimbus Broadband Private Limited by Ms Farah Siddiqui, Authorised
Signatory, pursuant to the resolution of its Board of Directors dated 12 February 2025.
"""


# ---------------------------------------------------------------------------------------------
# Case: EU-funded grant agreement (support) - casewriter-2
# ---------------------------------------------------------------------------------------------

VOXBRIDGE_GRANT = """
T: GRANT AGREEMENT

Project 101162457 — VOXBRIDGE (Speech and translation technology for public-service helplines
in regional and minority languages)

Programme: Digital Futures Programme (DFP) — Call DFP-2024-AI-03 — Type of action: DFP
Innovation Action (DFP-IA)

# PREAMBLE

This Agreement ("the Agreement") is concluded between the following parties:

on the one part, the European Digital Innovation Executive Agency ("EDIEA" or "the granting
authority"), under the powers delegated by the European Commission;

and on the other part, LinguaNova GmbH, a limited liability company established in Graz,
Austria, VAT number ATU77120345 ("the beneficiary").

The parties referred to above have agreed to enter into the Agreement. By signing the
Agreement, the beneficiary accepts the grant and agrees to implement the action under its own
responsibility and in accordance with the Agreement, with all the obligations and terms and
conditions it sets out.

The Agreement is composed of the Preamble, the Terms and Conditions and the following Annexes:
Annex 1 (Description of the action); Annex 2 (Estimated budget for the action); Annex 3
(Accession forms — not applicable); Annex 4 (Model for the financial statements).

# TERMS AND CONDITIONS

## CHAPTER 1 GENERAL

### ARTICLE 1 — SUBJECT OF THE AGREEMENT

This Agreement sets out the rights and obligations and the terms and conditions applicable to
the grant awarded for the implementation of the action set out in Chapter 2.

### ARTICLE 2 — DEFINITIONS

For the purpose of this Agreement, the following definitions apply:

* Action — the project which is being funded in the context of this Agreement, as described in
Annex 1.

* Pilot phase — the phase of the action, starting at Milestone 3, during which the VOXBRIDGE
system answers calls from members of the public on the helplines of the pilot public
authorities named in Annex 1.

* Fundamental rights — the rights recognised in the Charter of Fundamental Rights of the
European Union and in the European Convention on Human Rights.

* VOXBRIDGE system — the speech recognition, machine translation and speech synthesis software
developed in the action, and every version of it.

## CHAPTER 2 ACTION

### ARTICLE 3 — ACTION

The grant is awarded for the action 101162457 — VOXBRIDGE, as described in Annex 1.

### ARTICLE 4 — DURATION AND STARTING DATE

The duration of the action will be 36 months as from 1 March 2025.

## CHAPTER 3 GRANT

### ARTICLE 5 — GRANT

5.1 The grant is an action grant which takes the form of a budget-based mixed actual cost
grant.

5.2 The maximum grant amount is EUR 2,380,000. The funding rate is 70% of the beneficiary's
eligible costs.

### ARTICLE 6 — ELIGIBLE AND INELIGIBLE COSTS

6.1 In order to be eligible, costs must be actually incurred by the beneficiary during the
duration of the action, be indicated in the estimated budget, be incurred in connection with
the action as described in Annex 1, be identifiable and verifiable, and comply with the
applicable national law on taxes, labour and social security.

## CHAPTER 4 GRANT IMPLEMENTATION

### ARTICLE 7 — BENEFICIARY

The beneficiary must ensure that the action is implemented properly and in accordance with
Annex 1 and this Agreement.

### ARTICLE 9 — SUBCONTRACTING

9.1 The beneficiary may subcontract the tasks identified as such in Annex 1, and must award
subcontracts ensuring best value for money and the absence of any conflict of interest.

9.2 The beneficiary remains solely responsible towards the granting authority for the
implementation of the action.

### ARTICLE 13 — CONFIDENTIALITY AND SECURITY

13.1 During the action implementation and for four years after the final payment, the parties
must keep confidential any data, documents or other material that is identified as confidential
at the time it is disclosed.

### ARTICLE 14 — ETHICS AND VALUES

14.1 The beneficiary must carry out the action in compliance with the highest standards of
research integrity and with applicable EU, international and national law, including the
Charter of Fundamental Rights of the European Union and the European Convention on Human
Rights. The beneficiary must respect internationally recognised human rights, including those
set out in the Universal Declaration of Human Rights, and the values of respect for human
dignity, freedom, democracy, equality and the rule of law.

14.2 The beneficiary must carry out human rights due diligence for the action. It must
identify, prevent, mitigate and account for the adverse impacts on fundamental rights that the
VOXBRIDGE system, in its design, development, testing and pilot use, causes, contributes to or
is linked with, and for that purpose must complete a fundamental rights impact assessment of
the VOXBRIDGE system before the start of the pilot phase.

14.3 The beneficiary should update the fundamental rights impact assessment at each subsequent
milestone and whenever the intended use of the VOXBRIDGE system changes.

14.4 The beneficiary must consult the User Advisory Board described in Annex 1, which includes
speakers of each regional and minority language covered by the action, Deaf and hard-of-hearing
persons, older persons and representatives of migrant communities, before the pilot phase and
at each milestone, on the design of the VOXBRIDGE system and its effects on the people who call
the helplines.

14.5 The beneficiary must document the sources, composition and representativeness of the
training and evaluation data by language, dialect, age and gender of speakers; must measure the
word error rate and translation quality of the VOXBRIDGE system separately for each of those
groups; and must mitigate any significant disparity before the VOXBRIDGE system is used in the
pilot phase.

14.6 The beneficiary may appoint a human rights and ethics officer to oversee compliance with
this Article.

14.7 The beneficiary must publish on its website its human rights due diligence policy and a
description of the due diligence process it applies to the action.

14.8 The obligations in this Article apply also to subcontractors. The beneficiary must include
in each subcontract provisions requiring the subcontractor to comply with this Article.

### ARTICLE 15 — DATA PROTECTION

15.1 The beneficiary must process personal data under the Agreement in compliance with the
applicable EU and national law on data protection, including Regulation (EU) 2016/679, and must
enable data subjects, including callers to the pilot helplines, to exercise their rights under
that Regulation.

15.2 The beneficiary must obtain the consent of each caller before any recording of a call is
retained for the training or evaluation of the VOXBRIDGE system.

### ARTICLE 16 — INTELLECTUAL PROPERTY RIGHTS (IPR)

16.1 The results of the action are owned by the beneficiary. The beneficiary must grant the
pilot public authorities named in Annex 1 access rights to the results on a royalty-free basis
for two years after the end of the action.

### ARTICLE 17 — COMMUNICATION, DISSEMINATION AND VISIBILITY

17.1 The beneficiary must promote the action and its results, and must display the EU emblem
and funding statement on all communication material.

### ARTICLE 19 — INFORMATION AND REPORTING

19.1 The beneficiary must submit a periodic report within 60 days after the end of each
reporting period, containing a periodic technical report on progress and a periodic financial
report.

19.2 Where practicable, the beneficiary must include in each periodic technical report a
section describing how it has addressed the human rights impacts of the action.

## CHAPTER 5 PAYMENTS

### ARTICLE 22 — PAYMENTS AND RECOVERIES

22.1 The granting authority will make a prefinancing payment of 40% of the maximum grant amount
within 30 days from the entry into force of the Agreement, interim payments on the basis of the
periodic reports, and a payment of the balance after the end of the action.

## CHAPTER 6 CHECKS, AUDITS AND CONSEQUENCES OF NON-COMPLIANCE

### ARTICLE 25 — CHECKS, REVIEWS, AUDITS AND INVESTIGATIONS

25.1 The granting authority may, during the action and for four years after the final payment,
carry out checks, reviews and audits of the proper implementation of the action and of
compliance with the obligations under the Agreement, including Article 14. Checks, reviews and
audits may be carried out by the granting authority's own staff or by persons or bodies it
appoints for that purpose.

25.2 For the purposes of paragraph 25.1, the beneficiary must give the granting authority and
the persons it appoints access to its premises, records and staff, and to the documentation
required by Article 14.

25.3 The European Court of Auditors and the European Anti-Fraud Office may audit and
investigate the financial implementation of the action.

### ARTICLE 28 — GRANT REDUCTION, PAYMENT SUSPENSION AND TERMINATION

28.1 The granting authority may reduce the grant, suspend payments or terminate the Agreement
if the beneficiary has committed substantial errors, irregularities or fraud, or has breached
any of its obligations under Article 14.

28.2 Before taking a measure under paragraph 28.1, the granting authority will formally notify
the beneficiary of its intention and the reasons, and invite it to submit observations within
30 days.

### ARTICLE 33 — FORCE MAJEURE

A party prevented by force majeure from fulfilling its obligations under the Agreement cannot
be considered in breach of them. It must formally notify the other party without delay.

## CHAPTER 7 FINAL PROVISIONS

### ARTICLE 34 — APPLICABLE LAW AND SETTLEMENT OF DISPUTES

34.1 The Agreement is governed by the applicable EU law, supplemented if necessary by the law
of Belgium.

34.2 Disputes concerning the Agreement's interpretation, application or validity which cannot
be settled amicably must be brought before the EU General Court.

### ARTICLE 35 — ENTRY INTO FORCE

The Agreement will enter into force on the day of signature by the granting authority or the
beneficiary, depending on which is later.

# ANNEX 1 — DESCRIPTION OF THE ACTION (EXTRACT)

| Milestone | Description | Month |
| M1 | Data collection protocol approved; User Advisory Board constituted | 4 |
| M2 | First prototype for six languages | 12 |
| M3 | Start of pilot phase with three public authorities | 20 |
| M4 | Second prototype for twelve languages | 28 |
| M5 | Final evaluation and exploitation plan | 36 |

Pilot public authorities: the Regional Health Advice Line of Carinthia; the Employment Service
helpline of the Province of South Tyrol; and the Municipal Citizen Service Centre of Maribor.

# SIGNATURES

For the granting authority: [electronically signed] Head of Unit B.2, European Digital
Innovation Executive Agency, 12 February 2025.

For the beneficiary: [electronically signed] Dr. Katharina Steiner, Managing Director,
LinguaNova GmbH, 10 February 2025.
"""


# ---------------------------------------------------------------------------------------------
# Writer
# ---------------------------------------------------------------------------------------------


def _restart_numbering(document: Document, style_name: str) -> int:
    """Return a new numId that restarts the style's automatic numbering at 1."""
    numbering = document.part.numbering_part.element
    style_num_id = int(document.styles[style_name].element.pPr.numPr.numId.val)
    abstract_id = numbering.num_having_numId(style_num_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    num.add_lvlOverride(ilvl=1).add_startOverride(1)
    return int(num.numId)


def _set_num(paragraph, num_id: int, level: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


_PREFIXES = (
    ("T: ", "title"),
    ("### ", "h3"),
    ("## ", "h2"),
    ("# ", "h1"),
    ("= ", "center"),
    ("++ ", "num2"),
    ("+ ", "num"),
    ("* ", "bullet"),
)


def parse(markup: str) -> list[Block]:
    """Turn a case's markup into blocks."""
    blocks: list[Block] = []
    for chunk in markup.strip().split("\n\n"):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        if lines[0].startswith("|"):
            rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]
            blocks.append(("table", rows))
            continue
        text = " ".join(lines)
        for prefix, kind in _PREFIXES:
            if text.startswith(prefix):
                blocks.append((kind, text[len(prefix) :]))
                break
        else:
            blocks.append(("p", text))
    return blocks


def build(blocks: list[Block], title: str) -> bytes:
    """Render blocks into .docx bytes with fixed metadata and zip timestamps."""
    document = Document()
    props = document.core_properties
    props.title = title
    props.author = "clausecheck test cases"
    props.last_modified_by = "clausecheck test cases"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1
    num_id: int | None = None
    for kind, payload in blocks:
        if kind not in ("num", "num2"):
            num_id = None
        if kind == "title":
            document.add_heading(str(payload), level=0)
        elif kind in ("h1", "h2", "h3"):
            document.add_heading(str(payload), level=int(kind[1]))
        elif kind == "p":
            document.add_paragraph(str(payload))
        elif kind == "center":
            document.add_paragraph(str(payload)).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("num", "num2"):
            if num_id is None:
                num_id = _restart_numbering(document, "List Number")
            paragraph = document.add_paragraph(str(payload), style="List Number")
            _set_num(paragraph, num_id, 0 if kind == "num" else 1)
        elif kind == "bullet":
            document.add_paragraph(str(payload), style="List Bullet")
        elif kind == "table":
            rows = list(payload)  # type: ignore[call-overload]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(f"unknown block kind {kind!r}")
    raw = io.BytesIO()
    document.save(raw)
    return _normalise_zip(raw.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the zip with sorted-as-written entries and a fixed timestamp."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


CASES: dict[str, tuple[str, str]] = {
    "language-technology-framework-contract.docx": (
        "Framework contract EACPS/2025/OP/0031",
        LANGUAGE_TECH_FRAMEWORK,
    ),
    "migration-office-queue-service-contract.docx": (
        "Contract No. 14/2025-MIA",
        MIGRATION_QUEUE_SERVICE,
    ),
    "submarine-cable-gateway-licence.docx": (
        "Licence No. TCS/ILS/2025/02",
        CABLE_GATEWAY_LICENCE,
    ),
    "biometric-kits-framework-agreement.docx": (
        "Framework Agreement NRB/ONT/07/2024-2025",
        BIOMETRIC_KITS_FRAMEWORK,
    ),
    "smart-city-ppp-agreement.docx": (
        "PPP Agreement CoU/PPP/2024/03",
        SMART_CITY_PPP,
    ),
    "internet-service-licence-category-a.docx": (
        "Licence No. 820-14/2025-DS-II",
        INTERNET_SERVICE_LICENCE,
    ),
    "voxbridge-eu-grant-agreement.docx": (
        "Grant Agreement 101162457 VOXBRIDGE",
        VOXBRIDGE_GRANT,
    ),
}


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, (title, markup) in CASES.items():
        (out_dir / name).write_bytes(build(parse(markup), title))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
