"""The Markdown reader: headings, lists, tables, inline markers, comments, and the exact
mapping from every character of a block back to its line and column.

(Named ``test_markdown_reader`` because ``tests/render/test_markdown.py`` exists and the
test folders are not packages.)"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clausecheck.errors import ClausecheckError, ReadError
from clausecheck.model import Block, BlockKind, Part
from clausecheck.read.markdown import STYLE_STRONG, read_markdown


def blocks_of(source: str) -> tuple[Block, ...]:
    return read_markdown(source.encode("utf-8"), "contract.md")[0]


def test_atx_headings_give_heading_blocks_with_their_level_and_no_hashes() -> None:
    blocks = blocks_of("# Supply Agreement\n\n## 13. Human Rights ##\n")
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        (BlockKind.HEADING, 1, "Supply Agreement"),
        (BlockKind.HEADING, 2, "13. Human Rights"),
    ]
    assert blocks[1].position(0) == (3, 4)


def test_setext_underlines_make_the_paragraph_above_a_heading() -> None:
    blocks = blocks_of("Supply Agreement\n================\n\nSchedule 4\n----------\n")
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        (BlockKind.HEADING, 1, "Supply Agreement"),
        (BlockKind.HEADING, 2, "Schedule 4"),
    ]


def test_bullet_items_are_list_items_with_their_nesting_level() -> None:
    blocks = blocks_of("- (a) to deliver;\n  - (i) on time;\n- (b) to install.\n")
    assert [(b.kind, b.level, b.label, b.text) for b in blocks] == [
        (BlockKind.LIST_ITEM, 0, None, "(a) to deliver;"),
        (BlockKind.LIST_ITEM, 1, None, "(i) on time;"),
        (BlockKind.LIST_ITEM, 0, None, "(b) to install."),
    ]


def test_ordered_items_keep_their_written_number_as_the_label() -> None:
    blocks = blocks_of("1. The Supplier shall deliver.\n2) The Buyer shall pay.\n")
    assert [(b.label, b.text) for b in blocks] == [
        ("1.", "The Supplier shall deliver."),
        ("2)", "The Buyer shall pay."),
    ]
    assert blocks[0].position(0) == (1, 4)


def test_a_wrapped_line_starting_with_a_number_does_not_start_a_list() -> None:
    blocks = blocks_of("The Charges shall be paid in\n2024. The Buyer shall pay.\n")
    assert len(blocks) == 1


def test_a_pipe_table_gives_one_block_per_cell_and_skips_the_delimiter_row() -> None:
    source = "| Term | Meaning |\n|---|:---:|\n| **Supplier** | the company |\n"
    blocks = blocks_of(source)
    assert [(b.kind, b.part, b.cell, b.text) for b in blocks] == [
        (BlockKind.TABLE_CELL, Part.TABLE, (0, 0, 0), "Term"),
        (BlockKind.TABLE_CELL, Part.TABLE, (0, 0, 1), "Meaning"),
        (BlockKind.TABLE_CELL, Part.TABLE, (0, 1, 0), "Supplier"),
        (BlockKind.TABLE_CELL, Part.TABLE, (0, 1, 1), "the company"),
    ]
    assert blocks[2].position(0) == (3, 5)


def test_emphasis_links_and_code_are_reduced_to_the_visible_text() -> None:
    blocks = blocks_of('**1.1** The [Supplier](#s) shall *not* use `x_y` \\*or\\* __"Data"__.\n')
    block = blocks[0]
    assert block.text == '1.1 The Supplier shall not use x_y *or* "Data".'
    assert block.position(block.text.index("Supplier")) == (1, 14)
    assert block.position(block.text.index("x_y")) == (1, 45)
    assert block.position(block.text.index('"Data"')) == (1, 59)


def test_signature_lines_of_underscores_are_kept() -> None:
    assert blocks_of("Signature: ____________\n")[0].text == "Signature: ____________"


def test_html_comments_are_dropped_and_line_numbers_stay_true() -> None:
    blocks = blocks_of("<!-- drafting note\nremove before signing -->\n\nThe Supplier shall.\n")
    assert [b.text for b in blocks] == ["The Supplier shall."]
    assert blocks[0].line == 4


def test_hard_wrapped_paragraph_lines_are_joined_and_mapped() -> None:
    blocks = blocks_of("The Supplier shall\n  respect human rights.\n")
    assert blocks[0].text == "The Supplier shall respect human rights."
    assert blocks[0].position(blocks[0].text.index("respect")) == (2, 3)


def test_a_paragraph_wholly_in_bold_is_marked_as_strong() -> None:
    blocks = blocks_of("**RECITALS**\n\n**1.1** The Supplier shall.\n")
    assert [b.style for b in blocks] == [STYLE_STRONG, None]


def test_a_block_quote_is_read_as_its_text() -> None:
    assert blocks_of("> Quoted clause.\n")[0].text == "Quoted clause."


def test_a_file_of_comments_only_is_refused() -> None:
    with pytest.raises(ReadError, match=r"notes\.md"):
        read_markdown(b"<!-- nothing -->\n", "notes.md")


_PIECES = st.sampled_from(
    [
        "# ",
        "## ",
        "- ",
        "1. ",
        "**",
        "*",
        "_",
        "`",
        "[a](b)",
        "| x | y |",
        "|---|---|",
        "<!--",
        "-->",
        "\\",
        "Supplier",
        " ",
        "(a)",
        "===",
        "---",
        "> ",
        "\n",
        "\n\n",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_arbitrary_markdown_never_raises_anything_but_a_clausecheck_error(source: str) -> None:
    try:
        blocks = blocks_of(source)
    except ClausecheckError:
        return
    lines = source.split("\n")
    for block in blocks:
        for offset, char in enumerate(block.text):
            if char != " " and block.kind is not BlockKind.TABLE_CELL:
                line, column = block.position(offset) or (0, 0)
                assert lines[line - 1][column - 1] == char
