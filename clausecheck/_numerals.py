"""Letters and roman numerals as contracts and Word number lists write them.

One copy for the Word reader (``read/_docx_numbering.py``, which shows Word's automatic
numbers), for drafting (``_draft_layout.py``, which numbers model wording) and for
fitting wording to a contract (``_draft_fit.py``, which reads "ARTICLE XII"). Every
function is bounded: a number above ``LARGEST`` (Word's largest list number) is written
in digits, so that a hostile or misread number can never build a label of megabytes.
Pure string functions: no XML, no I/O.
"""

from __future__ import annotations

# Word keeps list numbers, and the w:start of a list level, within 0-32767.
LARGEST = 32767

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
_ROMAN_VALUES = {letters: value for value, letters in _ROMAN if len(letters) == 1}
_LONGEST_NUMERAL = 43  # "m" * 31 + "dccclxxxviii" (31888), the longest up to LARGEST


def roman(number: int) -> str:
    """Lower-case roman numerals; nothing for 0 or less (Word shows none).

    Above ``LARGEST`` the number is written in digits.

    >>> roman(14), roman(0), roman(10**15)
    ('xiv', '', '1000000000000000')
    """
    if number <= 0:
        return ""
    if number > LARGEST:
        return str(number)
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def letter(number: int) -> str:
    """Word's letters: a … z, then aa … zz, aaa … (the letter repeated).

    Nothing for 0 or less; above ``LARGEST`` the number is written in digits.

    >>> letter(1), letter(28), letter(10**15)
    ('a', 'bb', '1000000000000000')
    """
    if number <= 0:
        return ""
    if number > LARGEST:
        return str(number)
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def roman_value(numeral: str) -> int | None:
    """The value of a roman numeral in either case, or None when it is not one.

    >>> roman_value("XIV"), roman_value("mcmxc"), roman_value("IIII"), roman_value("ABC")
    (14, 1990, 4, None)
    """
    text = numeral.strip().lower()
    if not text or len(text) > _LONGEST_NUMERAL or any(ch not in _ROMAN_VALUES for ch in text):
        return None
    values = [_ROMAN_VALUES[ch] for ch in text]
    return sum(
        -value if i + 1 < len(values) and value < values[i + 1] else value
        for i, value in enumerate(values)
    )
