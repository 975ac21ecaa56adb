"""Provision extraction: who is bound, how strongly, to do what, under which condition.

One table of modal phrases (docs/design/modality.md), then the constructions the issue
names: list lead-ins, passive voice, "each Party", "procure / ensure that", provisos,
"Nothing in this Agreement obliges", disapplication by label, defined terms standing for
human rights, and cross-references to a clause about human rights.
"""

from __future__ import annotations

import pytest

from clausecheck import _tokens
from clausecheck._examples import example_document
from clausecheck._sentences import inline_list, split_sentences
from clausecheck.model import (
    Block,
    BlockKind,
    Clause,
    Definition,
    Document,
    Modality,
    Party,
    Region,
    Role,
)
from clausecheck.provisions import extract, read_sentence
from clausecheck.rules import anchors

NAMES = _tokens.party_names(("Supplier", "Contractor"), ("Authority",))

C, S, B = Role.COMPANY, Role.STATE, Role.BOTH
OB, PE, RI = Modality.OBLIGATION, Modality.PERMISSION, Modality.RIGHT
BE, RE, NE, ST = (
    Modality.BEST_EFFORTS,
    Modality.RECOMMENDATION,
    Modality.NEGATED,
    Modality.STATEMENT,
)

# sentence -> (role of the first clause, modality, prohibitive)
MODALS = {
    "The Supplier shall respect human rights.": (C, OB, False),
    "The Supplier must respect human rights.": (C, OB, False),
    "The Supplier will respect human rights.": (C, OB, False),
    "The Supplier undertakes to respect human rights.": (C, OB, False),
    "The Supplier agrees to respect human rights.": (C, OB, False),
    "The Supplier commits to respect human rights.": (C, OB, False),
    "The Supplier is required to respect human rights.": (C, OB, False),
    "The Supplier is responsible for respecting human rights.": (C, OB, False),
    "The Supplier is obliged to respect human rights.": (C, OB, False),
    "The Supplier shall not use forced labour.": (C, OB, True),
    "The Supplier is prohibited from using forced labour.": (C, OB, True),
    "The Supplier shall use reasonable efforts to respect human rights.": (C, BE, False),
    "The Supplier shall use its best endeavours to respect human rights.": (C, BE, False),
    "The Supplier shall endeavour to respect human rights.": (C, BE, False),
    "The Supplier shall, where practicable, respect human rights.": (C, BE, False),
    "So far as reasonably practicable, the Supplier shall respect human rights.": (C, BE, False),
    "The Supplier shall, to the extent feasible, respect human rights.": (C, BE, False),
    "The Supplier should respect human rights.": (C, RE, False),
    "The Supplier is encouraged to respect human rights.": (C, RE, False),
    "The Supplier may publish statistics on government requests.": (C, PE, False),
    "The Supplier may, at its sole discretion, publish statistics.": (C, PE, False),
    "The Supplier shall, if it so elects, publish statistics.": (C, PE, False),
    "The Authority may audit the Supplier's records.": (S, RI, False),
    "The Authority is entitled to audit the Supplier's records.": (S, RI, False),
    "The Authority has the right to audit the Supplier's records.": (S, RI, False),
    "The Authority shall have the right to audit the Supplier's records.": (S, RI, False),
    "The Authority reserves the right to audit the Supplier's records.": (S, RI, False),
    "The Supplier shall not be required to carry out due diligence.": (C, NE, False),
    "The Supplier is under no obligation to carry out due diligence.": (C, NE, False),
    "The Supplier has no obligation to carry out due diligence.": (C, NE, False),
    "The Supplier need not carry out due diligence.": (C, NE, False),
    "Nothing in this Agreement obliges the Supplier to carry out due diligence.": (C, NE, False),
    "Nothing in this Agreement shall require the Supplier to carry out due diligence.": (
        C,
        NE,
        False,
    ),
    "Each Party shall respect human rights.": (B, OB, False),
    "The Parties shall respect human rights.": (B, OB, False),
    "Either Party may terminate this Agreement.": (B, RI, False),
    "The Supplier warrants that it has carried out an assessment.": (C, ST, False),
}


