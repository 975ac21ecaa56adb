"""Map a Report's block offsets back to the runs of a Word body, and cut runs at them.

Blocks are numbered by the Word reader; to number them the same way this module runs the
reader's own ``PartText`` over the body, with a ``TextObserver`` that only *records*
which paragraph made each block and which run made each piece of its text. A span of a
block's accepted text (after the reader's whitespace normalisation) then maps to (run,
child, offset) positions, and ``cut`` splits runs there so a comment or a tracked change
can start and end exactly at the evidence. Knows nothing of findings or comments.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.parts.document import DocumentPart
from lxml import etree

from clausecheck.model import Block, Part
from clausecheck.read._docx_text import (
    _NO_BREAK_HYPHEN,
    _SPACE,
    _SYM,
    RPR,
    PartText,
    T,
    TextObserver,
    normalise,
)
from clausecheck.read._docx_text import _symbol as symbol_text
from clausecheck.read.docx import styles_and_numbering

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# (run, child, offset in the child's text): where one character of a paragraph comes from.
Origin = tuple[etree._Element, etree._Element, int]


@dataclass
class BodyBlock:
    """One body block: its paragraph, its text, and (when exact) each character's origin."""

    paragraph: etree._Element | None  # None when its text joins a deleted paragraph's
    text: str
    origins: list[Origin] | None  # None when the block's text could not be traced exactly

    def span(self, start: int, end: int) -> tuple[Origin, Origin] | None:
        """The origins of the first and last character of ``text[start:end]``."""
        if self.origins is None or not 0 <= start < end <= len(self.origins):
            return None
        return self.origins[start], self.origins[end - 1]

    def find(self, needle: str) -> tuple[int, int] | None:
        """Offsets of ``needle`` (whitespace-normalised) in this block's text."""
        wanted = normalise(needle)
        at = self.text.find(wanted) if wanted else -1
        return (at, at + len(wanted)) if at >= 0 else None


@dataclass
class _Paragraph:
    texts: list[str]  # held, so that its id() is not reused while the paragraph is open
    element: etree._Element
    runs: list[tuple[etree._Element, int, int]]  # (run, first piece, end piece)


class _Tracer(TextObserver):
    """Records, through the reader's observer hooks, what made each body block."""

    def __init__(self) -> None:
        self.made: list[BodyBlock] = []
        self._open: dict[int, _Paragraph] = {}

    def _find(self, texts: list[str]) -> _Paragraph | None:
        found = self._open.get(id(texts))
        return found if found is not None and found.texts is texts else None

    def paragraph(self, element: etree._Element, texts: list[str]) -> None:
        self._open[id(texts)] = _Paragraph(texts=texts, element=element, runs=[])

    def run(self, run: etree._Element, texts: list[str], first: int, last: int) -> None:
        found = self._find(texts)
        if found is not None:
            found.runs.append((run, first, last))

    def block(self, texts: list[str], made: Block | None) -> None:
        found = self._find(texts)
        if found is not None:
            del self._open[id(texts)]
        if made is None:
            return
        if found is None:  # joined to a paragraph whose mark is a tracked deletion
            self.made.append(BodyBlock(paragraph=None, text=made.text, origins=None))
            return
        origins = _origins(texts, found.runs, made.text)
        self.made.append(BodyBlock(paragraph=found.element, text=made.text, origins=origins))


def body_blocks(document_part: DocumentPart) -> list[BodyBlock]:
    """The body's blocks, numbered exactly as the Word reader numbers them (from 0)."""
    styles, numbering = styles_and_numbering(document_part, lambda _warning: None)
    tracer = _Tracer()
    reader = PartText(
        blocks=[], styles=styles, numbering=numbering, part=Part.BODY, observer=tracer
    )
    reader.read(document_part.element.body)
    return tracer.made


def _origins(
    texts: list[str], runs: list[tuple[etree._Element, int, int]], text: str
) -> list[Origin] | None:
    """Each character of the normalised ``text`` traced to its run and child, or None."""
    raw: list[tuple[str, Origin | None]] = []
    traced = 0
    for run, first, last in runs:
        for piece in range(traced, first):  # pieces no run made (none expected)
            raw.extend((ch, None) for ch in texts[piece])
        raw.extend(_run_characters(run, texts[first:last]))
        traced = last
    for piece in range(traced, len(texts)):
        raw.extend((ch, None) for ch in texts[piece])
    out: list[Origin | None] = []
    chars: list[str] = []
    pending_space: Origin | None = None
    for ch, origin in raw:
        if ch == "\u00ad":
            continue
        if ch.isspace():
            if chars and pending_space is None:
                pending_space = origin or out[-1]
            continue
        if pending_space is not None:
            chars.append(" ")
            out.append(pending_space)
            pending_space = None
        chars.append(ch)
        out.append(origin)
    if "".join(chars) != text or any(o is None for o in out):
        return None
    return out  # type: ignore[return-value]


def _run_characters(run: etree._Element, pieces: list[str]) -> list[tuple[str, Origin | None]]:
    """The characters a run contributed, matched in order to the children that made them."""
    chars: list[tuple[str, Origin | None]] = []
    remaining = list(pieces)
    for child in run:
        if not remaining:
            break
        if child.tag == T:
            expected = child.text or ""
        elif child.tag in _SPACE:
            expected = " "
        elif child.tag == _NO_BREAK_HYPHEN:
            expected = "-"
        elif child.tag == _SYM:
            expected = symbol_text(child)
        else:
            continue
        if remaining[0] != expected:
            continue  # a hidden or field-code child the reader left out
        remaining.pop(0)
        splittable = child.tag == T
        chars.extend((ch, (run, child, k if splittable else 0)) for k, ch in enumerate(expected))
    chars.extend((ch, None) for piece in remaining for ch in piece)
    return chars


def cut(run: etree._Element, child: etree._Element, offset: int) -> etree._Element:
    """Split ``run`` so that a run starts at ``offset`` in ``child``; return that run.

    ``offset`` may be the child's length (the cut then falls after the child). When
    nothing of the run precedes the cut, the run itself is returned unchanged. The new
    run copies the run's properties, so the text looks the same.
    """
    children = [c for c in run if c.tag != RPR]
    at = children.index(child)
    if child.tag == T:
        text = child.text or ""
        if 0 < offset < len(text):
            tail = OxmlElement("w:t")
            tail.text = text[offset:]
            child.text = text[:offset]
            for element in (child, tail):
                element.set(XML_SPACE, "preserve")
            child.addnext(tail)
            children.insert(at + 1, tail)
            at += 1
        elif offset >= len(text) and text:
            at += 1
    elif offset > 0:
        at += 1
    if at == 0:
        return run
    second = OxmlElement("w:r")
    for name, value in run.attrib.items():
        second.set(name, value)
    properties = run.find(RPR)
    if properties is not None:
        second.append(copy.deepcopy(properties))
    for moving in children[at:]:
        second.append(moving)
    run.addnext(second)
    return second


def cut_span(first: Origin, last: Origin) -> tuple[etree._Element, etree._Element]:
    """Split runs so that exactly the characters from ``first`` to ``last`` (inclusive)
    are whole runs; return the first and last of those runs."""
    last_run, last_child, last_offset = last
    end = last_offset + 1 if last_child.tag == T else 1
    cut(last_run, last_child, end)  # the run after the span, if any, is split off
    first_run, first_child, first_offset = first
    start_run = cut(first_run, first_child, first_offset)
    end_run = start_run if first_run is last_run else last_run
    return start_run, end_run
