"""Parties in drafting styles other than the common "BETWEEN (1) ... (2)" and "by and
between" clauses: cover pages and particulars, "Parties:" lists, tables of parties,
licences granted by a regulator, export-credit policies, loans with a guarantor,
Special/General Conditions, plain-English "we"/"you", civil-law designations. Third
parties (a buyer, a guarantor, an escrow agent) are never the company or the State."""

from __future__ import annotations

from textwrap import dedent

from clausecheck.model import Document, Role
from clausecheck.read.markdown import read_markdown
from clausecheck.read.text import read_text
from clausecheck.structure import structure


def parties_of(source: str, fmt: str = "txt") -> Document:
    reader = read_markdown if fmt == "md" else read_text
    blocks, _ = reader(dedent(source).strip().encode("utf-8"), f"contract.{fmt}")
    return structure(Document(path=f"contract.{fmt}", format=fmt, sha256="", blocks=blocks))


def summary(doc: Document) -> list[tuple[str | None, tuple[str, ...], Role | None]]:
    return [(p.name, p.terms, p.role) for p in doc.parties]


def sides(doc: Document) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return doc.terms_for(Role.COMPANY), doc.terms_for(Role.STATE)


# -- unusual defined names for the company ---------------------------------------------


def test_an_exporter_is_the_company_and_the_buyer_under_its_export_contract_a_third_party():
    doc = parties_of(
        """
        EXPORT CREDIT INSURANCE POLICY No. ECA-2025-0412

        This Policy is issued by the EXPORT CREDIT AGENCY OF NORLAND, a statutory body
        established under the Export Credits Act 2009 (the "Agency"), to HALCYON RADIO
        SYSTEMS LIMITED, a company incorporated in Norland with registered number 0448811
        (the "Exporter"), in respect of the Exporter's contract with ORIENT SECURE TRADING
        LLC (the "Buyer") for the supply of radio network equipment (the "Supply Contract").

        1. The Agency shall indemnify the Exporter against the Buyer's failure to pay.
        """
    )
    assert summary(doc) == [
        ("EXPORT CREDIT AGENCY OF NORLAND", ("Agency",), Role.STATE),
        ("HALCYON RADIO SYSTEMS LIMITED", ("Exporter",), Role.COMPANY),
        ("ORIENT SECURE TRADING LLC", ("Buyer",), Role.OTHER),
    ]
    assert sides(doc) == (("Exporter",), ("Agency",))


def test_an_investee_and_a_partner_company_named_without_a_legal_form_are_the_company():
    investee = parties_of(
        """
        This Investment Agreement is made between the National Innovation Fund of Estmark
        (the "Fund") and Arcadia Robotics (the "Investee").
        """
    )
    assert sides(investee) == (("Investee",), ("Fund",))
    partner = parties_of(
        """
        This Cooperation Agreement is entered into by and between the Federal Agency for
        Development Cooperation (the "Agency") and Lumen Solar Cooperative (the "Partner
        Company").
        """
    )
    assert sides(partner) == (("Partner Company",), ("Agency",))


def test_an_implementing_partner_opposite_a_ministry_of_a_government_is_the_company():
    doc = parties_of(
        """
        This Agreement is made between the Government of the Republic of Korvia,
        represented by its Ministry of Information and Communications Technology (the
        "Ministry"), and Meridian Digital Trust (the "Implementing Partner").
        """
    )
    assert summary(doc) == [
        ("Government of the Republic of Korvia", ("Ministry",), Role.STATE),
        ("Meridian Digital Trust", ("Implementing Partner",), Role.COMPANY),
    ]


def test_a_consultant_opposite_a_public_body_is_the_company():
    doc = parties_of(
        """
        THIS CONSULTANCY AGREEMENT is made between the Water Services Regulation Board
        (the "Client") and Hydra Advisory Partners (the "Consultant").
        """
    )
    assert sides(doc) == (("Consultant",), ("Client",))


