"""structure(): clause labels and the full labels readers cite, headings, regions,
definitions and the title; Hypothesis properties of the label grammar."""

from __future__ import annotations

import dataclasses
from textwrap import dedent

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.lark import from_lark
from lark import Lark

from clausecheck._resources import read_resource
from clausecheck._shapes import parse_label
from clausecheck.errors import ClausecheckError
from clausecheck.model import Block, BlockKind, Document, Part, Region
from clausecheck.read.markdown import read_markdown
from clausecheck.read.text import read_text
from clausecheck.structure import OPERATIVE_REGIONS, structure


def structured(source: str, fmt: str = "txt") -> Document:
    data = dedent(source).strip().encode("utf-8")
    reader = read_markdown if fmt == "md" else read_text
    blocks, warnings = reader(data, f"contract.{fmt}")
    return structure(
        Document(path=f"contract.{fmt}", format=fmt, sha256="", blocks=blocks, warnings=warnings)
    )


def labels(doc: Document) -> list[tuple[str, str | None]]:
    """(block text start, full label) for every block."""
    return [(b.text[:12], c.label) for b, c in zip(doc.blocks, doc.clauses, strict=True)]


def clause_of(doc: Document, start: str):
    for block, clause in zip(doc.blocks, doc.clauses, strict=True):
        if block.text.startswith(start):
            return clause
    raise AssertionError(f"no block starts with {start!r}")


# -- labels ---------------------------------------------------------------------------


def test_numbered_clauses_compose_with_letters_and_romans() -> None:
    doc = structured(
        """
        13. HUMAN RIGHTS

        13.4 The Supplier shall:

        (a) assess impacts, and in doing so:

        (i) consult affected people;

        (ii) publish the results; and

        (b) report annually.

        13.5 The Authority may audit.
        """
    )
    assert [c.label for c in doc.clauses] == [
        "13",
        "13.4",
        "13.4(a)",
        "13.4(a)(i)",
        "13.4(a)(ii)",
        "13.4(b)",
        "13.5",
    ]
    assert [c.own_label for c in doc.clauses] == [
        "13.",
        "13.4",
        "(a)",
        "(i)",
        "(ii)",
        "(b)",
        "13.5",
    ]
    assert [c.depth for c in doc.clauses] == [0, 1, 2, 3, 3, 2, 1]


def test_i_after_h_is_the_ninth_letter_not_roman_one() -> None:
    source = "1.1 The Supplier shall:\n" + "\n".join(f"({c}) item;" for c in "abcdefghij")
    doc = structured(source)
    letter_h, letter_i, letter_j = doc.clauses[8:11]
    assert (letter_i.label, letter_j.label) == ("1.1(i)", "1.1(j)")
    assert letter_h.depth == letter_i.depth == letter_j.depth == 1


def test_article_paragraph_and_point_compose_as_article_5_2_b() -> None:
    doc = structured(
        """
        Article 5 - Audit

        (1) The Authority may audit.

        (2) The Supplier shall:

            a) keep records;

            b) give access.
        """
    )
    assert [c.label for c in doc.clauses] == [
        "Article 5",
        "Article 5(1)",
        "Article 5(2)",
        "Article 5(2)(a)",
        "Article 5(2)(b)",
    ]
    assert doc.clauses[0].heading == "Audit"


def test_us_articles_and_sections_cite_the_section_alone() -> None:
    doc = structured(
        """
        ARTICLE IV – UNDERTAKINGS OF THE COMPANY

        Section 4.01 The Company shall carry on the Business.

        Section 4.02 The Company shall:

        (a) keep books; and

        (c) permit inspection.
        """
    )
    assert [c.label for c in doc.clauses] == [
        "Article IV",
        "Section 4.01",
        "Section 4.02",
        "Section 4.02(a)",
        "Section 4.02(c)",
    ]
    assert doc.clauses[4].heading == "UNDERTAKINGS OF THE COMPANY"


