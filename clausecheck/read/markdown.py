"""Read a Markdown contract (.md) into Blocks, keeping every character's line and column.

Headings (ATX "## 4. Term" and Setext underlines), bullet and ordered lists (the written
number of an ordered item becomes the block's ``label``), pipe tables (one block per
cell), block quotes and paragraphs whose hard-wrapped lines are joined. Emphasis, code
and link markers are dropped so the text is what a reader of the rendered page sees;
HTML comments are dropped entirely. A paragraph written wholly in bold gets style
``md:strong`` (drafters use it as a heading). Not a CommonMark implementation: no
reference-link resolution, no HTML blocks, no nested block quotes inside lists. Does not
interpret labels or headings: that is ``structure.py``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from clausecheck.errors import ReadError
from clausecheck.model import Block, BlockKind, Part
from clausecheck.read.text import clean_piece, decode_text, text_lines

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"(?:^|\s+)#+\s*$")
_SETEXT = re.compile(r" {0,3}(=+|-+)\s*$")
_BREAK = re.compile(r" {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_BULLET = re.compile(r"( *)([-*+])( +|$)")
_ORDERED = re.compile(r"( *)(\d{1,9})([.)])( +|$)")
_QUOTE = re.compile(r" {0,3}> ?")
_TABLE_DELIMITER = re.compile(r" *\|? *:?-{1,}:? *(?:\| *:?-{1,}:? *)*\|? *$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

# Inline markers, removed in passes; each pass sees earlier removals masked out.
_CODE = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_LINK = re.compile(r"(!?\[)([^\]\x00]*)(\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|\]\[[^\]]*\])")
_AUTOLINK = re.compile(r"(<)((?:https?|mailto|ftp):[^>\s]+)(>)")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_EMPHASIS = re.compile(
    r"(?<![\w*_\\\x00])(\*{1,3}|_{1,3}|~~)(?=[^\s*_~])(.*?[^\s*_~\\])\1(?![\w*_~])"
)
_STRONG_ONLY = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*$")

STYLE_STRONG = "md:strong"
STYLE_LIST = "md:list"
STYLE_CODE = "md:code"


@dataclass(slots=True)
class _Open:
    """The block being collected: its kind and the cleaned runs of its lines."""

    kind: BlockKind
    texts: list[str] = field(default_factory=list)
    segments: list[list[tuple[int, int, int]]] = field(default_factory=list)
    line: int = 0
    level: int | None = None
    label: str | None = None
    style: str | None = None
    strong: bool = True


def inline(content: str, line: int, column: int) -> tuple[str, list[tuple[int, int, int]]]:
    """Strip inline Markdown from one line's content and map each kept run back.

    >>> inline("**1.1** See [clause 2](#c2).", 7, 1)
    ('1.1 See clause 2.', [(0, 7, 3), (3, 7, 8), (8, 7, 14), (16, 7, 28)])
    """
    if not any(mark in content for mark in "*_`[\\<~!"):
        return content, [(0, line, column)]
    drop = [False] * len(content)
    masked = list(content)

    def remove(start: int, end: int) -> None:
        for at in range(start, end):
            drop[at] = True
            masked[at] = "\x00"

    def protect(start: int, end: int) -> None:
        for at in range(start, end):
            masked[at] = "\x01"

    for match in _CODE.finditer(content):
        remove(match.start(1), match.end(1))
        protect(match.start(2), match.end(2))
        remove(match.end(2), match.end())
    for match in _ESCAPE.finditer("".join(masked)):
        remove(match.start(), match.start() + 1)
        protect(match.start(1), match.end(1))
    for pattern in (_LINK, _AUTOLINK):
        for match in pattern.finditer("".join(masked)):
            remove(match.start(1), match.end(1))
            remove(match.start(3), match.end(3))
    for match in _TAG.finditer("".join(masked)):
        remove(match.start(), match.end())
    while True:
        found = False
        for match in _EMPHASIS.finditer("".join(masked)):
            found = True
            remove(match.start(1), match.end(1))
            remove(match.end(2), match.end())
        if not found:
            break
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    offset = 0
    run_start: int | None = None
    for at, dropped in enumerate([*drop, True]):
        if not dropped and run_start is None:
            run_start = at
        elif dropped and run_start is not None:
            segments.append((offset, line, column + run_start))
            parts.append(content[run_start:at])
            offset += at - run_start
            run_start = None
    text = "".join(parts)
    squeezed = " ".join(text.split())
    if squeezed != text:  # markers between spaces leave double spaces: squeeze, remap
        return _squeeze(text, segments)
    return text, segments or [(0, line, column)]


def _squeeze(
    text: str, segments: list[tuple[int, int, int]]
) -> tuple[str, list[tuple[int, int, int]]]:
    """Collapse space runs and edge spaces in inline-cleaned text, keeping the mapping."""
    out: list[str] = []
    mapped: list[tuple[int, int, int]] = []
    bounds = [s[0] for s in segments[1:]] + [len(text)]
    previous_space = True
    for (offset, line, column), bound in zip(segments, bounds, strict=True):
        contiguous = False  # whether the last kept char continues the current mapping
        for at in range(offset, bound):
            char = text[at]
            if char == " " and previous_space:
                contiguous = False
                continue
            previous_space = char == " "
            if not contiguous:
                mapped.append((len(out), line, column + at - offset))
                contiguous = True
            out.append(char)
    while out and out[-1] == " ":
        out.pop()
    return "".join(out), mapped or [(0, segments[0][1], segments[0][2])]


def read_markdown(data: bytes, path: str) -> tuple[tuple[Block, ...], tuple[str, ...]]:
    """Read a .md contract into blocks with exact line/column mapping.

    Args:
        data: the file's bytes.
        path: the file name, used in warnings.

    Returns:
        The blocks in document order and the reader's warnings.

    Raises:
        ReadError: the file holds no visible text.
    """
    text, warnings = decode_text(data, path)
    if "<!--" in text:
        # Blank the comment but keep its line breaks, so line numbers stay true.
        text = _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    reader = _Reader(text_lines(text))
    blocks = reader.read()
    if not blocks:
        raise ReadError("the file has no visible text", path=path, hint="nothing to check")
    return tuple(blocks), warnings


class _Reader:
    """Walks the lines once, emitting blocks."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.blocks: list[Block] = []
        self.open: _Open | None = None
        self.list_indents: list[int] = []
        self.tables = 0

    def read(self) -> list[Block]:
        number = 0
        while number < len(self.lines):
            number = self._line(number)
        self._close()
        return self.blocks

    def _line(self, at: int) -> int:
        raw = self.lines[at]
        line = at + 1
        column = 0
        quote = _QUOTE.match(raw)
        while quote:
            column = quote.end()
            quote = _QUOTE.match(raw, column)
        body = raw[column:]
        if not body.strip():
            self._close()
            return at + 1
        fence = _FENCE.match(body)
        if fence:
            return self._code(at, fence.group(1))
        heading = _ATX.match(body)
        if heading:
            self._close()
            self.list_indents.clear()
            content = _ATX_CLOSE.sub("", body[heading.end() :]).strip()
            start = column + body.index(content, heading.end()) if content else column
            self._emit(BlockKind.HEADING, content, line, start, level=len(heading.group(1)))
            return at + 1
        setext = _SETEXT.match(body)
        if setext and self.open is not None and self.open.kind is BlockKind.PARAGRAPH:
            self.open.kind = BlockKind.HEADING
            self.open.level = 1 if setext.group(1)[0] == "=" else 2
            self._close()
            return at + 1
        if _BREAK.match(body):
            self._close()
            return at + 1
        if (
            "|" in body
            and at + 1 < len(self.lines)
            and _TABLE_DELIMITER.match(self.lines[at + 1])
            and "-" in self.lines[at + 1]
        ):
            return self._table(at, column)
        item = _ORDERED.match(body) or _BULLET.match(body)
        # An ordered item interrupts a paragraph only when it starts at 1 (CommonMark):
        # a wrapped line that begins "2024. " is not a list.
        if item and (
            self.open is None
            or self.open.kind is BlockKind.LIST_ITEM
            or item.re is _BULLET
            or item.group(2) == "1"
        ):
            self._close()
            indent = len(item.group(1))
            while self.list_indents and self.list_indents[-1] > indent:
                self.list_indents.pop()
            if not self.list_indents or self.list_indents[-1] < indent:
                self.list_indents.append(indent)
            label = f"{item.group(2)}{item.group(3)}" if item.re is _ORDERED else None
            self.open = _Open(
                BlockKind.LIST_ITEM,
                line=line,
                level=len(self.list_indents) - 1,
                label=label,
                style=STYLE_LIST,
            )
            self._add(body[item.end() :], line, column + item.end())
            return at + 1
        if self.open is None:
            if not body.startswith(" ") or not self.list_indents:
                self.list_indents.clear()
            self.open = _Open(BlockKind.PARAGRAPH, line=line)
        self._add(body, line, column)
        return at + 1

    def _add(self, content: str, line: int, column: int) -> None:
        """Add one line's content (1-based ``column`` is ``column + 1``) to the open block."""
        assert self.open is not None
        stripped = content.strip()
        if not stripped:
            return
        start = column + content.index(stripped) + 1
        if stripped.endswith("\\"):  # a hard line break
            stripped = stripped[:-1].rstrip()
        self.open.strong = self.open.strong and bool(_STRONG_ONLY.match(stripped))
        text, segments = inline(stripped, line, start)
        if text:
            self.open.texts.append(text)
            self.open.segments.append(segments)

    def _emit(self, kind: BlockKind, content: str, line: int, column: int, **fields) -> None:
        self.open = _Open(kind, line=line, level=fields.get("level"))
        self._add(content, line, column)
        self._close()

    def _close(self) -> None:
        current, self.open = self.open, None
        if current is None or not current.texts:
            return
        parts: list[str] = []
        mapped: list[tuple[int, int, int]] = []
        offset = 0
        for text, segments in zip(current.texts, current.segments, strict=True):
            if parts:
                parts.append(" ")
                offset += 1
            parts.append(text)
            mapped.extend((offset + o, ln, col) for o, ln, col in segments)
            offset += len(text)
        style = current.style
        if current.kind is BlockKind.PARAGRAPH and current.strong:
            style = STYLE_STRONG
        self.blocks.append(
            Block(
                index=len(self.blocks),
                text="".join(parts),
                kind=current.kind,
                style=style,
                level=current.level,
                label=current.label,
                line=current.line,
                source_lines=tuple(mapped),
            )
        )

    def _code(self, at: int, fence: str) -> int:
        """A fenced code block: kept as one paragraph of its lines (style md:code)."""
        self._close()
        self.open = _Open(BlockKind.PARAGRAPH, line=at + 2, style=STYLE_CODE, strong=False)
        number = at + 1
        while number < len(self.lines) and not self.lines[number].strip().startswith(fence):
            raw = self.lines[number]
            stripped = raw.strip()
            if stripped:
                text, segments = clean_piece(stripped, number + 1, raw.index(stripped) + 1)
                self.open.texts.append(text)
                self.open.segments.append(segments)
            number += 1
        self.open.strong = False
        self._close()
        return number + 1

    def _table(self, at: int, column: int) -> int:
        """A pipe table: one TABLE_CELL block per cell; the delimiter row is skipped."""
        self._close()
        table = self.tables
        self.tables += 1
        row = 0
        number = at
        while number < len(self.lines):
            raw = self.lines[number]
            if not raw.strip() or "|" not in raw:
                break
            if number != at + 1:
                for col, (start, cell) in enumerate(_cells(raw)):
                    self.open = _Open(BlockKind.TABLE_CELL, line=number + 1, strong=False)
                    self._add(cell, number + 1, start)
                    self._close_cell(table, row, col)
                row += 1
            number += 1
        return number

    def _close_cell(self, table: int, row: int, col: int) -> None:
        before = len(self.blocks)
        self._close()
        if len(self.blocks) > before:
            block = self.blocks[-1]
            self.blocks[-1] = dataclasses.replace(
                block, part=Part.TABLE, cell=(table, row, col), style=None
            )


def _cells(raw: str) -> list[tuple[int, str]]:
    """The cells of a table row, each with its 0-based start column."""
    cells: list[tuple[int, str]] = []
    start = 0
    at = 0
    in_code = False
    stripped = raw.rstrip()
    first = len(stripped) - len(stripped.lstrip())
    if stripped[first : first + 1] == "|":
        start = first + 1
        at = start
    while at < len(stripped):
        char = stripped[at]
        if char == "`":
            in_code = not in_code
        elif char == "\\":
            at += 1
        elif char == "|" and not in_code:
            cells.append((start, stripped[start:at]))
            start = at + 1
        at += 1
    if start < len(stripped):
        cells.append((start, stripped[start:]))
    return cells
