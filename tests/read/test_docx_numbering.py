"""Word's automatic numbering: the label in ``Block.label`` is the one Word displays.

Each test writes its own ``numbering.xml`` (see docs/design/word-numbering.md) and the
numbered paragraphs, and asserts every (label, text) pair.
"""

from __future__ import annotations

from docx_builder import build_docx, labels, level, numbered, p, read

from clausecheck.model import BlockKind
from clausecheck.read.docx import read_docx


def abstract(number: int, *levels: str, extra: str = "") -> str:
    return f'<w:abstractNum w:abstractNumId="{number}">{extra}{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


CLAUSES = abstract(
    1,
    level(0, "decimal", "%1."),
    level(1, "decimal", "%1.%2"),
    level(2, "lowerLetter", "(%3)"),
    level(3, "lowerRoman", "(%4)"),
) + num(1, 1)


def test_multilevel_decimal_labels_restart_lower_levels_when_a_higher_level_advances() -> None:
    body = (
        numbered("Definitions", 1, 0)
        + numbered("Meaning of terms.", 1, 1)
        + numbered("Interpretation.", 1, 1)
        + numbered("Human Rights", 1, 0)
        + numbered("Due diligence.", 1, 1)
        + numbered("identify impacts;", 1, 2)
        + numbered("in design;", 1, 3)
        + numbered("in deployment;", 1, 3)
        + numbered("mitigate them.", 1, 2)
        + p("Unnumbered closing words.")
    )
    blocks = read(build_docx(body, numbering=CLAUSES))
    assert labels(blocks) == [
        ("1.", "Definitions"),
        ("1.1", "Meaning of terms."),
        ("1.2", "Interpretation."),
        ("2.", "Human Rights"),
        ("2.1", "Due diligence."),
        ("(a)", "identify impacts;"),
        ("(i)", "in design;"),
        ("(ii)", "in deployment;"),
        ("(b)", "mitigate them."),
        (None, "Unnumbered closing words."),
    ]
    assert [(b.kind, b.level) for b in blocks[:3]] == [
        (BlockKind.LIST_ITEM, 0),
        (BlockKind.LIST_ITEM, 1),
        (BlockKind.LIST_ITEM, 1),
    ]


def test_every_number_format_is_written_as_word_writes_it() -> None:
    formats = [
        ("decimal", "%1"),
        ("decimalZero", "%1"),
        ("lowerLetter", "%1)"),
        ("upperLetter", "%1."),
        ("lowerRoman", "%1."),
        ("upperRoman", "Part %1"),
        ("ordinal", "%1"),
        ("cardinalText", "%1"),
        ("ordinalText", "%1"),
    ]
    numbering = "".join(
        abstract(index, level(0, fmt, text, start=4)) + num(index + 1, index)
        for index, (fmt, text) in enumerate(formats)
    )
    body = "".join(
        numbered(f"{fmt} first", index + 1) + numbered(f"{fmt} second", index + 1)
        for index, (fmt, _) in enumerate(formats)
    )
    blocks = read(build_docx(body, numbering=numbering))
    assert [b.label for b in blocks] == [
        "4",
        "5",
        "04",
        "05",
        "d)",
        "e)",
        "D.",
        "E.",
        "iv.",
        "v.",
        "Part IV",
        "Part V",
        "4th",
        "5th",
        "Four",
        "Five",
        "Fourth",
        "Fifth",
    ]


def test_letters_beyond_z_repeat_as_word_does() -> None:
    numbering = abstract(0, level(0, "lowerLetter", "(%1)", start=26)) + num(1, 0)
    body = "".join(numbered(f"item {i}", 1) for i in range(3))
    assert [b.label for b in read(build_docx(body, numbering=numbering))] == ["(z)", "(aa)", "(bb)"]


def test_level_text_with_words_and_several_placeholders() -> None:
    numbering = abstract(
        0,
        level(0, "decimal", "Article %1"),
        level(1, "decimal", "%1.%2"),
        level(2, "lowerLetter", "%1.%2(%3)"),
    ) + num(1, 0)
    body = (
        numbered("Scope", 1, 0)
        + numbered("Audit", 1, 0)
        + numbered("Access to records.", 1, 1)
        + numbered("Access to sites.", 1, 1)
        + numbered("Human rights audits.", 1, 1)
        + numbered("on notice;", 1, 2)
        + numbered("without notice.", 1, 2)
    )
    assert labels(read(build_docx(body, numbering=numbering))) == [
        ("Article 1", "Scope"),
        ("Article 2", "Audit"),
        ("2.1", "Access to records."),
        ("2.2", "Access to sites."),
        ("2.3", "Human rights audits."),
        ("2.3(a)", "on notice;"),
        ("2.3(b)", "without notice."),
    ]