def test_clause_keyword_headings_give_bare_numbers_and_their_title() -> None:
    doc = structured("Clause 12 – Data Protection\n\n12.3 The Supplier shall encrypt data.")
    assert [c.label for c in doc.clauses] == ["12", "12.3"]
    assert [c.heading for c in doc.clauses] == ["Data Protection", "Data Protection"]
    assert doc.clauses[0].is_heading and not doc.clauses[1].is_heading


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("Clause 12.3 The Supplier shall.", "12.3"),
        ("Section 4(b) The Company shall.", "Section 4(b)"),
        ("Article 5(2)(b) The Licensee shall.", "Article 5(2)(b)"),
        ("1.1.1 The Supplier shall.", "1.1.1"),
        ("Paragraph 7 The Operator shall.", "Paragraph 7"),
        ("§ 4.02 The Company shall.", "Section 4.02"),
    ],
)
def test_each_written_label_form_gives_its_citation(written: str, label: str) -> None:
    assert structured(written).clauses[0].label == label


def test_schedules_cite_paragraphs_and_parts_that_restart_numbering() -> None:
    doc = structured(
        """
        1. The Supplier shall comply with the Schedules.

        SCHEDULE 2
        CHARGES

        7. The Charges are fixed.

        SCHEDULE 4 - HUMAN RIGHTS

        Part A - Due Diligence

        1. The Supplier shall assess impacts.

        Part B - Remedy

        1. The Supplier shall remediate.

        2. The Supplier shall:

        (a) notify the Authority.

        Annex A

        Appendix 1
        """
    )
    assert [c.label for c in doc.clauses] == [
        "1",
        "Schedule 2",
        "Schedule 2, paragraph 7",
        "Schedule 4",
        "Schedule 4, Part A",
        "Schedule 4, Part A, paragraph 1",
        "Schedule 4, Part B",
        "Schedule 4, Part B, paragraph 1",
        "Schedule 4, Part B, paragraph 2",
        "Schedule 4, Part B, paragraph 2(a)",
        "Annex A",
        "Appendix 1",
    ]
    assert doc.clauses[2].heading == "CHARGES"
    assert doc.clauses[5].heading == "Due Diligence"
    assert {c.region for c in doc.clauses[1:]} == {Region.SCHEDULE}


def test_parts_with_continuous_numbering_are_not_cited() -> None:
    doc = structured(
        """
        1. The Supplier shall comply.

        SCHEDULE 4
        HUMAN RIGHTS

        Part A - Due Diligence

        1. The Supplier shall assess impacts.

        Part B - Remedy

        2. The Supplier shall remediate.
        """
    )
    assert doc.clauses[-1].label == "Schedule 4, paragraph 2"
    assert doc.clauses[-1].heading == "Remedy"
    assert doc.clauses[1].heading == "HUMAN RIGHTS"


def test_a_sentence_that_starts_with_a_schedule_reference_is_not_a_label() -> None:
    doc = structured(
        """
        18. HUMAN RIGHTS

        Schedule 4 (Human Rights) forms part of this Agreement.

        Clause 14 shall not apply to the Authority.
        """
    )
    assert [c.own_label for c in doc.clauses] == ["18.", None, None]
    assert [c.label for c in doc.clauses] == ["18", "18", "18"]
    assert {c.region for c in doc.clauses} == {Region.OPERATIVE}


def test_word_automatic_labels_count_like_written_ones() -> None:
    blocks = (
        Block(index=0, text="AUDIT", kind=BlockKind.HEADING, label="12."),
        Block(index=1, text="The Authority may audit.", kind=BlockKind.LIST_ITEM, label="12.3"),
        Block(index=2, text="records;", kind=BlockKind.LIST_ITEM, label="(b)"),
        Block(index=3, text="books.", kind=BlockKind.LIST_ITEM, style="List Bullet"),
    )
    doc = structure(Document(path="a.docx", format="docx", sha256="", blocks=blocks))
    assert [c.label for c in doc.clauses] == ["12", "12.3", "12.3(b)", "12.3(b)"]
    assert [c.own_label for c in doc.clauses] == ["12.", "12.3", "(b)", None]
    assert [c.heading for c in doc.clauses] == ["AUDIT"] * 4
    assert [c.body_start for c in doc.clauses] == [0, 0, 0, 0]


# -- headings -------------------------------------------------------------------------


def test_a_short_title_sentence_heads_its_clause_and_the_points_under_it() -> None:
    doc = structured(
        """
        14. RECORDS

        14.1 The Supplier shall keep records.

        14.2 Audit. The Authority may audit:

        (a) the records;

        14.3 The Supplier shall cooperate.
        """
    )
    assert [c.heading for c in doc.clauses] == ["RECORDS", "RECORDS", "Audit", "Audit", "RECORDS"]


