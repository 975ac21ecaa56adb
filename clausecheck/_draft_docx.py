"""Write drafted paragraphs as a Word file with real headings and automatic numbering.

The numbers a lawyer sees ("3.2", "(a)", "Article 28(1)") are Word's own: one
multi-level list in ``numbering.xml`` numbers the headings (level 0), paragraphs
(level 1), items (level 2) and sub-items (level 3), so renumbering after an edit works
as in any contract. The cross-references in the text were computed with the same
numbering (``_draft_layout.Numbering``). This is the one place ``draft`` touches
python-docx; it reads no Word file and renders no template.
"""

from __future__ import annotations

from io import BytesIO

from docx import Document as new_word_document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from clausecheck._draft_layout import BLANK, Kind, Numbering, Paragraph

# (numFmt, lvlText) for levels 0-3 of each style, as Word writes them.
_LEVELS: dict[str, tuple[tuple[str, str], ...]] = {
    "schedule": (
        ("decimal", "%1."),
        ("decimal", "%1.%2"),
        ("lowerLetter", "(%3)"),
        ("lowerRoman", "(%4)"),
    ),
    "decimal": (
        ("decimal", "%1."),
        ("decimal", "%1.%2"),
        ("lowerLetter", "(%3)"),
        ("lowerRoman", "(%4)"),
    ),
    "clause": (
        ("decimal", "Clause %1"),
        ("decimal", "%1.%2"),
        ("lowerLetter", "(%3)"),
        ("lowerRoman", "(%4)"),
    ),
    "article": (
        ("decimal", "Article %1"),
        ("decimal", "(%2)"),
        ("lowerLetter", "(%3)"),
        ("lowerRoman", "(%4)"),
    ),
    "section": (
        ("upperRoman", "ARTICLE %1"),
        ("decimalZero", "Section %1.%2"),
        ("lowerLetter", "(%3)"),
        ("lowerRoman", "(%4)"),
    ),
}
_TWIPS_PER_LEVEL = 720  # half an inch of indent per level
_LIST_LEVEL = {Kind.HEADING: 0, Kind.PARA: 1, Kind.ITEM: 2, Kind.SUBITEM: 3}


def to_docx(paragraphs: tuple[Paragraph, ...], numbering: Numbering) -> bytes:
    """The bytes of a .docx file holding the paragraphs, numbered by Word.

    The title is in the "Heading 1" style, numbered headings in "Heading 2", and every
    numbered paragraph carries the list numbering; definitions are indented paragraphs.
    """
    word = new_word_document()
    word.core_properties.title = next(
        (p.text for p in paragraphs if p.kind is Kind.TITLE),
        paragraphs[0].text if paragraphs else "",
    )
    word.core_properties.author = "clausecheck"
    word.styles["Normal"].font.size = Pt(11)
    num_id = _add_list(word, numbering)
    for p in paragraphs:
        if p.kind is Kind.TITLE:
            word.add_paragraph(p.text, style="Heading 1")
            continue
        style = "Heading 2" if p.kind is Kind.HEADING else "Normal"
        paragraph = word.add_paragraph(p.text, style=style)
        level = _LIST_LEVEL.get(p.kind)
        if level is not None:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = level
            num_pr.get_or_add_numId().val = num_id
        else:  # a definition or an unnumbered paragraph: indented like its level
            paragraph.paragraph_format.left_indent = Pt(_TWIPS_PER_LEVEL * (p.level - 1) / 20)
    out = BytesIO()
    word.save(out)
    return out.getvalue()


def _add_list(word: object, numbering: Numbering) -> int:
    """Add one multi-level list definition to numbering.xml; returns its numId."""
    root = word.part.numbering_part.element  # type: ignore[attr-defined]
    abstract_ids = [int(e.get(qn("w:abstractNumId"))) for e in root.findall(qn("w:abstractNum"))]
    num_ids = [int(e.get(qn("w:numId"))) for e in root.findall(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids, default=0) + 1, max(num_ids, default=0) + 1
    hanging = 1440 if numbering.style in ("section", "article", "clause") else _TWIPS_PER_LEVEL
    # A new clause whose number is not known yet shows "[●]" where Word would count.
    blank = numbering.first == 0
    levels = "".join(
        f'<w:lvl w:ilvl="{i}">'
        f'<w:start w:val="{max(numbering.first, 1) if i == 0 else 1}"/>'
        f'<w:numFmt w:val="{fmt}"/>'
        + ("<w:isLgl/>" if numbering.style == "section" and i == 1 else "")
        + f'<w:lvlText w:val="{text.replace("%1", BLANK) if blank else text}"/>'
        '<w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{_TWIPS_PER_LEVEL * i + hanging}" w:hanging="{hanging}"/>'
        f"</w:pPr></w:lvl>"
        for i, (fmt, text) in enumerate(_LEVELS[numbering.style])
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    first_num = root.find(qn("w:num"))
    if first_num is None:
        root.append(abstract)
    else:  # the schema puts every abstractNum before the first num
        first_num.addprevious(abstract)
    root.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id
