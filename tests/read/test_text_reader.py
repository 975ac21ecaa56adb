"""The .txt reader: encodings, hard-wrap joining, block starts, page furniture, and the
exact mapping from every character of a block back to its line and column."""

from __future__ import annotations

import codecs
import contextlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clausecheck.errors import ClausecheckError, ReadError
from clausecheck.model import Block
from clausecheck.read.text import FURNITURE_STYLE, read_text


def blocks_of(text: str | bytes) -> tuple[Block, ...]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return read_text(data, "contract.txt")[0]


def texts(text: str | bytes) -> list[str]:
    return [b.text for b in blocks_of(text)]


def editor_lines(source: str) -> list[str]:
    """Lines as an editor numbers them: LF, CRLF and a lone CR each end a line."""
    return re.split(r"\r\n|\r|\n", source)


def assert_maps_back(source: str, blocks: tuple[Block, ...]) -> None:
    """Every visible character of every block sits at its (line, column) in the source."""
    lines = editor_lines(source)
    for block in blocks:
        for offset, char in enumerate(block.text):
            if char == " ":
                continue
            position = block.position(offset)
            assert position is not None
            line, column = position
            assert lines[line - 1][column - 1] == char, (block.text, offset, line, column)


# -- encodings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_byte_order_marks_are_read_and_not_kept_in_the_text(bom: bytes, codec: str) -> None:
    data = bom + "1.1 The Supplier’s duty.\n".encode(codec)
    blocks, warnings = read_text(data, "contract.txt")
    assert [b.text for b in blocks] == ["1.1 The Supplier’s duty."]
    assert blocks[0].position(0) == (1, 1)
    assert warnings == ()


def test_bytes_that_are_not_utf8_are_read_as_cp1252_with_a_warning_naming_the_file() -> None:
    blocks, warnings = read_text(b"The Supplier\x92s \x93duty\x94.", "old-draft.txt")
    assert blocks[0].text == "The Supplier’s “duty”."
    assert len(warnings) == 1
    assert warnings[0].startswith("old-draft.txt: ") and "cp1252" in warnings[0]


def test_a_file_with_only_blank_lines_is_refused_with_the_file_name() -> None:
    with pytest.raises(ReadError, match=r"empty\.txt"):
        read_text(b"\n  \n\t\n", "empty.txt")


# -- blocks ---------------------------------------------------------------------------


def test_hard_wrapped_lines_with_a_hanging_indent_are_joined_into_one_block() -> None:
    source = (
        "(1) THE MINISTRY OF HEALTH OF THE REPUBLIC OF CALDERA, of 12 Constitution\n"
        '    Square, San Aurelio (the "Authority"); and\n'
        "\n"
        '    "Affiliate" means any entity which directly or indirectly Controls,\n'
        "        is Controlled by, or is under common Control with that body;\n"
        '    "Business Day" means a day other than a Saturday or Sunday;\n'
    )
    assert texts(source) == [
        "(1) THE MINISTRY OF HEALTH OF THE REPUBLIC OF CALDERA, of 12 Constitution Square, "
        'San Aurelio (the "Authority"); and',
        '"Affiliate" means any entity which directly or indirectly Controls, is Controlled '
        "by, or is under common Control with that body;",
        '"Business Day" means a day other than a Saturday or Sunday;',
    ]


@pytest.mark.parametrize(
    "start",
    [
        "(a) the first",
        "1.2 The Supplier",
        "Article 4 Term",
        "ARTICLE IV – TERM",
        "Section 4.02 The Company",
        "(ii) the second",
        "a) the first",
        "- a bullet",
    ],
)
def test_a_line_starting_with_a_label_starts_a_block_without_a_blank_line(start: str) -> None:
    assert texts(f"The Supplier shall:\n{start} item.") == ["The Supplier shall:", f"{start} item."]


def test_a_wrapped_reference_to_a_clause_is_not_taken_for_a_label() -> None:
    source = "The Supplier shall comply with paragraph\n(b) of Schedule 2 and clause\n4.2 below."
    assert texts(source) == [
        "The Supplier shall comply with paragraph (b) of Schedule 2 and clause 4.2 below."
    ]