def test_an_unnumbered_heading_heads_what_follows_until_the_next_heading() -> None:
    doc = structured(
        """
        NOW, THEREFORE, the Parties agree as follows:

        SERVICES

        1. The Supplier shall provide the Services.

        2. The Supplier shall report.

        PAYMENT

        3. The Authority shall pay.
        """
    )
    assert [c.heading for c in doc.clauses][2:] == ["SERVICES", "SERVICES", "PAYMENT", "PAYMENT"]


def test_styled_headings_from_the_reader_are_headings() -> None:
    doc = structured("## Human Rights\n\nThe Supplier shall respect human rights.\n", "md")
    assert doc.clauses[0].is_heading
    assert doc.clauses[1].heading == "Human Rights"


# -- regions --------------------------------------------------------------------------


CONTRACT = """
    SUPPLY AGREEMENT

    Reference: MOH/2025/7

    THIS AGREEMENT is made on 1 May 2025

    BETWEEN:

    (1) THE MINISTRY OF HEALTH OF THE REPUBLIC OF CALDERA ("Authority"); and

    (2) ACME SYSTEMS LIMITED, a company incorporated in Caldera (the "Supplier"),

    (each a "Party" and together the "Parties").

    WHEREAS:

    (A) The Authority wishes to buy a system.

    NOW, THEREFORE, the Parties agree as follows:

    1. DEFINITIONS AND INTERPRETATION

    1.1 In this Agreement:

    "Human Rights Due Diligence" means the process described in the UNGPs;

    “Personal Data” has the meaning given in the Data Protection Act;

    1.2 Headings do not affect interpretation.

    2. HUMAN RIGHTS

    2.1 The Supplier shall carry out human rights due diligence.

    -7-

    IN WITNESS WHEREOF the Parties have signed this Agreement.

    SIGNED for and on behalf of ACME SYSTEMS LIMITED

    SCHEDULE 1 - SERVICES

    1. The Supplier shall host the system.
    """


def test_each_region_of_a_contract_is_recognised() -> None:
    doc = structured(CONTRACT)
    regions = {b.text[:24]: c.region for b, c in zip(doc.blocks, doc.clauses, strict=True)}
    assert regions["SUPPLY AGREEMENT"] is Region.FRONT
    assert regions["(1) THE MINISTRY OF HEAL"] is Region.FRONT
    assert regions["(A) The Authority wishes"] is Region.RECITALS
    assert regions["NOW, THEREFORE, the Part"] is Region.OPERATIVE
    assert regions["1. DEFINITIONS AND INTER"] is Region.DEFINITIONS
    assert regions['"Human Rights Due Dilige'] is Region.DEFINITIONS
    assert regions["1.2 Headings do not affe"] is Region.DEFINITIONS
    assert regions["2. HUMAN RIGHTS"] is Region.OPERATIVE
    assert regions["2.1 The Supplier shall c"] is Region.OPERATIVE
    assert regions["-7-"] is Region.FURNITURE
    assert regions["IN WITNESS WHEREOF the P"] is Region.SIGNATURE
    assert regions["SIGNED for and on behalf"] is Region.SIGNATURE
    assert regions["SCHEDULE 1 - SERVICES"] is Region.SCHEDULE
    assert regions["1. The Supplier shall ho"] is Region.SCHEDULE
    assert clause_of(doc, "1. The Supplier shall ho").label == "Schedule 1, paragraph 1"
    assert Region.OPERATIVE in OPERATIVE_REGIONS and Region.DEFINITIONS not in OPERATIVE_REGIONS


def test_background_heading_and_lettered_recitals_are_recitals() -> None:
    doc = structured("AGREEMENT\n\nBackground\n\n(A) The Fund invests.\n\n1. TERM\n\n1.1 It lasts.")
    assert [c.region for c in doc.clauses] == [
        Region.FRONT,
        Region.RECITALS,
        Region.RECITALS,
        Region.OPERATIVE,
        Region.OPERATIVE,
    ]


def test_a_clause_with_no_parties_clause_has_its_terms_from_its_first_point() -> None:
    doc = structured(
        """
        52.222-50 Combating Trafficking in Persons.

        (a) Definitions. As used in this clause, fees include:

        (1) transport costs:

        (A) while in transit;

        (b) The Contractor shall not use forced labor.
        """
    )
    # "(a) Definitions. As used in this clause" opens the definitions, which end at (b).
    assert [c.region for c in doc.clauses] == [Region.FRONT] + [Region.DEFINITIONS] * 3 + [
        Region.OPERATIVE
    ]
    assert doc.clauses[3].label == "(a)(1)(A)"