@pytest.mark.parametrize("sentence", sorted(MODALS))
def test_modal_phrases(sentence: str) -> None:
    reading = read_sentence(sentence, NAMES)[0]
    role, modality, prohibitive = MODALS[sentence]
    assert (reading.role, reading.modality, reading.prohibitive) == (role, modality, prohibitive), (
        reading
    )


def one(sentence: str):
    readings = read_sentence(sentence, NAMES)
    assert readings, sentence
    return readings


def test_passive_voice_binds_the_agent() -> None:
    reading = one("Human rights due diligence shall be carried out by the Contractor.")[0]
    assert (reading.role, reading.modality) == (C, OB)
    records = one("The records shall be made available for inspection by the Authority.")[0]
    assert records.role is S or records.agent is S


def test_procure_that_binds_the_company_for_its_subcontractors() -> None:
    reading = one("The Supplier shall procure that its subcontractors shall respect human rights.")[
        0
    ]
    assert (reading.role, reading.modality) == (C, OB)
    assert {"ensure", "supply_chain", "human_rights"} <= reading.concepts
    assert len(one("The Supplier shall ensure that its subcontractors respect human rights.")) == 1


def test_permission_to_let_the_state_audit_is_a_state_right_written_as_permission() -> None:
    reading = one(
        "The Supplier may, at its discretion, allow the Authority to audit its "
        "human rights records."
    )[0]
    assert (reading.role, reading.modality, reading.agent) == (C, PE, S)


def test_conditions_come_first_or_last() -> None:
    where = one(
        "Where the Supplier becomes aware of a breach, the Supplier shall notify the Authority."
    )
    assert len(where) == 1 and where[0].conditions and where[0].role is C
    subject_to = one(
        "Subject to clause 4, the Authority may terminate this Agreement if "
        "the Supplier breaches clause 14."
    )
    assert len(subject_to) == 1 and subject_to[0].role is S
    assert len(subject_to[0].conditions) == 2


def test_proviso_that_hands_back_discretion_weakens() -> None:
    reading = one(
        "The Supplier shall publish a transparency report, provided that it may "
        "decide at its discretion what the report contains."
    )[0]
    assert reading.modality is PE


def test_interjection_between_subject_and_modal() -> None:
    reading = one(
        "The Supplier, in relation to any goods supplied to the Authority, shall "
        "carry out human rights due diligence."
    )[0]
    assert reading.role is C


def test_shall_not_unless_is_a_requirement_not_a_prohibition() -> None:
    reading = one(
        "The Supplier shall not engage any subcontractor unless the "
        "subcontractor has agreed to respect human rights."
    )[0]
    assert not reading.prohibitive


def test_sentences_split_around_legal_abbreviations() -> None:
    text = (
        "The Supplier Ltd. shall comply with Art. 5 and clause 4.1, e.g. the rules in "
        "No. 3 of the U.S. Code. It shall report."
    )
    spans = split_sentences(text)
    assert len(spans) == 2


def test_inline_list_items() -> None:
    text = (
        "The Supplier shall: (a) respect human rights; (b) carry out due diligence; and "
        "(c) report annually."
    )
    listed = inline_list(text, split_sentences(text)[0])
    assert listed is not None and len(listed.items) == 3


# ---------------------------------------------------------------------------
# Whole documents
# ---------------------------------------------------------------------------


def provisions_of(text: str):
    return extract(example_document(text), anchors())


def test_list_items_inherit_the_lead_in() -> None:
    found = provisions_of(
        "The Supplier shall:\n(a) respect human rights;\n"
        "(b) carry out human rights due diligence; and\n"
        "(c) publish a report on its human rights impacts annually."
    )
    items = [p for p in found if p.location.label and "(" in p.location.label]
    assert len(items) == 3
    assert all(p.role is C and p.modality is OB for p in items)