# -- layouts of the parties clause -----------------------------------------------------


def test_a_cover_page_of_particulars_names_the_parties():
    doc = parties_of(
        """
        CONTRACT FOR THE PROVISION OF CLOUD HOSTING SERVICES

        Contract reference: MOF/ICT/2026/014

        Customer: Ministry of Finance of the Republic of Estmark
        Supplier: Nimbus Data Centres Limited (company number 08812345)
        Start date: 1 April 2026

        TERMS AND CONDITIONS

        1. The Supplier shall provide the Services to the Customer.
        """
    )
    assert summary(doc) == [
        ("Ministry of Finance of the Republic of Estmark", ("Customer",), Role.STATE),
        ("Nimbus Data Centres Limited", ("Supplier",), Role.COMPANY),
    ]


def test_particulars_in_markdown_with_designations_after_each_name():
    doc = parties_of(
        """
        # SPECTRUM ACCESS LICENCE

        **Issued by:** the Norland Spectrum Agency (the **"Agency"**)
        **Licensee:** Northwave Networks Ltd, company number NL-0459211 (the **"Licensee"**)
        **Licence number:** NSA/700/03

        ## Part 1 - Grant

        1.1 The Agency licenses the Licensee to use the frequencies in Part 2.
        """,
        "md",
    )
    assert summary(doc) == [
        ("Norland Spectrum Agency", ("Agency",), Role.STATE),
        ("Northwave Networks Ltd", ("Licensee",), Role.COMPANY),
    ]


def test_a_parties_list_with_numbered_items_and_names_with_parentheses():
    doc = parties_of(
        """
        MEMORANDUM OF AGREEMENT

        Parties:

        1. The Department of Health of the Province of Westmark ("the Department")

        2. Kestrel Analytics (Pty) Ltd, registration number 2019/445566/07 ("the Service
        Provider")

        1. DEFINITIONS
        """
    )
    assert summary(doc) == [
        ("The Department of Health of the Province of Westmark", ("Department",), Role.STATE),
        ("Kestrel Analytics (Pty) Ltd", ("Service Provider",), Role.COMPANY),
    ]


def test_a_table_of_parties_gives_each_row_a_party():
    doc = parties_of(
        """
        # Framework Agreement for Translation Technology

        | Party | Name and address | Referred to as |
        |---|---|---|
        | 1 | Directorate of Digital Services, 4 Rue Haute, Vellmar | the "Directorate" |
        | 2 | Lingua Systems SARL, 9 Quai Sud, Vellmar | the "Contractor" |

        ## 1. Subject matter

        1.1 The Contractor shall provide the services.
        """,
        "md",
    )
    assert summary(doc) == [
        ("Directorate of Digital Services", ("Directorate",), Role.STATE),
        ("Lingua Systems SARL", ("Contractor",), Role.COMPANY),
    ]


def test_a_policy_schedule_keyed_by_insurer_and_insured_names_the_parties():
    # The row keys ("Insurer", "Insured") are no party terms; the designation in the
    # name cell is. The buyer under the insured contract stays a third party.
    doc = parties_of(
        """
        # Credit Insurance Policy

        | Item | Particulars |
        |---|---|
        | Insurer | Export Credit Office of the Republic of Varna, 2 Quay Road (the "Office") |
        | Insured | Korvel Telecom Oy, 8 Mill Street, Torvik (the "Exporter") |
        | Buyer | Istra Mobile JSC, Republic of Istra (the "Buyer") |
        | Premium | 3% of the insured credit |

        ## 1. Cover

        1.1 The Office shall indemnify the Exporter for any Loss.
        """,
        "md",
    )
    company, state = sides(doc)
    assert "Exporter" in company and "Office" in state
    assert not set(company) & set(state)
    assert all(p.role is Role.OTHER for p in doc.parties if "Istra" in (p.name or ""))


