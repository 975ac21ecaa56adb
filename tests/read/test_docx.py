"""The Word reader gives the accepted text a lawyer sees, no more and no less.

Each test builds its .docx here (python-docx plus the raw XML of the quirk under test)
and asserts the exact text, kind, part and label of every block. Numbering has its own
file, ``test_docx_numbering.py``.
"""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

import docx
from docx_builder import build_docx, labels, p, read, texts

from clausecheck.model import BlockKind, Part
from clausecheck.read.docx import read_docx


def run(text: str, rpr: str = "") -> str:
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


# ---------------------------------------------------------------------------
# Runs and inline wrappers
# ---------------------------------------------------------------------------


def test_text_split_across_many_runs_is_joined_into_one_block() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    for piece in ("The Sup", "plier ", "shall", " notify the Authority."):
        paragraph.add_run(piece).bold = True
    blocks = read(build_docx(document=document))
    assert texts(blocks) == ["The Supplier shall notify the Authority."]
    assert blocks[0].kind is BlockKind.PARAGRAPH
    assert blocks[0].part is Part.BODY
    assert blocks[0].style == "Normal"
    assert blocks[0].index == 0


def test_hyperlink_smart_tag_custom_xml_and_bidi_wrappers_are_joined() -> None:
    body = (
        "<w:p>"
        + run("See ")
        + f'<w:hyperlink r:id="rIdMissing">{run("the Portal")}</w:hyperlink>'
        + f'<w:smartTag w:uri="u" w:element="place">{run(" in Norland")}</w:smartTag>'
        + f'<w:customXml w:element="party">{run(", the Supplier")}</w:customXml>'
        + f'<w:bdo w:val="rtl">{run(" and")}</w:bdo>'
        + f'<w:dir w:val="ltr">{run(" the Ministry")}</w:dir>'
        + run(".")
        + "</w:p>"
    )
    assert texts(read(build_docx(body))) == [
        "See the Portal in Norland, the Supplier and the Ministry."
    ]


def test_empty_paragraphs_give_no_block_and_indexes_stay_consecutive() -> None:
    body = p("First.") + p() + "<w:p><w:r><w:t> </w:t></w:r></w:p>" + p("Second.")
    blocks = read(build_docx(body))
    assert texts(blocks) == ["First.", "Second."]
    assert [block.index for block in blocks] == [0, 1]


# ---------------------------------------------------------------------------
# Tracked changes: the accepted view
# ---------------------------------------------------------------------------


def test_tracked_insertion_is_kept_and_tracked_deletion_dropped() -> None:
    body = (
        "<w:p>"
        + run("The Supplier ")
        + '<w:del w:id="1" w:author="A"><w:r><w:delText>may</w:delText></w:r></w:del>'
        + f'<w:ins w:id="2" w:author="A">{run("shall")}</w:ins>'
        + run(" carry out human rights due diligence.")
        + "</w:p>"
    )
    blocks, warnings = read_docx(build_docx(body), "draft.docx")
    assert texts(blocks) == ["The Supplier shall carry out human rights due diligence."]
    assert any("2 tracked change(s)" in warning for warning in warnings)


def test_moved_text_appears_once_at_its_destination() -> None:
    body = (
        "<w:p>"
        + f'<w:moveFrom w:id="1" w:author="A">{run("Audit rights. ")}</w:moveFrom>'
        + run("Payment terms.")
        + "</w:p><w:p>"
        + run("Scope. ")
        + f'<w:moveTo w:id="2" w:author="A">{run("Audit rights.")}</w:moveTo>'
        + "</w:p>"
    )
    assert texts(read(build_docx(body))) == ["Payment terms.", "Scope. Audit rights."]


def test_deleted_paragraph_mark_joins_the_paragraph_with_the_next() -> None:
    deleted_mark = '<w:rPr><w:del w:id="9" w:author="A"/></w:rPr>'
    body = (
        p("The Supplier shall report ", deleted_mark)
        + p("every quarter.")
        + "<w:p><w:pPr>"
        + deleted_mark
        + "</w:pPr>"
        + '<w:del w:id="3" w:author="A"><w:r><w:delText>A whole deleted paragraph.'
        + "</w:delText></w:r></w:del></w:p>"
        + p("Next clause.")
    )
    assert texts(read(build_docx(body))) == [
        "The Supplier shall report every quarter.",
        "Next clause.",
    ]


