"""Who is bound when the contract names the company in words the party stage missed.

With exactly one party on the company's side, a capitalised role noun that names no
other party and that the contract does not define as someone else ("the Exporter", "the
Partner Company") is that party; a third party (an end Buyer, a Guarantor) or a noun the
contract defines as someone else (the Borrower's "Contractor") is not.
"""

from __future__ import annotations

import pytest

from clausecheck import _tokens
from clausecheck._sides import party_names_of
from clausecheck.model import Block, BlockKind, Definition, Document, Party, Role


def _document(parties: tuple[Party, ...], definitions: tuple[Definition, ...] = ()) -> Document:
    return Document(
        path="<test>",
        format="txt",
        sha256="",
        blocks=(Block(index=0, text="x", kind=BlockKind.PARAGRAPH),),
        parties=parties,
        definitions=definitions,
    )


KESTREL = Party(name="Kestrel Systems Ltd", terms=("Kestrel",), role=Role.COMPANY)
AGENCY = Party(name="Export Credit Agency of Ruritania", terms=("Agency",), role=Role.STATE)


def _role_of(document: Document, sentence: str) -> str | None:
    names = party_names_of(document)
    found = list(names.find(sentence))
    if not found:
        return None
    return found[0][2]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Exporter shall screen every buyer.",
        "The Partner Company shall consult affected communities.",
        "The Implementing Partner shall train its staff on human rights.",
    ],
)
def test_an_unusual_name_of_the_only_company_binds_it(sentence: str) -> None:
    assert _role_of(_document((KESTREL, AGENCY)), sentence) == "COMPANY"


def test_a_third_party_of_unknown_side_is_not_the_company() -> None:
    buyer = Party(name="Overseas Telecom Co", terms=("Buyer",), role=None)
    document = _document((KESTREL, AGENCY, buyer))
    assert _role_of(document, "The Buyer shall not re-export the goods.") is None


def test_an_unknown_party_with_a_company_role_noun_joins_the_company() -> None:
    exporter = Party(name="Kestrel Export Ltd", terms=("Exporter",), role=None)
    document = _document((KESTREL, AGENCY, exporter))
    assert _role_of(document, "The Exporter shall vet its customers.") == "COMPANY"


def test_a_noun_the_contract_defines_as_someone_else_is_not_the_company() -> None:
    defined = Definition(
        term="Contractor", text="the contractor engaged by the Borrower for the Works", block=0
    )
    borrower = Party(name="Kestrel Ltd", terms=("Borrower",), role=Role.COMPANY)
    bank = Party(name="Development Bank", terms=("Bank",), role=Role.STATE)
    document = _document((borrower, bank), (defined,))
    assert _role_of(document, "The Contractor shall respect human rights.") is None
    assert _role_of(document, "The Exporter shall respect human rights.") == "COMPANY"


def test_two_companies_leave_an_unusual_name_unresolved() -> None:
    other = Party(name="Falcon Ltd", terms=("Falcon",), role=Role.COMPANY)
    document = _document((KESTREL, other, AGENCY))
    assert _role_of(document, "The Exporter shall screen every buyer.") is None


def test_names_compile_once_per_set_of_names() -> None:
    document = _document((KESTREL, AGENCY))
    assert party_names_of(document) is party_names_of(document)
    assert isinstance(party_names_of(document), _tokens.PartyNames)