def test_between_and_and_in_separate_paragraphs_name_both_parties():
    # Civil-law layout: the parties sentence runs over two paragraphs, the second opening
    # with "and"; numbered paragraphs of a later clause headed "... of the Parties" are
    # contributions, not parties.
    doc = parties_of(
        """
        PARTNERSHIP AGREEMENT

        Parties

        Between the Federal Office for Digital Cooperation of the Republic of Orsova,
        represented by its Director (hereinafter "the Office"),

        and Terralink GmbH, registered in the commercial register of Brenz under HRB 1042
        (hereinafter "the Partner Company"),

        (each a "Party", together the "Parties").

        Article 1 - Contributions of the Parties

        (1) The Office makes a contribution of EUR 500,000 (hereinafter "the Contribution").

        (2) The Partner Company contributes at least EUR 600,000 from its own resources.
        """
    )
    assert sides(doc) == (("Partner Company",), ("Office",))
    assert [p.name for p in doc.parties] == [
        "Federal Office for Digital Cooperation of the Republic of Orsova",
        "Terralink GmbH",
    ]


def test_a_licence_granted_by_a_commission_named_only_by_its_defined_term():
    doc = parties_of(
        """
        LICENCE FOR A SUBMARINE CABLE LANDING STATION

        1. The Commission hereby grants to Meridian Subsea Gateway Limited, a company
        incorporated in Salvara (the "Licensee"), a licence to operate the landing station.
        """
    )
    assert summary(doc) == [
        (None, ("Commission",), Role.STATE),
        ("Meridian Subsea Gateway Limited", ("Licensee",), Role.COMPANY),
    ]


def test_a_licence_with_no_parties_clause_names_the_licensee_in_the_grant():
    doc = parties_of(
        """
        LICENCE TO PROVIDE PUBLIC MOBILE SERVICES

        Licence No. 7/2026

        1. GRANT OF LICENCE

        1.1 The Communications Authority of Norland (the "Authority"), in exercise of its
        powers under section 12 of the Communications Act 2016 (the "Act"), grants this
        licence (the "Licence") to Skyreach Mobile plc, a public limited company
        incorporated in Norland (the "Licensee").

        1.2 The Licensee shall comply with the Act.
        """
    )
    assert summary(doc) == [
        ("The Communications Authority of Norland", ("Authority",), Role.STATE),
        ("Skyreach Mobile plc", ("Licensee",), Role.COMPANY),
    ]


def test_special_conditions_name_the_parties_that_general_conditions_define():
    doc = parties_of(
        """
        SPECIAL CONDITIONS OF CONTRACT

        SCC 1. The Purchaser is: the Ministry of Water and Sanitation of the Republic of
        Valdora.

        SCC 2. The Supplier is: Aquasense Metering S.A., of 14 Avenida Central, Castelmar.

        GENERAL CONDITIONS OF CONTRACT

        1. "Purchaser" means the entity purchasing the Goods, as specified in the SCC.

        2. "Supplier" means the person whose bid has been accepted by the Purchaser.
        """
    )
    assert summary(doc) == [
        ("Ministry of Water and Sanitation of the Republic of Valdora", ("Purchaser",), Role.STATE),
        ("Aquasense Metering S.A.", ("Supplier",), Role.COMPANY),
    ]


def test_a_loan_with_a_project_implementing_entity_and_a_guarantor():
    doc = parties_of(
        """
        LOAN AGREEMENT

        THIS LOAN AGREEMENT is made between THE NORDIC DIGITAL INFRASTRUCTURE BANK, an
        international financial institution (the "Bank"), SAVANNA FIBRE NETWORKS LIMITED,
        a company incorporated in Korvia (the "Borrower"), SAVANNA FIBRE OPERATIONS
        LIMITED, a company incorporated in Korvia (the "Project Implementing Entity"), and
        THE REPUBLIC OF KORVIA, acting through its Ministry of Finance (the "Guarantor").
        """
    )
    assert summary(doc) == [
        ("THE NORDIC DIGITAL INFRASTRUCTURE BANK", ("Bank",), Role.STATE),
        ("SAVANNA FIBRE NETWORKS LIMITED", ("Borrower",), Role.COMPANY),
        ("SAVANNA FIBRE OPERATIONS LIMITED", ("Project Implementing Entity",), Role.COMPANY),
        ("THE REPUBLIC OF KORVIA", ("Guarantor",), Role.OTHER),
    ]


