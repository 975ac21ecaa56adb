"""Build examples/procurement-draft.docx and examples/procurement-draft.txt.

The .docx uses Word automatic numbering (so clause labels are *not* in its text), a
header, a footer, a footnote, a price table, and one tracked insertion and one tracked
deletion. The .txt is the same contract as a reader sees it, labels written out and
tracked changes accepted. Rebuilding gives identical bytes: core-property dates are fixed
and the zip is rewritten with fixed timestamps.

    python examples/build_example.py          # writes both files next to this script
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import parse_xml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from contract_text import CONTRACT, FOOTER, FOOTNOTES, HEADER

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2025, 3, 14, 9, 30, tzinfo=dt.UTC)
ZIP_TIME = (2025, 3, 14, 9, 30, 0)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
AUTHOR = "Legal Services Directorate"

# numId 1: clauses "1." / "1.1" / "(a)"; numId 2: recitals "(A)"; numId 3: schedules
# "Schedule 1" / "1." -- the paragraphs of each schedule restart when a schedule starts.
NUMBERING = f"""<w:numbering {NS}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>
  <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>
  <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
  <w:lvlText w:val="(%3)"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="(%1)"/>
  <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
  <w:lvlText w:val="Schedule %1"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>
  <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>"""

# kind -> (paragraph style, numId, ilvl)
LAYOUT = {
    "title": ("Title", None, None),
    "plain": ("Normal", None, None),
    "party": ("Normal", None, None),
    "recital": ("Normal", 2, 0),
    "clause": ("Heading 1", 1, 0),
    "sub": ("Normal", 1, 1),
    "item": ("Normal", 1, 2),
    "definition": ("Normal", None, None),
    "schedule": ("Heading 1", 3, 0),
    "spara": ("Normal", 3, 1),
}
MARK = re.compile(r"\[-(.+?)-\]|\[\+(.+?)\+\]|\[\^(\d+)\]")


def build_docx() -> bytes:
    """The example contract as the bytes of a .docx (deterministic)."""
    document = docx.Document()
    _set_numbering(document)
    _set_properties(document)
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    for kind, text in CONTRACT:
        if kind == "table":
            _add_table(document, text)
            continue
        style, num_id, ilvl = LAYOUT[kind]
        paragraph = document.add_paragraph(style=style)
        if kind == "definition":
            paragraph.paragraph_format.left_indent = docx.shared.Cm(1)
        if num_id is not None:
            _number(paragraph, num_id, ilvl)
        _add_runs(paragraph, text)
    _add_footnotes(document)
    out = io.BytesIO()
    document.save(out)
    return _fix_zip(out.getvalue())


def build_text() -> str:
    """The same contract as plain text: labels written out, tracked changes accepted."""
    counters = {1: [0, 0, 0], 2: [0], 3: [0, 0]}
    lines: list[str] = []
    for kind, text in CONTRACT:
        plain = _accepted(text)
        if kind == "table":
            lines.extend(row for row in text.split("\n"))
            lines.append("")
            continue
        _, num_id, ilvl = LAYOUT[kind]
        label = ""
        if num_id is not None:
            count = counters[num_id]
            count[ilvl] += 1
            for deeper in range(ilvl + 1, len(count)):
                count[deeper] = 0
            label = _label(num_id, ilvl, count)
        if kind in ("clause", "schedule"):
            lines.append("")
            plain = plain.upper() if kind == "clause" else plain
        line = f"{label} {plain}" if label else plain
        lines.append(("    " if kind in ("item", "definition") else "") + line)
        if kind in ("clause", "schedule", "title"):
            lines.append("")
    lines.append("")
    lines.append("Notes")
    for number, note in FOOTNOTES.items():
        lines.append(f"[{number}] {note}")
    return "\n".join(lines).strip() + "\n"


def _label(num_id: int, ilvl: int, count: list[int]) -> str:
    if num_id == 2:
        return f"({chr(ord('A') + count[0] - 1)})"
    if num_id == 3:
        return f"Schedule {count[0]} -" if ilvl == 0 else f"{count[1]}."
    if ilvl == 0:
        return f"{count[0]}."
    if ilvl == 1:
        return f"{count[0]}.{count[1]}"
    return f"({chr(ord('a') + count[2] - 1)})"


def _accepted(text: str) -> str:
    """Deletions and footnote marks dropped, insertions kept."""
    return MARK.sub(lambda match: match.group(2) or "", text)


def _set_numbering(document: docx.document.Document) -> None:
    part = document.part.numbering_part
    root = part.element
    for child in list(root):
        root.remove(child)
    for child in parse_xml(NUMBERING):
        root.append(child)


def _set_properties(document: docx.document.Document) -> None:
    properties = document.core_properties
    properties.title = "Agreement for the Supply of a Traffic Analytics Platform"
    properties.author = AUTHOR
    properties.last_modified_by = AUTHOR
    properties.created = FIXED
    properties.modified = FIXED
    properties.last_printed = FIXED
    properties.revision = 3
    properties.comments = "Draft for negotiation; example contract for clausecheck."


def _number(paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def _add_runs(paragraph, text: str) -> None:
    at = 0
    for match in MARK.finditer(text):
        if match.start() > at:
            paragraph.add_run(text[at : match.start()])
        deleted, inserted, note = match.groups()
        if deleted is not None:
            paragraph._p.append(
                parse_xml(
                    f'<w:del {NS} w:id="{100 + match.start()}" w:author="{AUTHOR}" '
                    f'w:date="2025-03-14T09:30:00Z"><w:r><w:delText xml:space="preserve">'
                    f"{deleted}</w:delText></w:r></w:del>"
                )
            )
        elif inserted is not None:
            paragraph._p.append(
                parse_xml(
                    f'<w:ins {NS} w:id="{200 + match.start()}" w:author="{AUTHOR}" '
                    f'w:date="2025-03-14T09:30:00Z"><w:r><w:t xml:space="preserve">'
                    f"{inserted}</w:t></w:r></w:ins>"
                )
            )
        else:
            paragraph._p.append(
                parse_xml(
                    f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{note}"/></w:r>'
                )
            )
        at = match.end()
    if at < len(text):
        paragraph.add_run(text[at:])


def _add_table(document: docx.document.Document, text: str) -> None:
    rows = [row.split(" | ") for row in text.split("\n")]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
            if r == 0:
                table.cell(r, c).paragraphs[0].runs[0].bold = True


def _add_footnotes(document: docx.document.Document) -> None:
    notes = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
        f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r>'
        "</w:p></w:footnote>"
        for number, text in FOOTNOTES.items()
    )
    xml = (
        f'<w:footnotes {NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
        '</w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p>'
        f"<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>{notes}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode(), document.part.package
    )
    document.part.relate_to(part, RT.FOOTNOTES)


def _fix_zip(data: bytes) -> bytes:
    """The same parts, in the same order, with fixed timestamps and attributes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info))
    return out.getvalue()


def main() -> None:
    """Write both files next to this script."""
    (HERE / "procurement-draft.docx").write_bytes(build_docx())
    (HERE / "procurement-draft.txt").write_text(build_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
