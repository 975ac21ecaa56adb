"""Build small .docx files inside tests: python-docx for the package, raw XML for the quirk.

A test writes the WordprocessingML it is about (``w:p`` elements, a ``numbering.xml``,
footnotes) as text, so the quirk under test is visible in the test itself; this module
only puts that XML into a valid package. It never reads a .docx.
"""

from __future__ import annotations

import io

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import parse_xml

from clausecheck.model import Block
from clausecheck.read.docx import read_docx

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def fragment(xml: str, root: str = "w:body") -> list:
    """Parse WordprocessingML elements written with the usual prefixes."""
    return list(parse_xml(f"<{root} {NAMESPACES}>{xml}</{root}>"))


def p(text: str = "", ppr: str = "") -> str:
    """A one-run paragraph, optionally with paragraph properties (XML inside w:pPr)."""
    props = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p>{props}{run}</w:p>"


def numbered(text: str, num_id: int, ilvl: int = 0, style: str | None = None) -> str:
    """A paragraph numbered by ``w:numPr`` (and optionally styled)."""
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return p(
        text,
        f'{style_xml}<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>',
    )


def level(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    """One ``w:lvl`` of an abstract numbering definition."""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'{extra}<w:lvlText w:val="{text}"/></w:lvl>'
    )


def build_docx(
    body: str = "",
    *,
    numbering: str | None = None,
    styles: str = "",
    settings: str = "",
    header: str | None = None,
    footer: str | None = None,
    first_header: str | None = None,
    footnotes: str | None = None,
    endnotes: str | None = None,
    comments: str | None = None,
    document: docx.document.Document | None = None,
) -> bytes:
    """The bytes of a .docx: python-docx's default template plus the XML given.

    Args:
        body: elements appended to ``w:body`` (before its ``w:sectPr``).
        numbering: the children of ``w:numbering``; replaces the template's lists.
        styles: ``w:style`` elements added to ``styles.xml``.
        settings: elements added to ``settings.xml``.
        header, footer, first_header: the content of the first section's parts.
        footnotes, endnotes, comments: the content of those parts (``w:footnote`` ...).
        document: a python-docx Document to start from instead of a blank one.
    """
    doc = document if document is not None else docx.Document()
    body_element = doc.element.body
    section_properties = body_element.sectPr
    for element in fragment(body):
        if section_properties is not None:
            section_properties.addprevious(element)
        else:
            body_element.append(element)
    if numbering is not None:
        root = doc.part.numbering_part.element
        for child in list(root):
            root.remove(child)
        for element in fragment(numbering, "w:numbering"):
            root.append(element)
    for element in fragment(styles, "w:styles"):
        doc.styles.element.append(element)
    for element in fragment(settings, "w:settings"):
        doc.settings.element.append(element)
    section = doc.sections[0]
    for content, part in ((header, section.header), (footer, section.footer)):
        if content is not None:
            _replace(part._element, content)
    if first_header is not None:
        section.different_first_page_header_footer = True
        _replace(section.first_page_header._element, first_header)
    for content, name, content_type, reltype, root_name in (
        (footnotes, "footnotes", CT.WML_FOOTNOTES, RT.FOOTNOTES, "w:footnotes"),
        (endnotes, "endnotes", CT.WML_ENDNOTES, RT.ENDNOTES, "w:endnotes"),
        (comments, "comments", CT.WML_COMMENTS, RT.COMMENTS, "w:comments"),
    ):
        if content is not None:
            blob = f"<{root_name} {NAMESPACES}>{content}</{root_name}>".encode()
            part = Part(PackURI(f"/word/{name}.xml"), content_type, blob, doc.part.package)
            doc.part.relate_to(part, reltype)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _replace(element, content: str) -> None:
    for child in list(element):
        element.remove(child)
    for child in fragment(content, "w:hdr"):
        element.append(child)


def read(data: bytes) -> tuple[Block, ...]:
    """The blocks of a .docx built by ``build_docx``."""
    blocks, _ = read_docx(data, "built.docx")
    return blocks


def texts(blocks: tuple[Block, ...]) -> list[str]:
    """The text of each block, in order."""
    return [block.text for block in blocks]


def labels(blocks: tuple[Block, ...]) -> list[tuple[str | None, str]]:
    """(label, text) of each block, in order."""
    return [(block.label, block.text) for block in blocks]