def test_a_bank_holding_an_escrow_is_a_third_party():
    doc = parties_of(
        """
        This Escrow Agreement is made between the City of Port Alder (the "City"),
        Metrocurb Mobility Partners LLC (the "Concessionaire") and First Harbor Bank, N.A.
        (the "Escrow Agent").
        """
    )
    assert [p.role for p in doc.parties] == [Role.STATE, Role.COMPANY, Role.OTHER]
    assert sides(doc) == (("Concessionaire",), ("City",))


def test_a_guarantor_that_is_the_only_public_party_is_the_state():
    doc = parties_of(
        """
        THIS GUARANTEE is made between THE REPUBLIC OF VALDORA, acting through its
        Ministry of Finance (the "Guarantor"), and Castelmar Data Centre S.A. (the
        "Company").
        """
    )
    assert sides(doc) == (("Company",), ("Guarantor",))


# -- plain English and civil-law drafting -----------------------------------------------


def test_we_and_you_name_the_parties_of_a_plain_english_contract():
    doc = parties_of(
        """
        Agreement for the Home Care Booking Service

        This agreement is between Westbrook City Council ("we", "us") and Carewell
        Digital Limited ("you").
        """
    )
    assert summary(doc) == [
        ("Westbrook City Council", ("we", "us"), Role.STATE),
        ("Carewell Digital Limited", ("you",), Role.COMPANY),
    ]


def test_a_party_left_blank_in_a_form_keeps_its_defined_names():
    doc = parties_of(
        """
        THIS FRANCHISE AGREEMENT is made by and between: ● Harbor Lane Coffee, LLC, a
        Texas limited liability company ("we," "us," or "our"); and ● a [corporation
        organized in] the state of ______ ("you" or the "Franchisee").
        """
    )
    assert summary(doc) == [
        ("Harbor Lane Coffee, LLC", ("we", "us", "our"), Role.COMPANY),
        (None, ("you", "Franchisee"), Role.COMPANY),
    ]


def test_a_civil_law_company_named_in_quotes_after_its_legal_form_keeps_its_term():
    doc = parties_of(
        """
        The Ministry of Internal Affairs of the Republic of Varnia, in the person of the
        Deputy Minister, acting on the basis of the Regulation on the Ministry
        (hereinafter - the "Ministry"), on the one side, and the limited liability company
        "Infoserv Solutions", in the person of the Director, acting on the basis of the
        Charter (hereinafter - the "Service Provider"), on the other side, together
        referred to as the "Parties", have concluded the present Contract.
        """
    )
    assert sides(doc) == (("Service Provider",), ("Ministry",))
    assert doc.parties[1].name is not None and "Infoserv Solutions" in doc.parties[1].name


def test_a_supplier_named_on_the_cover_page_is_not_given_to_the_other_party():
    doc = parties_of(
        """
        Company Name: Brightwave Analytics, Inc.

        Company Address: 12 Main Street, Atlanta

        This MASTER SERVICES AGREEMENT ("Agreement") is entered into by and between Harbor
        National Bank, N.A. ("Harbor"), a national banking association, and the
        above-named Supplier, a corporation.
        """
    )
    assert summary(doc) == [
        ("Harbor National Bank, N.A.", ("Harbor",), Role.COMPANY),
        ("Brightwave Analytics, Inc.", ("Supplier",), Role.COMPANY),
    ]