def test_a_capitals_heading_glued_to_its_text_is_its_own_block() -> None:
    assert texts("HUMAN RIGHTS\nThe Supplier shall respect human rights.") == [
        "HUMAN RIGHTS",
        "The Supplier shall respect human rights.",
    ]


def test_a_wrapped_name_in_capitals_stays_in_its_paragraph() -> None:
    source = (
        "(1) THE DEPARTMENT OF CHILDREN AND FAMILY SERVICES OF THE REPUBLIC OF\n"
        "    ESTMARK, of 12 Square"
    )
    assert len(texts(source)) == 1


@pytest.mark.parametrize(
    "furniture", ["Page 3 of 12", "- 3 -", "-14-", "17", "Source: ACME CORP, 10-K, 3/1/2000"]
)
def test_page_furniture_is_a_block_of_its_own_with_the_furniture_style(furniture: str) -> None:
    blocks = blocks_of(f"The Supplier shall deliver\n{furniture}\nthe Goods on time.")
    assert [b.text for b in blocks] == [
        "The Supplier shall deliver",
        furniture,
        "the Goods on time.",
    ]
    assert [b.style for b in blocks] == [None, FURNITURE_STYLE, None]


def test_furniture_glued_to_a_pdf_extracted_line_is_split_off() -> None:
    blocks = blocks_of("The Supplier shall deliver the Goods.     Page 15/110")
    assert [(b.text, b.style) for b in blocks] == [
        ("The Supplier shall deliver the Goods.", None),
        ("Page 15/110", FURNITURE_STYLE),
    ]


def test_a_label_after_a_wide_gap_in_a_pdf_extracted_line_starts_a_block() -> None:
    assert texts("2.2 In this Agreement:     2.2.1 a reference to a statute") == [
        "2.2 In this Agreement:",
        "2.2.1 a reference to a statute",
    ]


def test_a_form_feed_starts_a_block_but_not_a_line() -> None:
    blocks = blocks_of("The Supplier shall\fdeliver the Goods.\nThe end.")
    assert [b.text for b in blocks] == ["The Supplier shall", "deliver the Goods. The end."]
    assert blocks[1].position(0) == (1, 20)
    assert blocks[1].position(19) == (2, 1)


# -- line mapping ---------------------------------------------------------------------


def test_offsets_map_to_exact_lines_and_columns_through_joins_and_squeezes() -> None:
    source = (
        "Title\r\n\r\n"
        "13.4\tThe Supplier  shall,\u00a0within 30 days,\r"
        "      notify the Au\u200bthority   of any\n"
        "      breach.\n"
    )
    blocks = blocks_of(source)
    assert [b.text for b in blocks] == [
        "Title",
        "13.4 The Supplier shall, within 30 days, notify the Authority of any breach.",
    ]
    body = blocks[1]
    assert body.line == 3
    assert body.position(body.text.index("notify")) == (4, 7)
    assert body.position(body.text.index("thority")) == (4, 21)
    assert body.position(body.text.index("breach")) == (5, 7)
    assert_maps_back(source, blocks)


_LINE = st.lists(
    st.sampled_from([*"ab(1). \t\u00a0\u200b\"'A-Z\f", "   ", "Page 3", "(a) "]),
    max_size=20,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE, max_size=12), st.sampled_from(["\n", "\r\n", "\r"]))
def test_every_visible_character_maps_back_to_its_source_position(
    lines: list[str], newline: str
) -> None:
    source = newline.join(lines)
    try:
        blocks = blocks_of(source)
    except ReadError:
        assert not source.replace("\u200b", "").strip(" \t\u00a0\f\r\n")
        return
    assert_maps_back(source.replace("\f", " "), blocks)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise_anything_but_a_clausecheck_error(data: bytes) -> None:
    with contextlib.suppress(ClausecheckError):
        read_text(data, "fuzz.txt")