def test_inline_list_items_inherit_the_lead_in() -> None:
    found = provisions_of(
        "The Supplier shall: (a) respect human rights; (b) carry out "
        "human rights due diligence; and (c) publish a human rights report."
    )
    assert len(found) >= 3 and all(p.role is C for p in found)


def _document(paragraphs: list[tuple[str, str, Region]], definitions=()) -> Document:
    blocks, clauses = [], []
    for i, (label, text, region) in enumerate(paragraphs):
        blocks.append(Block(index=i, text=f"{label} {text}".strip(), kind=BlockKind.PARAGRAPH))
        clauses.append(
            Clause(
                block=i,
                label=label or None,
                own_label=label or None,
                heading=None,
                depth=label.count("."),
                region=region,
                body_start=len(label) + 1 if label else 0,
            )
        )
    parties = (
        Party(name="Acme Ltd", terms=("Supplier",), role=Role.COMPANY, block=None),
        Party(name="Ministry", terms=("Authority",), role=Role.STATE, block=None),
    )
    return Document(
        path="<test>",
        format="txt",
        sha256="",
        blocks=tuple(blocks),
        title="Agreement",
        clauses=tuple(clauses),
        parties=parties,
        definitions=tuple(definitions),
    )


def test_disapplied_clause_counts_as_negated() -> None:
    doc = _document(
        [
            ("14.", "HUMAN RIGHTS", Region.OPERATIVE),
            ("14.1", "The Supplier shall respect human rights.", Region.OPERATIVE),
            ("20.1", "Clause 14 shall not apply to this Agreement.", Region.OPERATIVE),
        ]
    )
    by_label = {p.location.label: p for p in extract(doc, anchors())}
    assert by_label["14.1"].modality is NE
    assert any("disapplied" in q for q in by_label["14.1"].qualifiers)


def test_defined_term_stands_for_human_rights_only_where_a_clause_invokes_it() -> None:
    definition = Definition(
        term="Responsible Conduct Requirements",
        text="the UN Guiding Principles on Business and Human Rights",
        block=0,
    )
    doc = _document(
        [
            (
                "1.1",
                '"Responsible Conduct Requirements" means the UN Guiding Principles on '
                "Business and Human Rights.",
                Region.DEFINITIONS,
            ),
            (
                "5.1",
                "The Supplier shall comply with the Responsible Conduct Requirements.",
                Region.OPERATIVE,
            ),
        ],
        definitions=(definition,),
    )
    found = extract(doc, anchors())
    assert [p.location.label for p in found] == ["5.1"]  # the definition itself never counts
    assert "human_rights" in found[0].concepts


def test_cross_reference_reaches_a_human_rights_clause() -> None:
    doc = _document(
        [
            (
                "13.1",
                "The Supplier shall respect human rights in performing the Services.",
                Region.OPERATIVE,
            ),
            ("13.2", "The Supplier shall carry out human rights due diligence.", Region.OPERATIVE),
            (
                "20.1",
                "The Authority may terminate this Agreement if the Supplier commits a "
                "breach of clause 13.",
                Region.OPERATIVE,
            ),
            (
                "21.1",
                "The Authority may terminate this Agreement if the Supplier commits a "
                "breach of clause 9.",
                Region.OPERATIVE,
            ),
        ]
    )
    by_label = {p.location.label: p for p in extract(doc, anchors())}
    assert "human_rights" in by_label["20.1"].concepts
    assert "human_rights" not in by_label["21.1"].concepts


def test_recitals_and_headings_give_no_provisions() -> None:
    doc = _document(
        [
            ("", "WHEREAS the Supplier shall respect human rights.", Region.RECITALS),
            ("2.", "The Supplier shall respect human rights", Region.OPERATIVE),
        ]
    )
    regions = {p.region for p in extract(doc, anchors())}
    assert Region.RECITALS not in regions


def test_evidence_location_points_into_the_block() -> None:
    doc = example_document("The Supplier shall respect human rights. It shall report.")
    found = extract(doc, anchors())
    first = found[0]
    block = doc.blocks[first.location.block]
    assert block.text[first.location.start : first.location.end].startswith("The Supplier")