def test_a_defined_thing_in_a_partys_description_is_not_a_name_of_the_party():
    doc = parties_of(
        """
        This Licence is granted by the Communications Regulatory Authority of Korvia (the
        "Regulator"), acting under section 21 of the Electronic Communications Act 2019
        (the "Act"), to Skylink Mobile Korvia plc, whose registered office is at 9
        Meridian Boulevard (the "Licensee").
        """
    )
    assert summary(doc) == [
        ("Communications Regulatory Authority of Korvia", ("Regulator",), Role.STATE),
        ("Skylink Mobile Korvia plc", ("Licensee",), Role.COMPANY),
    ]


def test_a_name_split_by_page_furniture_is_joined_again():
    doc = parties_of(
        """
        BETWEEN:

        (1) THE MINISTRY OF TRANSPORT OF THE REPUBLIC OF NORLAND (the "Authority"); and

        (2) HALDEN ROAD SENSING SYSTEMS

        Page 1 of 30

        LIMITED, a company incorporated in Norland (the "Contractor").
        """
    )
    assert summary(doc) == [
        ("THE MINISTRY OF TRANSPORT OF THE REPUBLIC OF NORLAND", ("Authority",), Role.STATE),
        ("HALDEN ROAD SENSING SYSTEMS LIMITED", ("Contractor",), Role.COMPANY),
    ]


def test_a_name_with_parentheses_is_kept_whole_and_quoted_as_its_own_term():
    doc = parties_of(
        """
        BETWEEN:

        (1) THE MINISTRY OF ROADS, of 1 Government Square (the "Ministry of Roads"); and

        (2) ACME (HOLDINGS) LTD, a company incorporated in Ruritania ("Acme (Holdings) Ltd").
        """
    )
    assert summary(doc) == [
        ("THE MINISTRY OF ROADS", ("Ministry of Roads",), Role.STATE),
        ("ACME (HOLDINGS) LTD", ("Acme (Holdings) Ltd",), Role.COMPANY),
    ]


# -- what is not a party ----------------------------------------------------------------


def test_a_regulation_adopted_by_a_council_in_a_preface_names_no_party():
    doc = parties_of(
        """
        Standard contractual clauses for the procurement of AI

        The clauses will need to be aligned with the final regulation adopted by the
        Council and the European Parliament.

        Article 1 Definitions

        Supplier: the natural or legal person that supplies the AI System.
        """
    )
    assert doc.parties == ()


def test_founders_beside_a_fund_and_a_company_are_a_third_party_without_a_warning():
    doc = parties_of(
        """
        PARTIES

        (1) THE SOVEREIGN TECHNOLOGY FUND, a body corporate established by law (the
            "Fund");

        (2) THE PERSONS whose names are set out in Schedule 1 (the "Founders"); and

        (3) VIGILANT VISION TECHNOLOGIES LIMITED, a company incorporated in Qasira (the
            "Company").
        """
    )
    assert [p.role for p in doc.parties] == [Role.STATE, Role.OTHER, Role.COMPANY]
    assert doc.warnings == ()


# -- styles met in contracts written by other hands -------------------------------------


def test_defined_terms_in_bold_without_quotation_marks_are_designations():
    doc = parties_of(
        """
        # Services deed

        ## Parties

        **The State of Ostmark**, acting through the Department of Work, of 1 Quay
        Street, Ostport (the **Department**)

        **Harbourline Services Ltd**, of 7 Dock Road, Ostport (the **Provider**)

        ## Recitals

        A. The Department funds employment services.
        """,
        "md",
    )
    assert sides(doc) == (("Provider",), ("Department",))


