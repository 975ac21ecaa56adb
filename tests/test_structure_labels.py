"""Labels and headings in layouts other drafters use: EU "Article II.4(1)", licence
conditions, "A.1" paragraphs, Markdown headings in plain text, US model clauses (FAR),
Word heading styles in sentence case, and tables whose cells hold numbers."""

from __future__ import annotations

from textwrap import dedent

from clausecheck.model import Block, BlockKind, Document, Part, Region
from clausecheck.read.markdown import read_markdown
from clausecheck.read.text import read_text
from clausecheck.structure import structure


def structured(source: str, fmt: str = "txt") -> Document:
    data = dedent(source).strip().encode("utf-8")
    reader = read_markdown if fmt == "md" else read_text
    blocks, warnings = reader(data, f"contract.{fmt}")
    return structure(
        Document(path=f"contract.{fmt}", format=fmt, sha256="", blocks=blocks, warnings=warnings)
    )


def from_blocks(*blocks: tuple[str, BlockKind]) -> Document:
    made = tuple(
        Block(
            index=at, text=text, kind=kind, style="Heading 1" if kind is BlockKind.HEADING else None
        )
        for at, (text, kind) in enumerate(blocks)
    )
    return structure(Document(path="a.docx", format="docx", sha256="", blocks=made))


def cited(doc: Document) -> list[str | None]:
    return [c.label for c in doc.clauses]


def test_eu_articles_numbered_within_a_roman_part_cite_article_ii_4_paragraph_1() -> None:
    doc = from_blocks(
        ("II. GENERAL CONDITIONS", BlockKind.HEADING),
        ("Article II.4 - Performance of the contract", BlockKind.HEADING),
        (
            "(1) The Contractor must perform the contract to high professional standards.",
            P := BlockKind.PARAGRAPH,
        ),
        ("(2) The Contractor is responsible for its personnel.", P),
        ("Article II.5 - Communication", BlockKind.HEADING),
        ("(1) Communications must be in writing.", P),
    )
    assert cited(doc) == [
        "II",
        "Article II.4",
        "Article II.4(1)",
        "Article II.4(2)",
        "Article II.5",
        "Article II.5(1)",
    ]
    assert doc.clauses[2].heading == "Performance of the contract"


def test_licence_conditions_cite_condition_12_and_condition_12_1() -> None:
    doc = structured(
        """
        PART 2 - CONDITIONS

        Condition 11 - Records

        11.1 The Licensee must keep records for six years.

        Condition 12 – Human Rights

        12.1 The Licensee must respect human rights.

        12.2 The Licensee must:

        (a) assess its impacts; and

        (b) report on them.
        """
    )
    assert cited(doc)[1:] == [
        "Condition 11",
        "Condition 11.1",
        "Condition 12",
        "Condition 12.1",
        "Condition 12.2",
        "Condition 12.2(a)",
        "Condition 12.2(b)",
    ]
    heading_line = doc.clauses[3]
    assert heading_line.is_heading and heading_line.heading == "Human Rights"


def test_standard_conditions_of_a_licence_annex_are_cited_as_conditions() -> None:
    doc = structured(
        """
        1. GRANT

        1.1 The Agency licenses the Licensee.

        ANNEX - STANDARD CONDITIONS

        Standard Condition 9 — Annual report. The Licensee shall publish a report.

        General Condition 4 - Fees. The Licensee shall pay the fees.
        """
    )
    assert cited(doc)[3:] == ["Condition 9", "General Condition 4"]
    assert doc.clauses[3].heading == "Annual report"


def test_an_unnumbered_heading_in_a_heading_style_does_not_carry_the_clause_before() -> None:
    doc = from_blocks(
        ("1. SCOPE", BlockKind.HEADING),
        ("1.1 The Supplier shall supply the System.", BlockKind.PARAGRAPH),
        ("Human rights", BlockKind.HEADING),
        ("The Supplier shall respect human rights.", BlockKind.PARAGRAPH),
    )
    assert cited(doc) == ["1", "1.1", "1", "1"]
    assert doc.clauses[3].heading == "Human rights"