def test_deleted_table_row_is_dropped() -> None:
    body = (
        "<w:tbl>"
        f"<w:tr><w:tc>{p('Kept row')}</w:tc></w:tr>"
        f'<w:tr><w:trPr><w:del w:id="1" w:author="A"/></w:trPr><w:tc>{p("Gone")}</w:tc></w:tr>'
        f"<w:tr><w:tc>{p('Last row')}</w:tc></w:tr>"
        "</w:tbl>"
    )
    blocks = read(build_docx(body))
    assert [(block.text, block.cell) for block in blocks] == [
        ("Kept row", (0, 0, 0)),
        ("Last row", (0, 1, 0)),
    ]


# ---------------------------------------------------------------------------
# Tables and content controls, in document order
# ---------------------------------------------------------------------------


def test_table_cells_are_blocks_in_document_order_with_their_coordinates() -> None:
    document = docx.Document()
    document.add_paragraph("Before the table.")
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate((("Term", "Meaning"), ("Authority", "the Ministry"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_paragraph("After the table.")
    blocks = read(build_docx(document=document))
    assert [(b.text, b.kind, b.part, b.cell) for b in blocks] == [
        ("Before the table.", BlockKind.PARAGRAPH, Part.BODY, None),
        ("Term", BlockKind.TABLE_CELL, Part.TABLE, (0, 0, 0)),
        ("Meaning", BlockKind.TABLE_CELL, Part.TABLE, (0, 0, 1)),
        ("Authority", BlockKind.TABLE_CELL, Part.TABLE, (0, 1, 0)),
        ("the Ministry", BlockKind.TABLE_CELL, Part.TABLE, (0, 1, 1)),
        ("After the table.", BlockKind.PARAGRAPH, Part.BODY, None),
    ]


def test_nested_table_is_read_inside_its_cell_with_its_own_table_number() -> None:
    inner = f"<w:tbl><w:tr><w:tc>{p('Inner A')}</w:tc><w:tc>{p('Inner B')}</w:tc></w:tr></w:tbl>"
    body = (
        f"<w:tbl><w:tr><w:tc>{p('Outer before')}{inner}{p('Outer after')}</w:tc>"
        f"<w:tc>{p('Outer right')}</w:tc></w:tr></w:tbl>"
        f"<w:tbl><w:tr><w:tc>{p('Second table')}</w:tc></w:tr></w:tbl>"
    )
    blocks = read(build_docx(body))
    assert [(b.text, b.cell) for b in blocks] == [
        ("Outer before", (0, 0, 0)),
        ("Inner A", (1, 0, 0)),
        ("Inner B", (1, 0, 1)),
        ("Outer after", (0, 0, 0)),
        ("Outer right", (0, 0, 1)),
        ("Second table", (2, 0, 0)),
    ]


def test_merged_cells_are_read_once_at_their_grid_column() -> None:
    span = '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>'
    restart = '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>'
    follow = "<w:tcPr><w:vMerge/></w:tcPr>"
    body = (
        "<w:tbl>"
        f"<w:tr><w:tc>{span}{p('Price schedule')}</w:tc><w:tc>{p('Notes')}</w:tc></w:tr>"
        f"<w:tr><w:tc>{restart}{p('Licences')}</w:tc><w:tc>{p('Year 1')}</w:tc>"
        f"<w:tc>{p('100')}</w:tc></w:tr>"
        f"<w:tr><w:tc>{follow}{p('Licences')}</w:tc><w:tc>{p('Year 2')}</w:tc>"
        f"<w:tc>{p('110')}</w:tc></w:tr>"
        "</w:tbl>"
    )
    blocks = read(build_docx(body))
    assert [(b.text, b.cell) for b in blocks] == [
        ("Price schedule", (0, 0, 0)),
        ("Notes", (0, 0, 2)),
        ("Licences", (0, 1, 0)),
        ("Year 1", (0, 1, 1)),
        ("100", (0, 1, 2)),
        ("Year 2", (0, 2, 1)),
        ("110", (0, 2, 2)),
    ]


def test_content_controls_are_read_in_place_at_block_inline_row_and_cell_level() -> None:
    def sdt(content: str) -> str:
        return (
            '<w:sdt><w:sdtPr><w:alias w:val="Hidden alias"/><w:tag w:val="t"/></w:sdtPr>'
            f"<w:sdtContent>{content}</w:sdtContent></w:sdt>"
        )

    body = (
        p("Opening.")
        + sdt(p("Block control."))
        + "<w:p>"
        + run("The ")
        + sdt(run("Supplier"))
        + run(" shall comply.")
        + "</w:p>"
        + "<w:tbl>"
        + sdt(f"<w:tr><w:tc>{p('Row in a control')}</w:tc></w:tr>")
        + "<w:tr>"
        + sdt("<w:tc>" + p("Cell in a control") + "</w:tc>")
        + f"<w:tc>{p('Plain cell')}</w:tc>"
        + "</w:tr></w:tbl>"
        + p("Closing.")
    )
    blocks = read(build_docx(body))
    assert [(b.text, b.cell) for b in blocks] == [
        ("Opening.", None),
        ("Block control.", None),
        ("The Supplier shall comply.", None),
        ("Row in a control", (0, 0, 0)),
        ("Cell in a control", (0, 1, 0)),
        ("Plain cell", (0, 1, 1)),
        ("Closing.", None),
    ]


# ---------------------------------------------------------------------------
# Fields
# ---------------------------------------------------------------------------


def test_field_instructions_are_dropped_and_results_kept() -> None:
    def fld(kind: str) -> str:
        return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'

    body = (
        "<w:p>"
        + run("As set out in clause ")
        + fld("begin")
        + '<w:r><w:instrText xml:space="preserve"> REF _Ref123 \\r \\h </w:instrText></w:r>'
        + fld("separate")
        + run("12.3")
        + fld("end")
        + run(" (see ")
        # a field nested in another field's instruction shows nothing of its own
        + fld("begin")
        + '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
        + fld("begin")
        + "<w:r><w:instrText> DOCPROPERTY x </w:instrText></w:r>"
        + fld("separate")
        + run("inner result")
        + fld("end")
        + '<w:r><w:instrText xml:space="preserve"> = 1 "Schedule 2" </w:instrText></w:r>'
        + fld("separate")
        + run("Schedule 2")
        + fld("end")
        + run(")")
        + '<w:fldSimple w:instr=" PAGE ">'
        + run(" on page 4")
        + "</w:fldSimple>"
        + run(".")
        + "</w:p>"
    )
    assert texts(read(build_docx(body))) == [
        "As set out in clause 12.3 (see Schedule 2) on page 4."
    ]


# ---------------------------------------------------------------------------
# Characters: breaks, tabs, spaces, hyphens, symbols
# ---------------------------------------------------------------------------


def test_breaks_tabs_and_special_characters_are_normalised() -> None:
    body = (
        "<w:p><w:r>"
        "<w:t>Line</w:t><w:br/><w:t>two</w:t><w:cr/><w:t>three</w:t><w:tab/><w:t>tabbed</w:t>"
        '<w:t xml:space="preserve">  and\u00a0no-break  </w:t>'
        "<w:t>e</w:t><w:noBreakHyphen/><w:t>mail</w:t>"
        '<w:t xml:space="preserve"> hu</w:t><w:softHyphen/>'
        "<w:t>man rights</w:t>"
        '<w:t xml:space="preserve"> </w:t>'
        '<w:sym w:font="Symbol" w:char="F0B3"/><w:t>5</w:t>'
        '<w:t xml:space="preserve"> </w:t><w:sym w:font="Wingdings" w:char="F0FC"/>'
        '<w:sym w:font="Arial" w:char="00A7"/><w:t>4</w:t>'
        "</w:r></w:p>"
    )
    assert texts(read(build_docx(body))) == [
        "Line two three tabbed and no-break e-mail human rights ≥5 §4"
    ]


def test_page_and_column_breaks_do_not_split_a_paragraph() -> None:
    body = (
        '<w:p><w:r><w:t>End of page</w:t><w:br w:type="page"/><w:t>start of next</w:t>'
        '<w:br w:type="column"/><w:t>and column.</w:t></w:r></w:p>'
    )
    blocks = read(build_docx(body))
    assert texts(blocks) == ["End of page start of next and column."]


def test_hidden_text_is_not_read() -> None:
    body = (
        "<w:p>"
        + run("Visible")
        + run(" hidden note to self", "<w:vanish/>")
        + run(" text.", '<w:vanish w:val="0"/>')
        + "</w:p>"
    )
    assert texts(read(build_docx(body))) == ["Visible text."]


# ---------------------------------------------------------------------------
# Text boxes
# ---------------------------------------------------------------------------


def test_text_box_appears_once_from_the_choice_not_also_the_fallback() -> None:
    box = "<w:txbxContent>{}</w:txbxContent>"
    drawing = (
        "<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        + box.format(p("Boxed note: the Schedule prevails."))
        + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    fallback = (
        "<w:pict><v:shape><v:textbox>"
        + box.format(p("Boxed note: the Schedule prevails."))
        + "</v:textbox></v:shape></w:pict>"
    )
    body = (
        "<w:p>"
        + run("Anchor paragraph.")
        + '<w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        + drawing
        + "</mc:Choice><mc:Fallback>"
        + fallback
        + "</mc:Fallback></mc:AlternateContent></w:r>"
        + "</w:p>"
        + p("After.")
    )
    assert texts(read(build_docx(body))) == [
        "Anchor paragraph.",
        "Boxed note: the Schedule prevails.",
        "After.",
    ]


# ---------------------------------------------------------------------------
# Headings, lists, styles
# ---------------------------------------------------------------------------


def test_headings_come_from_style_name_built_in_id_based_on_chain_and_outline_level() -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="ClauseHeading"><w:name w:val="Clause Heading"/>'
        '<w:basedOn w:val="Heading2"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="Überschrift 3"/>'
        "</w:style>"
        '<w:style w:type="paragraph" w:styleId="Schedule"><w:name w:val="Schedule Title"/>'
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    )
    body = (
        p("Technology Supply Agreement", '<w:pStyle w:val="Title"/>')
        + p("Definitions", '<w:pStyle w:val="Heading1"/>')
        + p("Audit", '<w:pStyle w:val="ClauseHeading"/>')
        + p("Remedies", '<w:pStyle w:val="Heading3"/>')
        + p("Schedule 1", '<w:pStyle w:val="Schedule"/>')
        + p("Direct outline", '<w:outlineLvl w:val="4"/>')
        + p("Body text outline", '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>')
        + p("Plain text.")
    )
    blocks = read(build_docx(body, styles=styles))
    assert [(b.text, b.kind, b.level, b.style) for b in blocks] == [
        ("Technology Supply Agreement", BlockKind.HEADING, 1, "Title"),
        ("Definitions", BlockKind.HEADING, 1, "Heading 1"),
        ("Audit", BlockKind.HEADING, 2, "Clause Heading"),
        ("Remedies", BlockKind.HEADING, 3, "Überschrift 3"),
        ("Schedule 1", BlockKind.HEADING, 1, "Schedule Title"),
        ("Direct outline", BlockKind.HEADING, 5, "Normal"),
        ("Body text outline", BlockKind.PARAGRAPH, None, "Heading 1"),
        ("Plain text.", BlockKind.PARAGRAPH, None, "Normal"),
    ]


def test_bulleted_and_numbered_list_styles_give_list_items_with_levels() -> None:
    document = docx.Document()
    document.add_paragraph("The Supplier shall:")
    document.add_paragraph("assess impacts;", style="List Bullet")
    document.add_paragraph("consult affected people.", style="List Bullet")
    document.add_paragraph("First step.", style="List Number")
    document.add_paragraph("Second step.", style="List Number")
    blocks = read(build_docx(document=document))
    assert [(b.kind, b.level, b.label, b.style, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, None, None, "Normal", "The Supplier shall:"),
        (BlockKind.LIST_ITEM, 0, None, "List Bullet", "assess impacts;"),
        (BlockKind.LIST_ITEM, 0, None, "List Bullet", "consult affected people."),
        (BlockKind.LIST_ITEM, 0, "1.", "List Number", "First step."),
        (BlockKind.LIST_ITEM, 0, "2.", "List Number", "Second step."),
    ]


def test_style_is_the_display_name_from_styles_xml() -> None:
    styles = '<w:style w:type="paragraph" w:styleId="a1"><w:name w:val="Contract Body"/></w:style>'
    body = p("Styled.", '<w:pStyle w:val="a1"/>') + p("Caption text", '<w:pStyle w:val="Caption"/>')
    blocks = read(build_docx(body, styles=styles))
    assert [b.style for b in blocks] == ["Contract Body", "Caption"]


# ---------------------------------------------------------------------------
# Headers, footers, notes, comments
# ---------------------------------------------------------------------------


def test_headers_and_footers_are_their_own_parts_after_the_body_each_once() -> None:
    document = docx.Document()
    document.add_paragraph("Body clause.")
    document.add_section()  # the second section reuses the first one's header and footer
    document.add_paragraph("Second section clause.")
    data = build_docx(
        document=document,
        header=p("DRAFT - Confidential"),
        footer=p("Page footer"),
        first_header=p("Cover header"),
    )
    blocks = read(data)
    assert [(b.text, b.kind, b.part) for b in blocks] == [
        ("Body clause.", BlockKind.PARAGRAPH, Part.BODY),
        ("Second section clause.", BlockKind.PARAGRAPH, Part.BODY),
        ("DRAFT - Confidential", BlockKind.HEADER, Part.HEADER),
        ("Cover header", BlockKind.HEADER, Part.HEADER),
        ("Page footer", BlockKind.FOOTER, Part.FOOTER),
    ]


def test_first_page_header_is_not_read_when_the_section_does_not_show_it() -> None:
    document = docx.Document()
    document.add_paragraph("Body.")
    data = build_docx(document=document, first_header=p("Never shown"))
    document_again = docx.Document(io.BytesIO(data))
    document_again.sections[0].different_first_page_header_footer = False
    blocks = read(build_docx(document=document_again))
    assert texts(blocks) == ["Body."]


def test_footnotes_and_endnotes_follow_the_body_in_reference_order_without_separators() -> None:
    separators = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
    )

    def note(kind: str, number: int, text: str) -> str:
        return (
            f'<w:{kind} w:id="{number}"><w:p><w:r><w:{kind}Ref/></w:r>'
            f"{run(' ' + text)}</w:p></w:{kind}>"
        )

    footnotes = (
        separators
        + note("footnote", 2, "UN Guiding Principles, principle 17.")
        + note("footnote", 1, "As amended.")
        + note("footnote", 3, "Never referenced.")
    )
    endnotes = note("endnote", 1, "Source: Ministry.")
    body = (
        "<w:p>"
        + run("Due diligence")
        + '<w:r><w:footnoteReference w:id="2"/></w:r>'
        + run(" under the Act")
        + '<w:r><w:footnoteReference w:id="1"/></w:r>'
        + run(".")
        + '<w:r><w:endnoteReference w:id="1"/></w:r>'
        + "</w:p>"
    )
    blocks = read(build_docx(body, footnotes=footnotes, endnotes=endnotes))
    assert [(b.text, b.kind, b.part, b.label) for b in blocks] == [
        ("Due diligence under the Act.", BlockKind.PARAGRAPH, Part.BODY, None),
        ("UN Guiding Principles, principle 17.", BlockKind.FOOTNOTE, Part.FOOTNOTE, "1"),
        ("As amended.", BlockKind.FOOTNOTE, Part.FOOTNOTE, "2"),
        ("Source: Ministry.", BlockKind.ENDNOTE, Part.ENDNOTE, "i"),
    ]


def test_comments_are_not_contract_text() -> None:
    comments = (
        '<w:comment w:id="0" w:author="Reviewer"><w:p>'
        + run("Delete this clause before signing.")
        + "</w:p></w:comment>"
    )
    body = (
        "<w:p>"
        + '<w:commentRangeStart w:id="0"/>'
        + run("The Authority may audit the Supplier.")
        + '<w:commentRangeEnd w:id="0"/>'
        + '<w:r><w:commentReference w:id="0"/></w:r>'
        + "</w:p>"
    )
    blocks = read(build_docx(body, comments=comments))
    assert labels(blocks) == [(None, "The Authority may audit the Supplier.")]


# ---------------------------------------------------------------------------
# The bundled example
# ---------------------------------------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_bundled_example_is_what_its_script_builds_and_reads_with_word_labels() -> None:
    spec = importlib.util.spec_from_file_location("build_example", EXAMPLES / "build_example.py")
    assert spec is not None and spec.loader is not None
    build_example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_example)
    stored = (EXAMPLES / "procurement-draft.docx").read_bytes()
    assert build_example.build_docx() == stored
    assert build_example.build_text() == (EXAMPLES / "procurement-draft.txt").read_text("utf-8")
    blocks, warnings = read_docx(stored, "procurement-draft.docx")
    by_label = {b.label: b.text for b in blocks if b.label and b.part is Part.BODY}
    assert by_label["9."] == "Human Rights"
    assert by_label["9.2"].startswith("The Supplier shall carry out human rights due diligence")
    assert by_label["11.2"].endswith("to verify:")
    pairs = [(b.label, b.text) for b in blocks]
    audit = pairs.index(("11.2", by_label["11.2"]))
    assert [label for label, _ in pairs[audit : audit + 5]] == ["11.2", "(a)", "(b)", "(c)", "11.3"]
    assert pairs[audit + 3][1].startswith("the Supplier's compliance with its human rights")
    assert by_label["Schedule 2"] == "Charges"
    assert warnings == (
        "the document has 2 tracked change(s); it was read as if all were accepted",
    )
    parts = {b.part for b in blocks}
    assert parts == {Part.BODY, Part.TABLE, Part.HEADER, Part.FOOTER, Part.FOOTNOTE}
    assert (
        sum(1 for b in blocks if b.kind is BlockKind.HEADING and b.label and b.label[0].isdigit())
        == 23
    )


def test_macro_enabled_document_is_read_like_a_docx(tmp_path: Path) -> None:
    from clausecheck.read import read_document

    plain = build_docx(p("The Supplier shall comply."))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            blob = source.read(info)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(
                    b"vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"vnd.ms-word.document.macroEnabled.main+xml",
                )
                assert b"macroEnabled.main+xml" in blob
            target.writestr(info, blob)
    path = tmp_path / "draft.docm"
    path.write_bytes(out.getvalue())
    assert texts(read_document(path).blocks) == ["The Supplier shall comply."]


# ---------------------------------------------------------------------------
# Damaged properties, and the observer hooks the Word annotator uses
# ---------------------------------------------------------------------------


def test_outline_level_outside_0_to_8_is_body_text_not_a_heading() -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="Odd"><w:name w:val="Odd"/>'
        '<w:pPr><w:outlineLvl w:val="-1"/></w:pPr></w:style>'
    )
    body = (
        p("The Supplier shall respect human rights.", '<w:outlineLvl w:val="-5"/>')
        + p("Body text level.", '<w:outlineLvl w:val="9"/>')
        + p("Styled oddly.", '<w:pStyle w:val="Odd"/>')
        + p("Human Rights", '<w:outlineLvl w:val="0"/>')
    )
    blocks = read(build_docx(body, styles=styles))
    assert [(b.kind, b.level) for b in blocks] == [
        (BlockKind.PARAGRAPH, None),
        (BlockKind.PARAGRAPH, None),
        (BlockKind.PARAGRAPH, None),
        (BlockKind.HEADING, 1),
    ]


