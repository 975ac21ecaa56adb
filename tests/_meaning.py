"""One provision through the whole pipeline, shared by the tests/test_paraphrases_*.py tables.

Each table row (rule, expected status, kind, company term, State term, text) becomes a
small contract (``clausecheck._examples.bank_contract``), is read and checked for that
one rule. ``meaning_tests`` makes the two parametrised tests every table uses: CASES must
grade as written; NOT_YET (known gaps) must still grade wrong and never as a false met
or flag. It does not decide what a row should grade: the tables do.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from clausecheck._examples import bank_contract
from clausecheck.match import check_document
from clausecheck.pipeline import read

Row = tuple[str, str, str, str, str, str]
FIELDS = ("rule", "expected", "kind", "company", "state", "text")


def grade(rule: str, kind: str, company: str, state: str, text: str) -> tuple[str, str]:
    """(status, reason) of ``rule`` for ``text`` set in a small contract of ``kind``."""
    entry = {"rule": rule, "kind": kind, "company": company, "state": state, "text": text}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "entry.txt"
        path.write_text(bank_contract(entry), encoding="utf-8")
        report = check_document(read(path), kind, select=(rule,))
    finding = report.findings[0]
    return finding.status.value, finding.reason


def _ids(rows: Sequence[Row]) -> list[str]:
    return [f"{row[0]}-{row[1]}-{i}" for i, row in enumerate(rows)]


def meaning_tests(
    cases: Sequence[Row], not_yet: Sequence[Row]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The table's two tests: (read as expected, known gap still wrong but never false)."""

    @pytest.mark.parametrize(FIELDS, cases, ids=_ids(cases))
    def test_read_by_meaning(
        rule: str, expected: str, kind: str, company: str, state: str, text: str
    ) -> None:
        status, reason = grade(rule, kind, company, state, text)
        assert status == expected, reason

    @pytest.mark.parametrize(FIELDS, not_yet, ids=_ids(not_yet))
    def test_not_yet_read_right(
        rule: str, expected: str, kind: str, company: str, state: str, text: str
    ) -> None:
        """A known gap stays visible: when it starts to pass, move it into CASES."""
        status, reason = grade(rule, kind, company, state, text)
        assert status != expected, f"{rule} now reads as {expected}: move it into CASES"
        assert status not in ("met", "flagged"), f"a false {status}, expected {expected}: {reason}"

    return test_read_by_meaning, test_not_yet_read_right