def test_parties_listed_after_entered_into_by_with_capitalised_roles():
    doc = parties_of(
        """
        The present Concession Contract (hereinafter, the "Contract") is entered into by:

        THE REPUBLIC OF VALDORA, acting through the Ministry of Communications, duly
        represented by the Vice-Minister (hereinafter, "THE GRANTOR"); and

        ALTIPLANO TELECOM S.A.C., duly represented by its General Manager (hereinafter,
        "THE CONCESSIONAIRE");

        under the terms and conditions of the following clauses.
        """
    )
    assert summary(doc) == [
        ("THE REPUBLIC OF VALDORA", ("GRANTOR",), Role.STATE),
        ("ALTIPLANO TELECOM S.A.C.", ("CONCESSIONAIRE",), Role.COMPANY),
    ]


def test_numbered_items_of_contract_details_give_the_parties():
    doc = parties_of(
        """
        Part A  Contract details

        Item 1  Customer: The Commonwealth of Eastland represented by the Department of
        Transport, of 3 King Street (the "Department").

        Item 2  Contractor: Tollgate Analytics Pty Ltd, of 9 Bay Road (the "Contractor").

        Item 3  Contract term: three years.
        """
    )
    assert summary(doc) == [
        ("The Commonwealth of Eastland", ("Department",), Role.STATE),
        ("Tollgate Analytics Pty Ltd", ("Contractor",), Role.COMPANY),
    ]


def test_a_licence_issued_to_the_licensee_named_in_a_table_of_particulars():
    doc = parties_of(
        """
        # Spectrum licence: conditions

        | | |
        |---|---|
        | Licence number | 77-3500-002 |
        | Licensee | Aurora Fixed Wireless Inc. (the "licensee") |
        | Term | 15 years |

        The Minister of Digital Affairs (the "Minister") issues this licence to the
        licensee, subject to the conditions below.

        ## 1. Term

        1.1 This licence is issued for 15 years.
        """,
        "md",
    )
    assert summary(doc) == [
        ("The Minister of Digital Affairs", ("Minister",), Role.STATE),
        ("Aurora Fixed Wireless Inc.", ("licensee",), Role.COMPANY),
    ]


def test_a_crown_represented_by_a_minister_and_the_sentence_after_the_parties():
    doc = parties_of(
        """
        BETWEEN:

        HIS MAJESTY THE KING IN RIGHT OF THE PROVINCE OF WESTLAND, as represented by the
        Minister of Justice (the "Province")

        AND:

        KEYSTONE FORENSICS LTD., a corporation incorporated in Westland (the "Contractor")

        The Province and the Contractor agree as follows.
        """
    )
    assert summary(doc) == [
        ("HIS MAJESTY THE KING IN RIGHT OF THE PROVINCE OF WESTLAND", ("Province",), Role.STATE),
        ("KEYSTONE FORENSICS LTD.", ("Contractor",), Role.COMPANY),
    ]


def test_a_sentence_naming_both_parties_collectively_is_not_a_third_party():
    doc = parties_of(
        """
        BY AND BETWEEN

        The Governor of the State of Kaveri, acting through the Department of Citizen
        Services (hereinafter referred to as the "Department") of the FIRST PART;

        AND

        Nilgiri Infotech Private Limited, a company incorporated under the Companies Act
        (hereinafter referred to as the "Implementation Agency" or "IA") of the SECOND PART.

        The Department and the IA are hereinafter individually referred to as a "Party"
        and collectively as the "Parties".
        """
    )
    assert sides(doc) == (("Implementation Agency", "IA"), ("Department",))
    assert len(doc.parties) == 2


def test_a_body_established_by_statute_is_the_state_though_its_name_shows_no_public_word():
    doc = parties_of(
        """
        PARTIES

        1. TRADE CREDIT OSTMARK, a corporate entity established by the Trade Credit Act
        2004, of 10 Bridge Street, Ostport ("TCO").

        2. HALDEN SWITCHING PTY LTD, of 88 Quay Road, Ostport (the "Exporter").
        """
    )
    assert sides(doc) == (("Exporter",), ("TCO",))
    assert doc.warnings == ()
