"""Read a Word .docx into Blocks: the accepted text a lawyer sees, with Word's labels.

The body first (paragraphs and table cells in document order), then each distinct header
and footer, then the footnotes and endnotes in the order they are referenced. Comments
are not contract text and never appear. The package is opened and checked by
``_docx_package`` (limits in ``docs/design/word-safety.md``); text comes from
``_docx_text`` and labels from ``_docx_numbering`` (``docs/design/word-numbering.md``).
This module does not find clauses, definitions or parties: ``structure.py`` does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.parts.document import DocumentPart
from lxml import etree

from clausecheck.errors import ReadError
from clausecheck.model import Block, BlockKind, Part
from clausecheck.read._docx_numbering import Numbering
from clausecheck.read._docx_package import open_package, parse_part_xml, related_part
from clausecheck.read._docx_styles import StyleTable
from clausecheck.read._docx_text import PartText
from clausecheck.read._docx_xml import R_ID, W, is_on, val

_SECT_PR = W + "sectPr"
_TITLE_PAGE = W + "titlePg"
_EVEN_ODD = W + "evenAndOddHeaders"
_NOTE_SKIPPED = frozenset({"separator", "continuationSeparator", "continuationNotice"})
_NOTES = (
    ("footnote", RT.FOOTNOTES, Part.FOOTNOTE, BlockKind.FOOTNOTE, "decimal"),
    # Word shows endnotes in lower roman unless told otherwise.
    ("endnote", RT.ENDNOTES, Part.ENDNOTE, BlockKind.ENDNOTE, "lowerRoman"),
)


def read_docx(data: bytes, path: str) -> tuple[tuple[Block, ...], tuple[str, ...]]:
    """Read the bytes of a .docx file.

    Args:
        data: the file's bytes (already known to start like a zip).
        path: the file name, for messages.

    Returns:
        The blocks in document order, and warnings a user should see.

    Raises:
        ReadError: the file is corrupt, over a safety limit, or not a Word document.
    """
    document = open_package(data, path)
    warnings: list[str] = []
    styles, numbering = styles_and_numbering(document, warnings.append)
    settings_part = related_part(document, RT.SETTINGS)
    settings = settings_part.element if settings_part is not None else None
    blocks: list[Block] = []

    def part_reader(part: Part, kind: BlockKind | None = None) -> PartText:
        return PartText(blocks=blocks, styles=styles, numbering=numbering, part=part, kind=kind)

    body = document.element.body
    body_text = part_reader(Part.BODY)
    readers = [body_text]
    try:
        body_text.read(body)
        for part, kind, element in _headers_and_footers(document, body, settings):
            reader = part_reader(part, kind)
            readers.append(reader)
            reader.read(element)
        for name, reltype, part, kind, default_format in _NOTES:
            notes = related_part(document, reltype)
            if notes is None:
                continue
            root = parse_part_xml(notes.blob, path, str(notes.partname))
            fmt = _note_format(name, body, settings) or default_format
            reader = part_reader(part, kind)
            readers.append(reader)
            _read_notes(reader, root, name, body_text.note_refs[name], numbering, fmt)
    except RecursionError as err:
        raise ReadError("refused: the document is nested too deeply to read", path=path) from err
    tracked = sum(reader.tracked for reader in readers)
    if tracked:
        warnings.append(
            f"the document has {tracked} tracked change(s); it was read as if all were accepted"
        )
    if any(reader.alt_chunks for reader in readers):
        warnings.append("embedded documents (altChunk) were not read")
    return tuple(blocks), tuple(warnings)


def styles_and_numbering(
    document: DocumentPart, warn: Callable[[str], None]
) -> tuple[StyleTable, Numbering]:
    """The document's style table and list definitions (empty ones when it has none).

    Shared with the Word annotator, which must number blocks exactly as this reader does.
    """
    styles_part = related_part(document, RT.STYLES)
    styles = StyleTable(styles_part.element if styles_part is not None else None)
    numbering_part = related_part(document, RT.NUMBERING)
    numbering = Numbering(
        numbering_part.element if numbering_part is not None else None,
        styles.numbering_styles,
        warn,
    )
    return styles, numbering


def _headers_and_footers(document, body: etree._Element, settings: etree._Element | None):
    """(part, kind, root element) of each distinct header, then footer, Word can show."""
    even_odd = settings is not None and is_on(settings.find(_EVEN_ODD))
    shown: dict[str, list[str]] = {"headerReference": [], "footerReference": []}
    for sect in body.iter(_SECT_PR):
        title_page = is_on(sect.find(_TITLE_PAGE))
        for child in sect:
            name = etree.QName(child).localname
            if name not in shown:
                continue
            kind = child.get(W + "type", "default")
            if (kind == "first" and not title_page) or (kind == "even" and not even_odd):
                continue
            rid = child.get(R_ID)
            if rid and rid not in shown[name]:
                shown[name].append(rid)
    seen: set[str] = set()
    for name, part, kind in (
        ("headerReference", Part.HEADER, BlockKind.HEADER),
        ("footerReference", Part.FOOTER, BlockKind.FOOTER),
    ):
        for rid in shown[name]:
            target = document.rels.get(rid)
            if target is None or target.is_external:
                continue
            target_part = target.target_part
            if str(target_part.partname) in seen or not hasattr(target_part, "element"):
                continue
            seen.add(str(target_part.partname))
            yield part, kind, target_part.element


def _note_format(name: str, body: etree._Element, settings: etree._Element | None) -> str | None:
    """The note number format of the settings or the last section, when one is given."""
    properties = W + f"{name}Pr"
    for source in (body.find(_SECT_PR), settings):
        if source is not None:
            found = source.find(properties)
            if found is not None:
                fmt = val(found.find(W + "numFmt"))
                if fmt:
                    return fmt
    return None


def _read_notes(
    reader: PartText,
    root: etree._Element,
    name: str,
    references: list[str],
    numbering: Numbering,
    fmt: str,
) -> None:
    """The notes the body references, in reference order, each labelled with its mark."""
    notes = {
        note.get(W + "id"): note
        for note in root.iterchildren(W + name)
        if note.get(W + "type", "normal") not in _NOTE_SKIPPED
    }
    done: set[str] = set()
    for reference in references:
        note = notes.get(reference)
        if note is None or reference in done:
            continue
        done.add(reference)
        first = len(reader.blocks)
        reader.read(note)
        if first < len(reader.blocks):
            mark = numbering.format(len(done), fmt)
            reader.blocks[first] = replace(reader.blocks[first], label=mark)