def test_level_skipped_before_its_first_use_shows_zero_as_word_does() -> None:
    body = numbered("A sub-clause before any clause.", 1, 1) + numbered("Clause.", 1, 0)
    assert labels(read(build_docx(body, numbering=CLAUSES))) == [
        ("0.1", "A sub-clause before any clause."),
        ("1.", "Clause."),
    ]


def test_lvl_restart_controls_when_a_lower_level_restarts() -> None:
    numbering = abstract(
        0,
        level(0, "upperRoman", "Part %1"),
        level(1, "decimal", "%2.", extra='<w:lvlRestart w:val="0"/>'),  # never restarts
        level(2, "lowerLetter", "(%3)", extra='<w:lvlRestart w:val="1"/>'),  # only on Part
    ) + num(1, 0)
    body = (
        numbered("General", 1, 0)
        + numbered("Clause", 1, 1)
        + numbered("point", 1, 2)
        + numbered("Clause", 1, 1)
        + numbered("point", 1, 2)
        + numbered("Special", 1, 0)
        + numbered("Clause", 1, 1)
        + numbered("point", 1, 2)
    )
    assert [b.label for b in read(build_docx(body, numbering=numbering))] == [
        "Part I",
        "1.",
        "(a)",
        "2.",
        "(b)",
        "Part II",
        "3.",
        "(a)",
    ]


