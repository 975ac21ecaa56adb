"""Letters and roman numerals: one bounded copy for the Word reader and for drafting."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from clausecheck import _draft_layout, _numerals
from clausecheck._numerals import LARGEST, letter, roman, roman_value
from clausecheck.read import _docx_numbering


def test_the_word_reader_and_drafting_use_the_same_helpers() -> None:
    assert _docx_numbering.roman is _numerals.roman
    assert _docx_numbering.letter is _numerals.letter
    assert _draft_layout.roman is _numerals.roman
    assert _draft_layout.letter is _numerals.letter


def test_numerals_are_written_as_contracts_and_word_write_them() -> None:
    assert [roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1990, 3999)] == [
        "i",
        "iv",
        "ix",
        "xiv",
        "xl",
        "xc",
        "cd",
        "mcmxc",
        "mmmcmxcix",
    ]
    assert [letter(n) for n in (1, 26, 27, 28, 53)] == ["a", "z", "aa", "bb", "aaa"]
    assert roman(0) == letter(0) == roman(-3) == letter(-3) == ""


def test_numbers_beyond_words_range_are_written_in_digits_not_megabytes() -> None:
    assert len(roman(LARGEST)) == 40 and len(letter(LARGEST)) == 1261
    for huge in (LARGEST + 1, 10**12, 10**15):
        assert roman(huge) == letter(huge) == str(huge)


def test_roman_values_are_read_in_either_case_and_garbage_is_none() -> None:
    assert roman_value("XIV") == roman_value("xiv") == 14
    assert roman_value("MMMCMXCIX") == 3999
    assert roman_value("") is None and roman_value("XIZ") is None
    assert roman_value("M" * 100_000) is None  # no numeral is that long


@settings(max_examples=200)
@given(st.integers(min_value=1, max_value=LARGEST))
def test_a_roman_numeral_reads_back_as_its_number(number: int) -> None:
    assert roman_value(roman(number).upper()) == number


def test_the_longest_numeral_in_words_range_reads_back() -> None:
    assert roman_value(roman(31888)) == 31888