def test_footnotes_are_notes_and_headers_are_furniture() -> None:
    blocks = (
        Block(index=0, text="Draft 3 - confidential", kind=BlockKind.HEADER, part=Part.HEADER),
        Block(index=1, text="1. The Supplier shall comply.", kind=BlockKind.PARAGRAPH),
        Block(index=2, text="See the UNGPs.", kind=BlockKind.FOOTNOTE, part=Part.FOOTNOTE),
    )
    doc = structure(Document(path="a.docx", format="docx", sha256="", blocks=blocks))
    assert [c.region for c in doc.clauses] == [Region.FURNITURE, Region.OPERATIVE, Region.NOTES]
    assert doc.clauses[2].label is None


def test_a_clause_bank_with_no_words_of_agreement_is_operative() -> None:
    doc = structured(
        "Model clauses\n\nThe Supplier shall respect human rights.\n\nIt shall report."
    )
    assert [c.region for c in doc.clauses] == [Region.FRONT, Region.OPERATIVE, Region.OPERATIVE]


# -- definitions and title ------------------------------------------------------------


def test_every_definition_form_is_found() -> None:
    doc = structured(
        """
        1. DEFINITIONS

        "Affiliate" means any entity under common Control;

        “Business Day” shall mean a weekday;

        "Personal Data" has the meaning given in the Act;

        "CONTRACTOR'S PROPOSAL" or "PROPOSAL" - the proposal of 1 May;

        "Term": the period in clause 3;

        Services means the services in Schedule 1;

        2. TERM

        2.1 As used herein, "Initial Term" means three years.

        2.2 ACME LTD (hereinafter referred to as the "Contractor") and BANK OF SOUTH PACIFIC
        LTD ("BSP" or "Bank of South Pacific Ltd") agree (each a "Party").

        2.3 VEGA SA (hereinafter "the Licensee") and CITY OF X ("Licensor") agree.
        """
    )
    found = {d.term: d.text for d in doc.definitions}
    assert found["Affiliate"] == "any entity under common Control;"
    assert found["Business Day"] == "a weekday;"
    assert found["Personal Data"].startswith("has the meaning given in the Act")
    assert found["CONTRACTOR'S PROPOSAL"] == found["PROPOSAL"] == "the proposal of 1 May;"
    assert found["Term"] == "the period in clause 3;"
    assert found["Services"] == "the services in Schedule 1;"
    assert found["Initial Term"] == "three years."
    assert found["Contractor"] == "ACME LTD"
    assert {"BSP", "Bank of South Pacific Ltd", "Party", "Licensee", "Licensor"} <= set(found)
    assert found["Licensee"] == "VEGA SA"


def test_a_definitions_table_gives_term_and_meaning() -> None:
    doc = structured(
        '| Term | Meaning |\n|---|---|\n| **"Supplier"** | ACME LTD |\n| Buyer | the Ministry |\n',
        "md",
    )
    assert [(d.term, d.text) for d in doc.definitions] == [
        ("Supplier", "ACME LTD"),
        ("Buyer", "the Ministry"),
    ]


def test_the_title_is_the_first_heading_that_names_the_instrument() -> None:
    assert structured(CONTRACT).title == "SUPPLY AGREEMENT"
    assert structured("EXHIBIT 10.3\n\nMASTER SERVICES AGREEMENT\n\n1. TERM").title == (
        "MASTER SERVICES AGREEMENT"
    )


def test_a_word_title_style_paragraph_is_the_title() -> None:
    blocks = (
        Block(index=0, text="Draft for discussion", kind=BlockKind.PARAGRAPH),
        Block(
            index=1,
            text="Framework Agreement for Cloud Services",
            kind=BlockKind.PARAGRAPH,
            style="Title",
        ),
    )
    doc = structure(Document(path="a.docx", format="docx", sha256="", blocks=blocks))
    assert doc.title == "Framework Agreement for Cloud Services"


def test_there_is_one_clause_per_block_and_locate_uses_it() -> None:
    doc = structured(CONTRACT)
    assert [c.block for c in doc.clauses] == [b.index for b in doc.blocks]
    block = clause_of(doc, "2.1 The Supplier").block
    location = doc.locate(block, 4, 16)
    assert (location.label, location.heading, location.part) == ("2.1", "HUMAN RIGHTS", "body")
    assert (location.line, location.column) is not None


