"""Read a plain-text contract (.txt) into Blocks, keeping every character's line and column.

Decodes the bytes (UTF-8, UTF-8 or UTF-16 with a byte-order mark, else Windows-1252 with a
warning), joins hard-wrapped lines into paragraphs, starts a new block where a clause
label or list marker begins a line, and splits page furniture ("Page 3 of 12", "-3-",
"Source: ..., 10-K, ...") into blocks of its own. A line written as a Markdown heading
("## Miscellaneous"), as plain-text files often are, is a heading block of its own, the
marks dropped. Does not decide what a label means, which other block is a heading or
where the recitals end: that is ``structure.py``.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from clausecheck._slots import maker
from clausecheck.errors import ReadError
from clausecheck.model import Block, BlockKind, Part

FURNITURE_STYLE = "text:furniture"

# Characters that stand for one space: tab, vertical tab, no-break and the Unicode spaces,
# the line and paragraph separators. Replacing one by one keeps every column where it was.
_SPACES = (
    "\t\v\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
_CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\n\f")
_ONE_SPACE = _SPACES + _CONTROLS + "\x7f"
# Invisible characters a lawyer never sees; dropped (each drop starts a new line segment).
_ASCII_TO_SPACE = bytes(
    32 if (byte < 32 and byte not in b"\n\f") or byte == 127 else byte for byte in range(256)
)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
# What breaks a line's text into separately mapped runs: invisibles, and runs of spaces.
_SQUEEZE = re.compile(f"[{_INVISIBLE}]+| {{2,}}")
# Written with a literal start ("  +", not " {2,}") so that the search skips ahead.
_SQUEEZE_SPACES = re.compile("  +")
_WIDE_GAP = re.compile("   +")

# A line that starts a clause or list item. Group names say which shape matched.
_LINE_START = re.compile(
    r"""
    (?P<paren>\((?:[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]{1,2}|[IVXLC]{1,6}|\d{1,3})\)\s)
  | (?P<half>(?:[a-z]|[ivx]{1,5}|\d{1,2})\)\s)
  | (?P<dotted>\d{1,3}(?:\.\d{1,3})+\.?\s+(?P<dotted_next>\S))
  | (?P<number>\d{1,3}\.?\s+(?P<number_next>\S))
  | (?P<letter>[A-Z]\.\s+[A-Z])
  | (?P<keyword>(?:article|section|clause|schedule|annex|appendix|exhibit|part|paragraph)
        \s+[0-9IVXLCivxlc]{1,6}[A-Za-z0-9.()]*(?P<keyword_after>\s*$|\s*[-–—:.]|\s+[A-Z(]))
  | (?P<bullet>[-•*·▪◦‣●○]\s)
  | (?P<definition>["“'‘][^"”'’]{1,80}["”'’]\s*(?::|\s(?:means|shall\s+mean|has\s+the\s+meaning
        |shall\s+have\s+the\s+meaning|includes|shall\s+include)\b))
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The line before ends with a word that announces a reference: "subject to clause\n(b)".
_ENDS_WITH_REFERENCE = re.compile(
    r"(?:\b(?:clause|paragraph|section|article|schedule|part|annex|appendix|exhibit|item"
    r"|sub-?clause|sub-?paragraph|sub-?section|rule|regulation|point)s?"
    r"(?:\s+[0-9IVXLCivxlc][\w.()]*)?|\b(?:and|or|to|of|in|under)\s+[0-9][\w.]*)[,\s]*$",
    re.IGNORECASE,
)
_SENTENCE_END = (".", ";", ":", "!", "?")
_ENDS_WITH_JOINER = re.compile(r"(?:[,&-]|\b(?:OF|AND|THE|FOR|TO|IN|ON|AT|BY|WITH))$")
# Page furniture, matched against a whole (stripped) line or a segment between wide gaps.
_FURNITURE = re.compile(
    r"""(?:
        page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?
      | -\s*\d{1,4}\s*-
      | \d{1,3}
      | \[?\s*\d{1,3}\s*\]
      | [ivxlc]{1,6}
      | source:\s.{2,120},\s*[\w/ .()-]{2,30},\s*\d{1,2}/\d{1,2}/\d{2,4}
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_FURNITURE_FIRST = frozenset("0123456789-[pPsSiIvVxXlLcC")
# After a wide gap inside a PDF-extracted line, these start a new block.
# What may follow a wide gap and be split off: furniture or a label.
_SPLIT_START = re.compile(r"page\s|-|\d|\[|source:|\(|[ivxlc]{1,6}(?: |$)", re.IGNORECASE)
# A wide gap, taken whole (possessive, so that a long run is not tried again and again),
# then what may be split off after it.
_GAP_BEFORE_SPLIT = re.compile(rf"   ++(?:{_SPLIT_START.pattern})", re.IGNORECASE)
_STRONG_LABEL = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,3})+\.?|\((?:[a-z]{1,2}|[ivx]{1,6}|\d{1,2})\))\s+\S"
)


@dataclass(slots=True)
class Piece:
    """A stretch of one source line: its text and where each run of it came from."""

    text: str
    line: int  # 1-based
    segments: list[tuple[int, int, int]]  # (offset in text, line, column)
    indent: int  # 0-based column of the first character
    furniture: bool = False
    page_break: bool = False  # a form feed came just before this piece
    heading: int = 0  # the level of a line written as a Markdown heading ("## Term" is 2)


def decode_text(data: bytes, path: str) -> tuple[str, tuple[str, ...]]:
    """Decode a text file's bytes; the warnings say when the encoding had to be guessed.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read as
    such; any other bytes are read as Windows-1252, the usual encoding of older Word
    exports, and the warning names the file.

    >>> decode_text("Clause".encode("utf-16"), "a.txt")
    ('Clause', ())
    """
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[3:], "utf-8", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", path)
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text, (
            f"{path}: the text is not UTF-8; read it as Windows-1252 (cp1252), so check "
            "accented letters and symbols in quoted evidence",
        )


def _decode(data: bytes, encoding: str, path: str) -> tuple[str, tuple[str, ...]]:
    try:
        return data.decode(encoding), ()
    except UnicodeDecodeError as err:
        text = data.decode(encoding, errors="replace")
        return text, (
            f"{path}: the text has bytes that are not valid {encoding.upper()} (first at "
            f"byte {err.start}); they are shown as \ufffd",
        )


def text_lines(text: str) -> list[str]:
    """The text's lines as an editor counts them (LF, CRLF and a lone CR end a line).

    Spaces, tabs and control characters are mapped one-for-one to spaces, so columns keep.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():  # the common case, done in C at memory speed
        text = text.encode("ascii").translate(_ASCII_TO_SPACE).decode("ascii")
    else:  # a few kinds of space at most, each replaced in one pass of C
        for space in _ONE_SPACE:
            if space in text:
                text = text.replace(space, " ")
    return text.split("\n")


def clean_piece(
    content: str, line: int, column: int, invisible: bool = True
) -> tuple[str, list[tuple[int, int, int]]]:
    """Drop invisible characters and squeeze space runs, mapping each kept run back.

    ``content`` starts at the 1-based ``column`` of ``line`` and has no edge spaces;
    ``invisible=False`` promises that it holds no invisible characters.

    >>> clean_piece("a   b", 4, 3)
    ('a b', [(0, 4, 3), (2, 4, 7)])
    """
    segments = [(0, line, column)]
    if invisible and _INVISIBLE_RE.search(content):
        return _clean_invisible(content, line, column)
    if "  " not in content:
        return content, segments
    # A run of spaces keeps its first space (still mapped by the segment before it); the
    # character after the run starts a new segment at its own column.
    removed = 0
    for match in _SQUEEZE_SPACES.finditer(content):
        start, end = match.span()
        removed += end - start - 1
        segments.append((end - removed, line, column + end))
    return _SQUEEZE_SPACES.sub(" ", content), segments


def _clean_invisible(
    content: str, line: int, column: int
) -> tuple[str, list[tuple[int, int, int]]]:
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    offset = 0
    position = 0
    for match in _SQUEEZE.finditer(content):
        chunk = content[position : match.start()]
        if chunk:
            segments.append((offset, line, column + position))
            parts.append(chunk)
            offset += len(chunk)
        if match.group().startswith(" "):
            segments.append((offset, line, column + match.start()))
            parts.append(" ")
            offset += 1
        position = match.end()
    chunk = content[position:]
    if chunk or not segments:
        segments.append((offset, line, column + position))
        parts.append(chunk)
    return "".join(parts), segments


def pieces_of_line(raw: str, line: int, invisible: bool = True) -> Iterator[Piece]:
    """The pieces of one source line: usually one; page breaks and glued furniture split it."""
    if "\f" in raw:
        column = 0
        for number, chunk in enumerate(raw.split("\f")):
            for piece in pieces_of_line(" " * column + chunk, line, invisible):
                piece.page_break = piece.page_break or number > 0
                yield piece
            column += len(chunk) + 1
        return
    body = raw.rstrip(" ")
    content = body.lstrip(" ")
    if not content:
        return
    indent = len(body) - len(content)
    if "   " in content:
        yield from _split_wide_gaps(content, line, indent, invisible)
        return
    text, segments = clean_piece(content, line, indent + 1, invisible)
    if text:  # a line of invisible characters only is a blank line
        yield Piece(text, line, segments, indent, furniture=_is_furniture(text))


def _one_piece(content: str) -> bool:
    """Whether a line with runs of spaces has nothing to split off: no wide gap before
    page furniture or a strong label, and nothing before its first wide gap is furniture."""
    gap = content.find("   ")
    return gap < 0 or (
        _GAP_BEFORE_SPLIT.search(content) is None and not _is_furniture(content[:gap])
    )


def _split_wide_gaps(content: str, line: int, indent: int, invisible: bool) -> Iterator[Piece]:
    """Split a PDF-extracted line where a wide gap precedes furniture or a strong label."""
    if _one_piece(content):  # the usual case: a table flattened into one line
        yield _piece(content, line, indent, invisible)
        return
    gaps = [(m.start(), m.end()) for m in _WIDE_GAP.finditer(content)]
    starts = [0] + [end for _, end in gaps]
    ends = [start for start, _ in gaps] + [len(content)]
    current_start: int | None = None
    current_end = 0
    for start, end in zip(starts, ends, strict=True):
        segment = content[start:end]
        furniture = _is_furniture(segment) and len(starts) > 1
        if furniture or (current_start is not None and _STRONG_LABEL.match(segment)):
            if current_start is not None:
                yield _piece(
                    content[current_start:current_end], line, indent + current_start, invisible
                )
                current_start = None
            if furniture:
                yield _piece(segment, line, indent + start, invisible, furniture=True)
                continue
        if current_start is None:
            current_start = start
        current_end = end
    if current_start is not None:
        yield _piece(content[current_start:current_end], line, indent + current_start, invisible)


def _piece(
    content: str, line: int, indent: int, invisible: bool, *, furniture: bool = False
) -> Piece:
    text, segments = clean_piece(content, line, indent + 1, invisible)
    return Piece(text, line, segments, indent, furniture=furniture or _is_furniture(text))


def is_page_furniture(text: str) -> bool:
    """Whether a whole line or paragraph is page furniture: "Page 3 of 12", "-3-", "7".

    >>> is_page_furniture("Page 3 of 12"), is_page_furniture("3. Term")
    (True, False)
    """
    return bool(text) and _is_furniture(text.strip())


def _is_furniture(text: str) -> bool:
    return (
        0 < len(text) < 160
        and text[0] in _FURNITURE_FIRST
        and _FURNITURE.fullmatch(text) is not None
    )


def starts_block(previous: Piece, current: Piece) -> bool:
    """Whether ``current`` begins a new block although no blank line separates it."""
    if current.furniture or previous.furniture or current.page_break:
        return True
    if current.heading or previous.heading:
        return True
    before = previous.text
    match = _LINE_START.match(current.text)
    if match is not None:
        kind = match.lastgroup
        if _ENDS_WITH_REFERENCE.search(before[-48:]):
            return False
        ended = before.endswith(_SENTENCE_END) or _is_caps_line(before)
        if kind in {"paren", "half", "bullet", "definition"}:
            return True
        if kind == "keyword":  # "Article 4", "SCHEDULE 2"; not "set out in\nSchedule 2 (Form)"
            return ended or current.text[:4].isupper()
        if kind == "dotted":
            return ended or match.group("dotted_next")[0].isupper()
        if kind in {"number", "letter"}:
            return ended
    if not _is_caps_line(before) or _is_caps_line(current.text):
        return False
    # "1. DEFINITIONS" glued to "The following ...", but not a wrapped name in capitals:
    # "(1) THE DEPARTMENT OF ... OF" + "ESTMARK, of 12 Constitution Square".
    first = current.text.split(None, 1)[0].strip(",.;:()")
    return not (first.isupper() and len(first) > 1) and not _ENDS_WITH_JOINER.search(before)


def _is_caps_line(text: str) -> bool:
    """A short line in capitals: a heading glued to the text below it."""
    return len(text) <= 100 and text.isupper() and sum(c.isalpha() for c in text[:12]) >= 2


def _indent_break(first: Piece, second: Piece, current: Piece) -> bool:
    """Indentation alone says a new paragraph starts (hanging or first-line indents)."""
    if second.indent > first.indent:  # hanging indent: a line back at the first indent
        return current.indent <= first.indent
    if second.indent < first.indent:  # first-line indent: a line indented like the first
        return current.indent >= first.indent
    return False


def read_text(data: bytes, path: str) -> tuple[tuple[Block, ...], tuple[str, ...]]:
    """Read a .txt contract into paragraph blocks with exact line/column mapping.

    Args:
        data: the file's bytes.
        path: the file name, used in warnings.

    Returns:
        The blocks in document order and the reader's warnings.

    Raises:
        ReadError: the file holds no visible text.
    """
    text, warnings = decode_text(data, path)
    blocks = tuple(block_of(group, index) for index, group in enumerate(paragraphs(text)))
    if not blocks:
        raise ReadError("the file has no visible text", path=path, hint="nothing to check")
    return blocks, warnings


def paragraphs(text: str) -> list[list[Piece]]:
    """Group the pieces of every line into paragraphs (blank lines, labels, furniture)."""
    invisible = any(mark in text for mark in _INVISIBLE)
    groups: list[list[Piece]] = []
    group: list[Piece] = []
    for number, raw in enumerate(text_lines(text), start=1):
        content = raw.strip(" ")
        if not content:
            if group:
                groups.append(group)
                group = []
            continue
        if "  " not in content and not invisible and "\f" not in content:
            indent = len(raw) - len(raw.lstrip(" "))
            pieces: Iterable[Piece] = (
                Piece(content, number, [(0, number, indent + 1)], indent, _is_furniture(content)),
            )
        elif invisible or "\f" in content or not _one_piece(content):
            pieces = pieces_of_line(raw, number, invisible)
        else:  # runs of spaces (a PDF's columns), nothing to split off: squeeze them
            indent = len(raw) - len(raw.lstrip(" "))
            squeezed, segments = clean_piece(content, number, indent + 1, False)
            pieces = (Piece(squeezed, number, segments, indent, _is_furniture(squeezed)),)
        for piece in pieces:
            if not piece.text:
                continue
            if piece.text[0] == "#" and _ATX.match(piece.text):
                piece = _atx_heading(piece)
            if group and (
                starts_block(group[-1], piece)
                or (len(group) > 1 and _indent_break(group[0], group[1], piece))
            ):
                groups.append(group)
                group = []
            group.append(piece)
    if group:
        groups.append(group)
    return groups


_ATX = re.compile(r"(#{1,6}) +(?=\S)")
_ATX_CLOSE = re.compile(r" +#+$")


def _atx_heading(piece: Piece) -> Piece:
    """The heading text of a "## Title" line, its marks dropped and its columns kept."""
    match = _ATX.match(piece.text)
    assert match is not None
    cut = match.end()
    closing = _ATX_CLOSE.search(piece.text)
    end = closing.start() if closing and closing.start() > cut else len(piece.text)
    segments: list[tuple[int, int, int]] = []
    for at, (offset, line, column) in enumerate(piece.segments):
        following = piece.segments[at + 1][0] if at + 1 < len(piece.segments) else end
        if following <= cut:
            continue
        start = max(offset, cut)
        segments.append((start - cut, line, column + start - offset))
    return Piece(
        piece.text[cut:end],
        piece.line,
        segments,
        piece.indent,
        page_break=piece.page_break,
        heading=len(match.group(1)),
    )


def block_of(group: list[Piece], index: int, **fields: object) -> Block:
    """One block from consecutive pieces, joined with single spaces."""
    if len(group) == 1:
        piece = group[0]
        text = piece.text
        segments = tuple(piece.segments)
    else:
        parts: list[str] = []
        mapped: list[tuple[int, int, int]] = []
        offset = 0
        for piece in group:
            if parts:
                parts.append(" ")
                offset += 1
            parts.append(piece.text)
            mapped.extend((offset + at, line, column) for at, line, column in piece.segments)
            offset += len(piece.text)
        text = "".join(parts)
        segments = tuple(mapped)
    furniture = group[0].furniture  # furniture is always a block on its own
    if group[0].heading:  # a Markdown heading line is always a block on its own
        fields.setdefault("kind", BlockKind.HEADING)
        fields.setdefault("level", group[0].heading)
    if not fields:  # the usual paragraph, made without the frozen dataclass's __init__
        return _paragraph(
            index, text, FURNITURE_STYLE if furniture else None, group[0].line, segments
        )
    return Block(
        index=index,
        text=text,
        kind=fields.pop("kind", BlockKind.PARAGRAPH),  # type: ignore[arg-type]
        style=FURNITURE_STYLE if furniture else fields.pop("style", None),  # type: ignore[arg-type]
        line=group[0].line,
        source_lines=segments,
        **fields,  # type: ignore[arg-type]
    )


# Thousands of paragraphs: made without the frozen dataclass's slow __init__ (see _slots).
_new_block = maker(
    Block,
    ("index", "text", "kind", "part", "style", "level", "label", "cell", "line", "source_lines"),
)
_PARAGRAPH = BlockKind.PARAGRAPH
_BODY = Part.BODY


def _paragraph(
    index: int, text: str, style: str | None, line: int, segments: tuple[tuple[int, int, int], ...]
) -> Block:
    """``Block(index=index, text=text, kind=PARAGRAPH, style=style, line=line,
    source_lines=segments)``."""
    return _new_block(index, text, _PARAGRAPH, _BODY, style, None, None, None, line, segments)