def test_counters_are_shared_per_abstract_num_and_start_override_restarts() -> None:
    numbering = (
        abstract(0, level(0, "lowerLetter", "(%1)"))
        + num(1, 0)
        + num(2, 0)  # same list, no override: continues the sequence
        + num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
        + num(4, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>')
    )
    body = (
        numbered("first list", 1)
        + numbered("first list", 1)
        + numbered("second num, same list", 2)
        + numbered("restarted", 3)
        + numbered("restarted", 3)
        + numbered("back to num 1, shares the counter", 1)
        + numbered("starts at e", 4)
    )
    assert [b.label for b in read(build_docx(body, numbering=numbering))] == [
        "(a)",
        "(b)",
        "(c)",
        "(a)",
        "(b)",
        "(c)",
        "(e)",
    ]


def test_a_level_override_replaces_the_level_definition_for_that_num() -> None:
    numbering = (
        abstract(0, level(0, "decimal", "%1."))
        + num(1, 0)
        + num(
            2,
            0,
            '<w:lvlOverride w:ilvl="0">'
            + level(0, "upperLetter", "Annex %1", start=1)
            + "</w:lvlOverride>",
        )
    )
    body = numbered("Main", 1) + numbered("Main", 1) + numbered("Annex", 2) + numbered("Annex", 2)
    assert [b.label for b in read(build_docx(body, numbering=numbering))] == [
        "1.",
        "2.",
        "Annex A",
        "Annex B",
    ]


def test_numbering_inherited_from_heading_styles_through_based_on_and_pstyle_levels() -> None:
    numbering = abstract(
        0,
        level(0, "decimal", "%1.", extra='<w:pStyle w:val="Heading1"/>'),
        level(1, "decimal", "%1.%2", extra='<w:pStyle w:val="Heading2"/>'),
        level(2, "lowerLetter", "(%3)", extra='<w:pStyle w:val="ClauseText"/>'),
    ) + num(7, 0)
    styles = (
        # Heading 1 and 2 are linked to the list without an ilvl: the level's pStyle decides.
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>'
        "</w:style>"
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr>'
        '<w:outlineLvl w:val="1"/></w:pPr></w:style>'
        # A style based on a numbered style inherits its numbering.
        '<w:style w:type="paragraph" w:styleId="ClauseText"><w:name w:val="Clause Text"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="ClauseTextBold"><w:name w:val="Clause Bold"/>'
        '<w:basedOn w:val="ClauseText"/></w:style>'
    )
    body = (
        p("Audit", '<w:pStyle w:val="Heading1"/>')
        + p("Records", '<w:pStyle w:val="Heading2"/>')
        + p("books;", '<w:pStyle w:val="ClauseText"/>')
        + p("systems.", '<w:pStyle w:val="ClauseTextBold"/>')
        + p(
            "Not numbered here",
            '<w:pStyle w:val="Heading2"/><w:numPr><w:numId w:val="0"/></w:numPr>',
        )
        + p("Sites", '<w:pStyle w:val="Heading2"/>')
    )
    blocks = read(build_docx(body, numbering=numbering, styles=styles))
    assert [(b.label, b.text, b.kind, b.level) for b in blocks] == [
        ("1.", "Audit", BlockKind.HEADING, 1),
        ("1.1", "Records", BlockKind.HEADING, 2),
        ("(a)", "books;", BlockKind.LIST_ITEM, 2),
        ("(b)", "systems.", BlockKind.LIST_ITEM, 2),
        (None, "Not numbered here", BlockKind.HEADING, 2),
        ("1.2", "Sites", BlockKind.HEADING, 2),
    ]


def test_is_lgl_writes_every_level_in_decimal() -> None:
    numbering = abstract(
        0,
        level(0, "upperRoman", "ARTICLE %1"),
        level(1, "decimal", "Section %1.%2", extra="<w:isLgl/>"),
    ) + num(1, 0)
    body = (
        numbered("Definitions", 1, 0)
        + numbered("Term", 1, 0)
        + numbered("Human Rights", 1, 0)
        + numbered("Due diligence", 1, 1)
        + numbered("Reporting", 1, 1)
    )
    assert [b.label for b in read(build_docx(body, numbering=numbering))] == [
        "ARTICLE I",
        "ARTICLE II",
        "ARTICLE III",
        "Section 3.1",
        "Section 3.2",
    ]


def test_num_style_link_takes_the_levels_of_the_numbering_style() -> None:
    numbering = (
        abstract(
            0,
            level(0, "decimal", "%1."),
            level(1, "lowerLetter", "(%2)"),
            extra='<w:styleLink w:val="ContractList"/>',
        )
        + abstract(1, extra='<w:numStyleLink w:val="ContractList"/>')
        + num(1, 0)
        + num(2, 1)
    )
    styles = (
        '<w:style w:type="numbering" w:styleId="ContractList"><w:name w:val="Contract List"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    )
    body = numbered("Clause", 2, 0) + numbered("point", 2, 1) + numbered("Clause", 1, 0)
    assert [b.label for b in read(build_docx(body, numbering=numbering, styles=styles))] == [
        "1.",
        "(a)",
        "2.",
    ]


def test_numbering_counts_through_table_cells_in_document_order() -> None:
    numbering = abstract(0, level(0, "decimal", "%1.")) + num(1, 0)
    body = (
        numbered("Before", 1)
        + f"<w:tbl><w:tr><w:tc>{numbered('In a cell', 1)}</w:tc></w:tr></w:tbl>"
        + numbered("After", 1)
    )
    blocks = read(build_docx(body, numbering=numbering))
    assert [(b.label, b.kind, b.cell) for b in blocks] == [
        ("1.", BlockKind.LIST_ITEM, None),
        ("2.", BlockKind.TABLE_CELL, (0, 0, 0)),
        ("3.", BlockKind.LIST_ITEM, None),
    ]


def test_empty_numbered_paragraph_takes_a_number_but_gives_no_block() -> None:
    numbering = abstract(0, level(0, "decimal", "%1.")) + num(1, 0)
    body = numbered("One", 1) + numbered("", 1) + numbered("Three", 1)
    assert labels(read(build_docx(body, numbering=numbering))) == [("1.", "One"), ("3.", "Three")]


def test_paragraph_with_deleted_mark_takes_no_number() -> None:
    numbering = abstract(0, level(0, "decimal", "%1.")) + num(1, 0)
    deleted = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        '<w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr>'
        '<w:del w:id="2" w:author="A"><w:r><w:delText>Struck clause.</w:delText></w:r></w:del>'
        "</w:p>"
    )
    body = numbered("Kept", 1) + deleted + numbered("Renumbered", 1)
    assert labels(read(build_docx(body, numbering=numbering))) == [
        ("1.", "Kept"),
        ("2.", "Renumbered"),
    ]


def test_undefined_num_id_and_unknown_format_are_handled_without_guessing() -> None:
    numbering = abstract(0, level(0, "hebrew1", "%1.")) + num(1, 0)
    body = numbered("Unknown list", 99) + numbered("Hebrew", 1)
    blocks, warnings = read_docx(build_docx(body, numbering=numbering), "x.docx")
    assert labels(blocks) == [(None, "Unknown list"), ("1.", "Hebrew")]
    assert blocks[0].kind is BlockKind.PARAGRAPH
    assert warnings == ("numbering format 'hebrew1' is shown as decimal",)


def test_legal_numbering_shows_previous_levels_in_decimal_and_keeps_its_own_format() -> None:
    """isLgl (ISO/IEC 29500-1 §17.9.4): "ARTICLE II" over "Section 2.01", not "2.1"."""
    numbering = abstract(
        0,
        level(0, "upperRoman", "ARTICLE %1"),
        level(1, "decimalZero", "Section %1.%2", extra="<w:isLgl/>"),
        level(2, "lowerLetter", "%1.%2(%3)", extra="<w:isLgl/>"),
    ) + num(1, 0)
    body = (
        numbered("Definitions", 1, 0)
        + numbered("Human Rights", 1, 0)
        + numbered("Due diligence", 1, 1)
        + numbered("Audit", 1, 1)
        + numbered("on notice", 1, 2)
    )
    assert [b.label for b in read(build_docx(body, numbering=numbering))] == [
        "ARTICLE I",
        "ARTICLE II",
        "Section 2.01",
        "Section 2.02",
        "2.2(a)",
    ]


def test_drafted_section_style_word_file_reads_back_with_the_labels_it_was_drafted_with() -> None:
    import clausecheck

    options = {"rules": ["DD2", "OV1"], "numbering": "section", "clause_number": 28}
    drafted_text = " ".join(clausecheck.draft("procurement", **options).split())
    word = clausecheck.draft("procurement", format="docx", **options)
    blocks, _ = read_docx(word, "drafted.docx")
    labelled = [b for b in blocks if b.label]
    assert labelled[0].label == "ARTICLE XXVIII"
    assert [b.label for b in labelled[1:3]] == ["Section 28.01", "Section 28.02"]
    for block in labelled[1:]:
        assert f"{block.label} {block.text}" in drafted_text


def test_malformed_or_missing_start_and_restart_values_keep_the_defaults() -> None:
    numbering = (
        abstract(
            0,
            '<w:lvl w:ilvl="0"><w:start w:val="x"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/></w:lvl>',
            '<w:lvl w:ilvl="1"><w:start/><w:numFmt w:val="lowerLetter"/>'
            '<w:lvlRestart w:val="one"/><w:lvlText w:val="(%2)"/></w:lvl>',
        )
        + num(1, 0)
        + num(2, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val=""/></w:lvlOverride>')
    )
    body = (
        numbered("Clause", 1, 0)
        + numbered("point", 1, 1)
        + numbered("Clause", 1, 0)
        + numbered("point", 1, 1)
        + numbered("Restarted list", 2, 0)
    )
    assert [b.label for b in read(build_docx(body, numbering=numbering))] == [
        "1.",
        "(a)",
        "2.",
        "(a)",
        "1.",
    ]


def test_start_values_are_held_to_words_range_and_labels_stay_short() -> None:
    numbering = (
        abstract(0, level(0, "upperRoman", "Part %1", start=10**15))
        + abstract(1, level(0, "decimal", "%1.", start=-7))
        + abstract(2, level(0, "lowerLetter", "%1" * 90))
        + num(1, 0)
        + num(2, 1)
        + num(3, 2, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="99999999"/></w:lvlOverride>')
    )
    body = numbered("Huge", 1) + numbered("Negative", 2) + numbered("Repeated", 3)
    blocks = read(build_docx(body, numbering=numbering))
    assert blocks[0].label == "Part MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMDCCLXVII"  # 32767
    assert blocks[1].label == "0."
    assert blocks[2].label == "g" * 200  # letter 32767 is "g" 1,261 times; cut at 200