def test_a_line_in_capitals_inside_a_clause_does_not_take_the_clauses_label() -> None:
    doc = structured(
        """
        NOW, THEREFORE, the Parties agree as follows:

        5. PAYMENT

        5.2 The Customer shall pay:

        (a) the fees;

        CONFIDENTIAL TREATMENT REQUESTED

        (b) the expenses.
        """
    )
    assert [c.label for c in doc.clauses][4:] == ["5", "5.2(b)"]


def test_paragraphs_lettered_by_part_cite_a_1() -> None:
    doc = structured(
        """
        Part A - Grant

        A.1 The Commission grants this licence to the Licensee.

        A.2 The Licence is granted for twenty years.
        """
    )
    assert cited(doc) == ["Part A", "A.1", "A.2"]
    assert doc.clauses[1].body_start == len("A.1 ")


def test_a_markdown_heading_in_a_text_file_is_a_heading_without_its_marks() -> None:
    doc = structured(
        """
        12. NOTICES

        12.1 Notices must be in writing.

        ## Miscellaneous

        This Agreement is the entire agreement.
        """
    )
    block = doc.blocks[2]
    assert (block.text, block.kind, block.level) == ("Miscellaneous", BlockKind.HEADING, 2)
    assert block.position(0) == (5, 4)
    assert doc.clauses[2].is_heading and doc.clauses[3].heading == "Miscellaneous"


def test_a_far_model_clause_has_a_title_a_lead_in_and_definitions() -> None:
    doc = structured(
        """
        52.299-1 Protection of Workers.

        As prescribed in 99.101, insert the following clause:

        Protection of Workers (JAN 2026)

        (a) Definitions. As used in this clause-

        Worker means any person engaged in the performance of the contract.

        (b) By accepting this contract, the Contractor represents that it -

        (1) Will not use forced labor; and

        (2) Will report any use of forced labor.
        """
    )
    assert doc.title == "52.299-1 Protection of Workers."
    regions = [c.region for c in doc.clauses]
    assert regions == [Region.FRONT] * 3 + [Region.DEFINITIONS] * 2 + [Region.OPERATIVE] * 3


def test_the_lead_in_of_a_provision_with_no_label_is_a_term_of_the_clause_bank() -> None:
    doc = structured(
        """
        252.299-7001 Representation on Workers.

        As prescribed in 299.771, use the following provision:

        Representation on Workers (JAN 2026)

        By submission of its offer, the Offeror represents that it -

        (a) Will not use forced labor.
        """
    )
    assert [c.region for c in doc.clauses] == [Region.FRONT] * 3 + [Region.OPERATIVE] * 2


def test_a_sentence_case_heading_in_a_word_heading_style_is_a_heading() -> None:
    doc = from_blocks(
        ("1. Services", BlockKind.HEADING),
        ("1.1 The Provider shall run the service.", BlockKind.PARAGRAPH),
        ("Schedule 1 – Human rights", BlockKind.HEADING),
        ("1. The Provider shall respect human rights.", BlockKind.PARAGRAPH),
    )
    schedule = doc.clauses[2]
    assert (schedule.label, schedule.is_heading, schedule.heading) == (
        "Schedule 1",
        True,
        "Human rights",
    )
    assert schedule.region is Region.SCHEDULE
    assert doc.clauses[3].label == "Schedule 1, paragraph 1"


def test_a_numbered_markdown_heading_in_sentence_case_heads_its_clause() -> None:
    doc = structured(
        "## 9 Information requests by the authority\n\n9.1 The Operator shall comply.", "md"
    )
    assert [c.label for c in doc.clauses] == ["9", "9.1"]
    assert doc.clauses[1].heading == "Information requests by the authority"


def test_numbers_in_table_cells_are_neither_page_numbers_nor_headings() -> None:
    blocks = (
        Block(index=0, text="3.1 The prices are:", kind=BlockKind.PARAGRAPH),
        Block(index=1, text="1", kind=BlockKind.TABLE_CELL, part=Part.TABLE, cell=(0, 0, 0)),
        Block(
            index=2, text="11 500.00", kind=BlockKind.TABLE_CELL, part=Part.TABLE, cell=(0, 0, 1)
        ),
        Block(index=3, text="3.2 Prices are fixed.", kind=BlockKind.PARAGRAPH),
    )
    doc = structure(Document(path="a.docx", format="docx", sha256="", blocks=blocks))
    assert doc.clauses[1].region is not Region.FURNITURE
    assert doc.clauses[3].heading is None