def test_the_corpus_documents_cite_what_the_labelled_notes_cite(corpus) -> None:
    """Every location a labelled note gives ("clause 13.3", "Article 5(2)", "Section
    4.02", "Schedule 4, paragraph 7") is the full label of some block of its document."""
    import json
    import re

    from clausecheck.pipeline import read

    docs = corpus / "labelled" / "docs"
    notes = json.loads((docs / "labels.json").read_text(encoding="utf-8"))
    missing = []
    for name, entry in sorted(notes.items()):
        cited = set()
        for note in entry["notes"].values():
            for place in re.findall(r"\[([^\]]+)\]", note):
                place = place.split(" (")[0].removeprefix("clause ")
                if re.match(r"(?:\d|Article|Section|Schedule)", place):
                    cited.add(place)
        labels_found = {c.label for c in read(docs / name).clauses}
        missing += [f"{name}: {p}" for p in sorted(cited - labels_found)]
    assert missing == []


# -- properties -----------------------------------------------------------------------


_LABEL_GRAMMAR = read_resource("grammars", "document.lark")


# Numbers and letters are generated with a space after them: without it "Section 0" +
# "0)" would be written "Section 00)", which no reader could split either.
def _spaced(pattern: str, suffix: str = " "):
    return st.from_regex(pattern, fullmatch=True).map(lambda token: token + suffix)


_LABELS = from_lark(
    Lark(_LABEL_GRAMMAR, parser="lalr", start="label"),
    explicit={
        "NUMBER": _spaced(r"[0-9]{1,3}"),
        "NUMBER_DOT": _spaced(r"[0-9]{1,3}", ". "),
        "UPPER_ROMAN": st.sampled_from(["I ", "IV ", "IX ", "XII ", "XLIV "]),
        "LOWER_ROMAN": st.sampled_from(["i ", "iv ", "ix ", "xii "]),
        "UPPER_LETTER": _spaced(r"[A-HJ-UWYZ]{1,2}"),
        "LOWER_LETTER": _spaced(r"[a-hj-uwyz]{1,2}"),
    },
)


def test_every_rule_of_the_grammar_has_a_transformer_method_of_its_name() -> None:
    from clausecheck._shapes import ShapeTransformer

    grammar = Lark(_LABEL_GRAMMAR, parser="lalr", start=["label", "term_head", "designation"])
    kept = {r.alias or r.origin.name for r in grammar.rules}
    kept = {str(name) for name in kept if not str(name).startswith(("_", "__"))}
    kept -= {"label", "sub"}  # inlined with "?": they never reach the transformer
    assert kept and all(hasattr(ShapeTransformer, name) for name in kept), kept


@settings(max_examples=200, deadline=None)
@given(_LABELS)
def test_generated_labels_parse_back_to_themselves(written: str) -> None:
    label = parse_label(written)
    assert label is not None
    assert parse_label(label.render()) == label


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "1.",
                "1.1",
                "(a)",
                "(i)",
                "a)",
                "Article 5",
                "ARTICLE IV",
                "Section 4.02",
                "Schedule 2",
                "Part B",
                "WHEREAS",
                "NOW, THEREFORE, the Parties agree as follows:",
                "IN WITNESS",
                '"X" means',
                '(the "Supplier")',
                "between",
                "ACME LTD",
                " ",
                "\n",
                "\n\n",
                "-3-",
                "HUMAN RIGHTS",
                "The Supplier shall",
                "(",
                ")",
                '"',
                "Annex A",
                "§",
            ]
        ),
        max_size=40,
    )
)
def test_arbitrary_text_never_raises_anything_but_a_clausecheck_error(pieces: list[str]) -> None:
    try:
        doc = structured("".join(pieces))
    except ClausecheckError:
        return
    assert len(doc.clauses) == len(doc.blocks)
    assert all(c.block == i for i, c in enumerate(doc.clauses))


def test_structure_does_not_change_its_input() -> None:
    blocks, _ = read_text(b"1. TERM\n\n1.1 It lasts.", "a.txt")
    doc = Document(path="a.txt", format="txt", sha256="", blocks=blocks)
    copy = dataclasses.replace(doc)
    structure(doc)
    assert doc == copy and doc.clauses == ()
