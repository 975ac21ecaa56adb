"""The scanner's shortcuts never change what it finds.

A bucket's gate (one expression for all the patterns that share a beginning) only rules
out places where none of them matches; the longest match, the earlier pattern on a
tie, is still chosen among the patterns themselves. The sentence splitter finds the
word before a full stop from the stop backwards, and must find the same word as the
plain definition ("the run of non-space characters that ends with the stop"); it finds
inline list labels by their bracket and checks what precedes them in Python, and must
find the same labels as the plain expression with its lookbehind.
"""

from __future__ import annotations

import dataclasses
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from clausecheck import _sentences, _tokens
from clausecheck._regex import Scanner

# Patterns that share beginnings, so that they land in one bucket behind one gate;
# one with a backreference and two with the same group name, which cannot be joined.
PATTERNS = [
    ("SHALL", r"(?i:shall)"),
    ("SHALL_NOT", r"(?i:shall\s+not)"),
    ("SHALL_ENSURE", r"(?i:shall\s+(?:ensure|procure)(?:\s+that)?)"),
    ("SHARE", r"(?i:shares?)"),
    ("SAME", r"(?i:sam(?P<x>e)?)"),
    ("SAMS", r"(?i:sams(?P<x>s)?)"),
    ("SAMPLE", r"(?i:sample)"),
    ("REPEATED", r"(?i:(rep)\w*\s+\1\w*)"),
    ("REPORT", r"(?i:reports?)"),
    ("REPEAT", r"(?i:repeat)"),
    ("RIGHTS", r"(?i:human\s+rights|rights)"),
    ("HUMAN", r"(?i:human)"),
]
WORDS = ["shall", "Shall", "not", "ensure", "that", "procure", "share", "shares", "same"]
WORDS += ["sams", "samss", "sample", "repeat", "report", "reports", "rep", "human", "rights"]
WORDS += ["the", "sha", "-", "(", ")", ",", "."]


def _without_gates(scanner: Scanner) -> Scanner:
    return dataclasses.replace(scanner, gates={})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from(["", " ", "  ", "\n"]))
def test_gates_never_change_a_scan(words: list[str], joiner: str) -> None:
    scanner = Scanner.build(PATTERNS, r"(?<![\w-])", r"(?![\w])")
    assert set(scanner.gates) == {"sha"}, "a backreference or a repeated group name: no gate"
    text = (joiner or " ").join(words)
    assert list(scanner.scan(text)) == list(_without_gates(scanner).scan(text))
    middle = len(text) // 3
    assert list(scanner.scan(text, middle, len(text) - 1)) == list(
        _without_gates(scanner).scan(text, middle, len(text) - 1)
    )


def test_a_backreference_keeps_its_bucket_ungated() -> None:
    patterns = [("A", r"(rep)\w*\s+\1\w*"), ("B", r"repeat"), ("C", r"report")]
    scanner = Scanner.build(patterns, r"(?<![\w-])", r"(?![\w])")
    assert "rep" in scanner.buckets and "rep" not in scanner.gates
    assert list(scanner.scan("repeat repeated report")) == [(0, 15, "A"), (16, 22, "C")]


_LEXICON_TEXT = (
    "the Supplier shall not respect human rights and must carry out due diligence on "
    "its impact assessment ; notify the Authority of any request from a government "
    "agency , publish a transparency report , grievance mechanism does not apply"
)
_LEXICON_WORDS = st.sampled_from(_LEXICON_TEXT.split())


@settings(max_examples=40, deadline=None)
@given(st.lists(_LEXICON_WORDS, max_size=30))
def test_the_lexicon_scanners_find_the_same_with_and_without_gates(words: list[str]) -> None:
    text = " ".join(words)
    for scanner in (_tokens.lexicon().master, _tokens.prefilter(None)):
        assert list(scanner.scan(text)) == list(_without_gates(scanner).scan(text))


_SENTENCE_WORDS = st.sampled_from(
    ["It", "is", "e.g.", "(e.g.", "U.S.", "No.", "5", "Inc.", "done.", "x.\u00a0Y", "A.B.", "ok."]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_SENTENCE_WORDS, max_size=16), st.sampled_from([" ", "  ", "\n", "\u2003"]))
def test_the_word_before_a_stop_is_the_run_of_non_space_ending_there(
    words: list[str], joiner: str
) -> None:
    text = joiner.join(words)
    for m in re.finditer(r"\.", text):
        for begin in (0, m.start() // 2):
            plain = re.search(r"(\S+)$", text[: m.start() + 1][begin:])
            expected = plain is not None and (
                plain.group(1).lstrip('("“‘[').lower() in _sentences.ABBREVIATIONS
                or (
                    bool(re.match(r"^(?:[A-Za-z]\.){2,}$", plain.group(1).lstrip('("“‘[')))
                    and len(plain.group(1).lstrip('("“‘[')) <= 4
                )
            )
            assert _sentences._is_abbreviation(text, begin, m.start()) is expected


_LIST_PIECES = st.sampled_from(
    [
        *("(a)", "(b)", "(c)", "(i)", "(ii)", "(1)", "(2)", "x(a)", ":(b)", "—(c)", "-(ii)"),
        *("the Supplier", "shall", "report;", "and", "or", "notify", "\u2003", "\n", " "),
    ]
)
# The plain definition of an inline label: after a space, a colon, a semicolon or a
# dash, or at the very start of the text.
_PLAIN_LABEL = re.compile(r"(?:(?<=[\s:;—–-])|^)\((?P<l>[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)\s+")


@settings(max_examples=200, deadline=None)
@given(st.lists(_LIST_PIECES, max_size=14), st.integers(min_value=0, max_value=6))
def test_inline_labels_are_those_of_the_plain_definition(pieces: list[str], offset: int) -> None:
    text = " ".join(pieces)
    start = min(offset, len(text))
    found = _sentences.inline_labels(text, start, len(text))
    expected = _PLAIN_LABEL.finditer(text, start, len(text))
    assert [m.span() for m in found] == [m.span() for m in expected]


def test_a_pattern_that_can_start_anywhere_leaves_the_others_working() -> None:
    # One pattern with no literal beginning makes the scanner try every position; the
    # patterns in buckets must still be tried there, not only the wild one.
    scanner = Scanner.build(
        [("SHALL", r"(?i:shall)"), ("NUMBER", r"\d+")], _tokens._BEFORE_WORD, _tokens._AFTER_WORD
    )
    assert scanner.wild
    text = "the Supplier shall pay 5 dollars"
    assert [(name, text[a:b]) for a, b, name in scanner.scan(text)] == [
        ("SHALL", "shall"),
        ("NUMBER", "5"),
    ]


def test_the_shipped_lexicon_has_no_pattern_that_can_start_anywhere() -> None:
    assert _tokens.lexicon().master.wild == ()
