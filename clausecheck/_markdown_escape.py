"""Escape text so that Markdown shows it literally: one escaper for every Markdown output.

Used by the Markdown report (``render/markdown.py``, for contract text) and by drafting
(``_draft_layout.py``, for party names inside model wording). Writes no Markdown of its
own and knows nothing of reports or templates.
"""

from __future__ import annotations

import re

# Characters CommonMark, GitHub (tables, strikethrough, math) or inline HTML can read as
# syntax anywhere in a line; "#" also closes an ATX heading and "!" opens an image.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$#!])")
# At the start of a line: a heading, a list item, a setext underline, an ordered item.
_LINE_START = re.compile(r"^(?:([+=-])|(\d+)([.)]))")


def escape_markdown(text: str) -> str:
    """Text as literal Markdown inline text, on one line (runs of white space → one space).

    >>> print(escape_markdown("1. clause *4* | <b> #2"))
    1\\. clause \\*4\\* \\| \\<b\\> \\#2
    """
    flat = _INLINE_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", flat)