def test_an_observer_sees_each_paragraph_its_runs_and_its_block_and_changes_nothing() -> None:
    from clausecheck.read._docx_package import open_package
    from clausecheck.read._docx_text import PartText, TextObserver
    from clausecheck.read.docx import styles_and_numbering

    class Recorder(TextObserver):
        """Keeps each list of pieces it is shown (so no two can share an id)."""

        def __init__(self) -> None:
            self.events: list[tuple] = []

        def paragraph(self, element, texts) -> None:
            self.events.append(("paragraph", texts, element.tag.rsplit("}")[-1]))

        def run(self, run, texts, first, last) -> None:
            self.events.append(("run", texts, "".join(texts[first:last])))

        def block(self, texts, made) -> None:
            self.events.append(("block", texts, made.text if made else None))

    body = (
        f"<w:p>{run('The Sup')}{run('plier shall ')}<w:hyperlink>{run('report')}"
        "</w:hyperlink></w:p>"
        "<w:p/>" + p("joined ", '<w:rPr><w:del w:id="9" w:author="A"/></w:rPr>') + p("to this.")
    )
    data = build_docx(body)
    document = open_package(data, "observed.docx")
    styles, numbering = styles_and_numbering(document, lambda _: None)
    recorder = Recorder()
    blocks: list = []
    reader = PartText(
        blocks=blocks, styles=styles, numbering=numbering, part=Part.BODY, observer=recorder
    )
    reader.read(document.element.body)
    assert [b.text for b in blocks] == texts(read(data))
    first = recorder.events[0][1]
    assert [(e[0], e[2]) for e in recorder.events if e[1] is first] == [
        ("paragraph", "p"),
        ("run", "The Sup"),
        ("run", "plier shall "),
        ("run", "report"),
        ("block", "The Supplier shall report"),
    ]
    kinds = [(e[0], e[2]) for e in recorder.events if e[1] is not first]
    assert ("block", None) in kinds  # the empty paragraph gives no block
    assert kinds[-1] == ("block", "joined to this.")  # a new list: the joined paragraphs
