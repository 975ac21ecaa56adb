"""Turn the paragraphs and tables of one Word part into Blocks of accepted text.

Walks lxml elements directly (no per-run proxy objects): tracked changes accepted,
fields shown by their results, content controls, hyperlinks and text boxes read in place,
merged table cells read once. Knows nothing about zip files or how a label is counted
(``_docx_numbering.py``), and nothing about clauses: structure comes later.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from clausecheck.model import Block, BlockKind, Part
from clausecheck.read._docx_numbering import Counter, Numbering
from clausecheck.read._docx_styles import StyleTable
from clausecheck.read._docx_xml import MC, VAL, W, is_on, to_int, val

P, TBL, TR, TC, R, T = (W + n for n in ("p", "tbl", "tr", "tc", "r", "t"))
PPR, RPR, TCPR, TRPR = (W + n for n in ("pPr", "rPr", "tcPr", "trPr"))
SDT, SDT_CONTENT, CUSTOM_XML = W + "sdt", W + "sdtContent", W + "customXml"
INS, DEL, MOVE_TO, MOVE_FROM = W + "ins", W + "del", W + "moveTo", W + "moveFrom"
ALTERNATE, CHOICE = MC + "AlternateContent", MC + "Choice"
FLD_CHAR, FLD_TYPE = W + "fldChar", W + "fldCharType"
TXBX = W + "txbxContent"
FOOTNOTE_REF, ENDNOTE_REF = W + "footnoteReference", W + "endnoteReference"
_SPACE = frozenset(W + n for n in ("tab", "br", "cr", "ptab"))
_INLINE_CONTAINERS = frozenset(
    W + n
    for n in (
        "hyperlink",
        "smartTag",
        "customXml",
        "bdo",
        "dir",
        "fldSimple",
        "ins",
        "moveTo",
        "rubyBase",
    )
) | {W + "ruby"}
_SHAPES = frozenset(W + n for n in ("drawing", "pict", "object"))
_PSTYLE, _NUMPR, _NUM_ID, _ILVL = W + "pStyle", W + "numPr", W + "numId", W + "ilvl"
_OUTLINE, _VANISH, _RSTYLE = W + "outlineLvl", W + "vanish", W + "rStyle"
_GRID_SPAN, _GRID_BEFORE, _VMERGE, _CELL_DEL = (
    W + n for n in ("gridSpan", "gridBefore", "vMerge", "cellDel")
)
_SYM, _SYM_CHAR, _SYM_FONT = W + "sym", W + "char", W + "font"
_NO_BREAK_HYPHEN = W + "noBreakHyphen"
_ALT_CHUNK = W + "altChunk"
_TRACKED = frozenset({INS, DEL, MOVE_TO, MOVE_FROM})

# Symbol font code points (0x20-0xFF, written as F0xx) that have a Unicode character.
_SYMBOL_FONT = (
    dict(zip(range(0x41, 0x5B), "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ", strict=True))
    | dict(zip(range(0x61, 0x7B), "αβχδεφγηιϕκλμνοπθρστυϖωξψζ", strict=True))
    | {
        0x22: "∀",
        0x24: "∃",
        0x27: "∋",
        0x2A: "∗",
        0x2D: "−",
        0x40: "≅",
        0x5E: "⊥",
        0xA3: "≤",
        0xA5: "∞",
        0xAC: "←",
        0xAD: "↑",
        0xAE: "→",
        0xAF: "↓",
        0xB0: "°",
        0xB1: "±",
        0xB3: "≥",
        0xB4: "×",
        0xB7: "•",
        0xB8: "÷",
        0xB9: "≠",
        0xBA: "≡",
        0xBC: "…",
        0xD2: "®",
        0xD3: "©",
        0xD4: "™",
        0xE2: "®",
        0xE3: "©",
        0xE4: "™",
    }
)


# (style id, numId, ilvl, outline level, paragraph mark deleted) of one paragraph.
_Props = tuple[str | None, int | None, int | None, int | None, bool]
_NO_PROPS: _Props = (None, None, None, None, False)


def normalise(raw: str) -> str:
    """Collapse whitespace (tabs, breaks, no-break spaces) and drop soft hyphens.

    >>> normalise(" a\\u00a0 b\\u00adc ")
    'a bc'
    """
    if "\u00ad" in raw:
        raw = raw.replace("\u00ad", "")
    return " ".join(raw.split())


class TextObserver:
    """Hooks that see which Word elements made each block while ``PartText`` reads.

    They only observe: ``PartText`` ignores what they do and return, and passes them the
    very list of text pieces it builds each paragraph from, so an observer can tell
    paragraphs apart by that list's identity. This base class does nothing; the Word
    annotator (``render/_word_map.py``) records them to map offsets back to runs.
    """

    def paragraph(self, element: etree._Element, texts: list[str]) -> None:
        """A ``w:p`` is about to be read; its text pieces will be appended to ``texts``."""

    def run(self, run: etree._Element, texts: list[str], first: int, last: int) -> None:
        """``run`` (a ``w:r`` of the paragraph of ``texts``) made ``texts[first:last]``."""

    def block(self, texts: list[str], made: Block | None) -> None:
        """The pieces ``texts`` became the block ``made`` (None: no block, no text).

        ``texts`` is a paragraph's own list, or a new one when a paragraph whose mark is a
        tracked deletion is joined to the next (accepting the change joins them).
        """


class PartText:
    """Reads one part (the body, a header, a note) into Blocks appended to ``blocks``."""

    def __init__(
        self,
        *,
        blocks: list[Block],
        styles: StyleTable,
        numbering: Numbering,
        part: Part,
        kind: BlockKind | None = None,
        observer: TextObserver | None = None,
    ) -> None:
        self.blocks = blocks
        self.styles = styles
        self.numbering = numbering
        self.counter = Counter(numbering)
        self.part = part
        self.kind = kind  # fixed kind for headers, footers and notes
        self.tables = 0
        self.tracked = 0  # tracked changes seen (accepted)
        self.alt_chunks = 0
        self.note_refs: dict[str, list[str]] = {"footnote": [], "endnote": []}
        self._fields: list[bool] = []  # one per open field: True while in its instruction
        self._hidden_styles = styles.hidden_character_styles
        self._observer = observer

    # -- block level -----------------------------------------------------------------

    def read(self, container: etree._Element, cell: tuple[int, int, int] | None = None) -> None:
        """Read the paragraphs and tables of a container (body, cell, text box, note)."""
        carry: list[str] = []  # text of paragraphs whose mark is a tracked deletion
        carried: _Props | None = None
        for element in _block_elements(container, self):
            if element.tag == P:
                texts: list[str] = []
                boxes: list[etree._Element] = []
                if self._observer is not None:
                    self._observer.paragraph(element, texts)
                ppr = self._inline(element, texts, boxes)
                props = _NO_PROPS if ppr is None else _properties(ppr)
                if props[4]:  # the paragraph mark is deleted: accepting joins it to the next
                    self.tracked += 1
                    carry.extend(texts)
                    carried = props
                    continue
                if carry:
                    texts = carry + texts
                    carry, carried = [], None
                self._block(props, texts, cell)
                for box in boxes:
                    self.read(box, cell)
            else:
                if carried is not None:
                    self._block(carried, carry, cell)
                    carry, carried = [], None
                self._table(element)
        if carried is not None:
            self._block(carried, carry, cell)

    def _block(self, props: _Props, texts: list[str], cell: tuple[int, int, int] | None) -> None:
        made = self._paragraph(props, texts, cell)
        if self._observer is not None:
            self._observer.block(texts, made)

    def _table(self, table: etree._Element) -> None:
        number = self.tables
        self.tables += 1
        row = 0
        for tr in _children(table, TR):
            column = 0
            trpr = next(tr.iterchildren(TRPR), None)
            if trpr is not None:
                if next(trpr.iterchildren(DEL), None) is not None:
                    self.tracked += 1
                    continue
                column = to_int(val(next(trpr.iterchildren(_GRID_BEFORE), None))) or 0
            for tc in _children(tr, TC):
                span, skip = 1, False
                tcpr = next(tc.iterchildren(TCPR), None)
                if tcpr is not None:
                    for prop in tcpr:
                        tag = prop.tag
                        if tag == _GRID_SPAN:
                            span = max(to_int(prop.get(VAL)) or 1, 1)
                        elif tag == _VMERGE:  # a continuation cell shows the cell above
                            skip = skip or prop.get(VAL, "continue") == "continue"
                        elif tag == _CELL_DEL:
                            skip = True
                if not skip:
                    self.read(tc, (number, row, column))
                column += span
            row += 1

    def _paragraph(
        self, props: _Props, texts: list[str], cell: tuple[int, int, int] | None
    ) -> Block | None:
        """Count the paragraph's number and append its Block; None when it has no text."""
        style_id, num_id, ilvl, outline, _ = props
        style = self.styles.paragraph_style(style_id)
        if num_id is None and style is not None:
            num_id = style.num_id
            if ilvl is None:
                ilvl = style.ilvl
        label, listed = None, False
        if num_id:
            if ilvl is None:
                ilvl = self.numbering.level_for_style(num_id, style_id or self.styles.default_id)
            counted = self.counter.advance(num_id, ilvl)
            if counted is not None:
                label, _ = counted
                listed = True
        text = normalise("".join(texts))
        if not text:
            return None
        if outline is not None:  # 0-8 are outline levels; 9 (body text) and others are not
            heading = outline + 1 if 0 <= outline < 9 else None
        else:
            heading = style.heading if style is not None else None
        if self.kind is not None:
            kind, level = self.kind, heading or (ilvl if listed else None)
        elif cell is not None:
            kind, level = BlockKind.TABLE_CELL, ilvl if listed else None
        elif heading is not None:
            kind, level = BlockKind.HEADING, heading
        elif listed:
            kind, level = BlockKind.LIST_ITEM, ilvl
        else:
            kind, level = BlockKind.PARAGRAPH, None
        block = Block(
            index=len(self.blocks),
            text=text,
            kind=kind,
            part=Part.TABLE if cell is not None and self.part is Part.BODY else self.part,
            style=style.name if style is not None else style_id,
            level=level,
            label=label,
            cell=cell,
        )
        self.blocks.append(block)
        return block

    # -- inline level ----------------------------------------------------------------

    def _inline(
        self, parent: etree._Element, out: list[str], boxes: list[etree._Element]
    ) -> etree._Element | None:
        """Append the visible text of ``parent``'s runs; return its w:pPr if it has one."""
        properties = None
        for child in parent:
            tag = child.tag
            if tag == R:
                if self._observer is None:
                    self._run(child, out, boxes)
                else:
                    first = len(out)
                    self._run(child, out, boxes)
                    self._observer.run(child, out, first, len(out))
            elif tag == PPR:
                properties = child
            elif tag in _INLINE_CONTAINERS:
                if tag in _TRACKED:
                    self.tracked += 1
                self._inline(child, out, boxes)
            elif tag in (DEL, MOVE_FROM):
                self.tracked += 1
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    self._inline(content, out, boxes)
            elif tag == ALTERNATE:
                choice = child.find(CHOICE)
                if choice is not None:
                    self._inline(choice, out, boxes)
        return properties

    def _run(self, run: etree._Element, out: list[str], boxes: list[etree._Element]) -> None:
        hidden = False
        for child in run:
            tag = child.tag
            if tag == T:
                if not hidden and not (self._fields and any(self._fields)):
                    out.append(child.text or "")
            elif tag == RPR:
                hidden = self._is_hidden(child)
            elif tag in _SPACE:
                out.append(" ")
            elif tag == FLD_CHAR:
                self._field(child.get(FLD_TYPE))
            elif tag == _NO_BREAK_HYPHEN:
                if not hidden:
                    out.append("-")
            elif tag == _SYM:
                if not hidden:
                    out.append(_symbol(child))
            elif tag in _SHAPES:
                boxes.extend(child.iter(TXBX))
            elif tag == ALTERNATE:
                choice = child.find(CHOICE)
                if choice is not None:
                    for shape in choice:
                        boxes.extend(shape.iter(TXBX))
            elif tag == FOOTNOTE_REF:
                self.note_refs["footnote"].append(child.get(W + "id", ""))
            elif tag == ENDNOTE_REF:
                self.note_refs["endnote"].append(child.get(W + "id", ""))

    def _is_hidden(self, rpr: etree._Element) -> bool:
        if is_on(next(rpr.iterchildren(_VANISH), None)):
            return True
        if self._hidden_styles:
            return val(next(rpr.iterchildren(_RSTYLE), None)) in self._hidden_styles
        return False

    def _field(self, kind: str | None) -> None:
        if kind == "begin":
            self._fields.append(True)
        elif kind == "separate":
            if self._fields:
                self._fields[-1] = False
        elif kind == "end" and self._fields:
            self._fields.pop()


