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
}


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, (title, markup) in CASES.items():
        (out_dir / name).write_bytes(build(parse(markup), title))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
