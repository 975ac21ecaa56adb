"""What a Word document's styles say about its paragraphs: names, headings, numbering.

Reads ``styles.xml`` once into plain lookups, following ``w:basedOn`` chains. Knows
nothing about paragraphs' text or how numbering is counted (``_docx_numbering.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.styles import BabelFish
from lxml import etree

from clausecheck.read._docx_xml import W, is_on, to_int, val

_STYLE = W + "style"
_NAME = W + "name"
_BASED_ON = W + "basedOn"
_PPR = W + "pPr"
_RPR = W + "rPr"
_NUMPR = W + "numPr"
_NUM_ID = W + "numId"
_ILVL = W + "ilvl"
_OUTLINE = W + "outlineLvl"
_VANISH = W + "vanish"
_HEADING_NAME = re.compile(r"heading ([1-9])", re.IGNORECASE)
_HEADING_ID = re.compile(r"Heading([1-9])")
_MAX_CHAIN = 32  # a basedOn chain longer than this is a loop or a hostile file


@dataclass(frozen=True, slots=True)
class ParagraphStyle:
    """A paragraph style with its basedOn chain resolved."""

    name: str  # the name Word displays ("Heading 1", "List Number")
    heading: int | None  # outline level 1-9 when paragraphs of this style are headings
    num_id: int | None  # numbering from the style chain (0 switches it off)
    ilvl: int | None


@dataclass(frozen=True, slots=True)
class _Raw:
    name: str
    based_on: str | None
    heading: int | None  # from the name, or Title
    outline: int | None  # w:outlineLvl as found (0-9)
    num_id: int | None
    ilvl: int | None


class StyleTable:
    """Paragraph styles by id, the default one, hidden character styles, numbering styles."""

    def __init__(self, styles: etree._Element | None) -> None:
        self._raw: dict[str, _Raw] = {}
        self._resolved: dict[str | None, ParagraphStyle | None] = {}
        self.default_id: str | None = None
        self.hidden_character_styles: frozenset[str] = frozenset()
        self.numbering_styles: dict[str, int] = {}  # numbering style id -> its numId
        if styles is not None:
            self._load(styles)

    def _load(self, styles: etree._Element) -> None:
        hidden = set()
        for style in styles.iterchildren(_STYLE):
            style_id = style.get(W + "styleId")
            if style_id is None:
                continue
            kind = style.get(W + "type", "paragraph")
            if kind == "character":
                rpr = style.find(_RPR)
                if rpr is not None and is_on(rpr.find(_VANISH)):
                    hidden.add(style_id)
                continue
            if kind == "numbering":
                numbering = _read_style(style, style_id)
                if numbering.num_id is not None:
                    self.numbering_styles[style_id] = numbering.num_id
                continue
            if kind != "paragraph":
                continue
            if style.get(W + "default") in ("1", "true", "on"):
                self.default_id = style_id
            self._raw[style_id] = _read_style(style, style_id)
        self.hidden_character_styles = frozenset(hidden)

    def paragraph_style(self, style_id: str | None) -> ParagraphStyle | None:
        """The resolved style (the default paragraph style when ``style_id`` is None)."""
        try:
            return self._resolved[style_id]
        except KeyError:
            pass
        resolved = self._resolve(style_id if style_id is not None else self.default_id)
        self._resolved[style_id] = resolved
        return resolved

    def _resolve(self, style_id: str | None) -> ParagraphStyle | None:
        if style_id is None or style_id not in self._raw:
            return None
        first = self._raw[style_id]
        heading = num_id = ilvl = None
        heading_found = num_found = False
        current: str | None = style_id
        for _ in range(_MAX_CHAIN):
            raw = self._raw.get(current) if current is not None else None
            if raw is None:
                break
            if not heading_found:
                if raw.heading is not None:
                    heading, heading_found = raw.heading, True
                elif raw.outline is not None:  # 0-8 are outline levels, 9 is body text
                    heading = raw.outline + 1 if 0 <= raw.outline < 9 else None
                    heading_found = True
            if not num_found and (raw.num_id is not None or raw.ilvl is not None):
                num_id, ilvl, num_found = raw.num_id, raw.ilvl, True
            current = raw.based_on
        return ParagraphStyle(name=first.name, heading=heading, num_id=num_id, ilvl=ilvl)


def _read_style(style: etree._Element, style_id: str) -> _Raw:
    internal = val(style.find(_NAME)) or style_id
    name = BabelFish.internal2ui(internal)
    heading = None
    match = _HEADING_NAME.fullmatch(internal) or _HEADING_ID.fullmatch(style_id)
    if match:
        heading = int(match.group(1))
    elif internal.lower() == "title" or style_id == "Title":
        heading = 1
    outline = num_id = ilvl = None
    ppr = style.find(_PPR)
    if ppr is not None:
        outline = to_int(val(ppr.find(_OUTLINE)))
        numpr = ppr.find(_NUMPR)
        if numpr is not None:
            num_id = to_int(val(numpr.find(_NUM_ID)))
            ilvl = to_int(val(numpr.find(_ILVL)))
    return _Raw(
        name=name,
        based_on=val(style.find(_BASED_ON)),
        heading=heading,
        outline=outline,
        num_id=num_id,
        ilvl=ilvl,
    )