def _block_elements(container: etree._Element, reader: PartText) -> Iterator[etree._Element]:
    """The w:p and w:tbl of a container in document order, through wrappers."""
    for child in container:
        tag = child.tag
        if tag in (P, TBL):
            yield child
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _block_elements(content, reader)
        elif tag in (CUSTOM_XML, INS, MOVE_TO):
            yield from _block_elements(child, reader)
        elif tag == ALTERNATE:
            choice = child.find(CHOICE)
            if choice is not None:
                yield from _block_elements(choice, reader)
        elif tag == _ALT_CHUNK:
            reader.alt_chunks += 1


def _children(parent: etree._Element, wanted: str) -> Iterator[etree._Element]:
    """Rows of a table or cells of a row, through content controls and custom XML."""
    for child in parent:
        tag = child.tag
        if tag == wanted:
            yield child
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content, wanted)
        elif tag == CUSTOM_XML:
            yield from _children(child, wanted)


def _properties(ppr: etree._Element) -> _Props:
    """(style id, numId, ilvl, outline level, mark deleted) from one w:pPr."""
    style_id = num_id = ilvl = outline = None
    deleted = False
    for child in ppr:
        tag = child.tag
        if tag == _PSTYLE:
            style_id = child.get(VAL)
        elif tag == _NUMPR:
            for number in child:
                if number.tag == _NUM_ID:
                    num_id = to_int(number.get(VAL))
                elif number.tag == _ILVL:
                    ilvl = to_int(number.get(VAL))
        elif tag == _OUTLINE:
            outline = to_int(child.get(VAL))
        elif tag == RPR:
            deleted = next(child.iterchildren(DEL, MOVE_FROM), None) is not None
    return style_id, num_id, ilvl, outline, deleted


def _symbol(sym: etree._Element) -> str:
    """The character of a ``w:sym``, or nothing when it has no Unicode equivalent."""
    code = to_int_hex(sym.get(_SYM_CHAR))
    if code is None:
        return ""
    font = (sym.get(_SYM_FONT) or "").lower()
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
        if font == "symbol":
            return _SYMBOL_FONT.get(code, chr(code) if 0x20 <= code < 0x7F else "")
        if font.startswith(("wingdings", "webdings")):
            return ""
        return chr(code) if 0x20 <= code < 0x7F else ""
    if 0xE000 <= code <= 0xF8FF or code < 0x20:
        return ""
    return chr(code)


def to_int_hex(text: str | None) -> int | None:
    """A hexadecimal attribute value, or None."""
    try:
        return int(text, 16) if text else None
    except ValueError:
        return None
