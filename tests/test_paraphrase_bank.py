"""The paraphrase banks (tests/paraphrases/bank*.toml), written by other engineers from
legal usage without reading the checker: each entry becomes a small contract with its
own party names and goes through the whole pipeline.

Claims, for every bank file: no entry earns a ``met`` (or a ``flagged``) its label
denies, and the share of statuses right stays above a floor measured when the checker
last changed. The banks are other engineers' work in progress: a bank that is not there
yet is not measured, and a new bank is held to the default floor until it gets its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BANKS = sorted((REPO / "tests" / "paraphrases").glob("bank*.toml"))
# Share of statuses right; raise a floor, never lower it.
FLOORS = {
    "bank.toml": 0.91,  # measured 425/462 = 92.0 % (round 4; 382/462 when it arrived)
    # Still being written by another engineer: a margin for entries still to come.
    "bank2.toml": 0.90,  # measured 214/231 = 92.6 % (round 4; 198/231 when it arrived)
}
DEFAULT_FLOOR = 0.80

sys.path.insert(0, str(REPO / "benchmarks"))
from paraphrases import grade_bank, is_false_positive  # noqa: E402

pytestmark = pytest.mark.skipif(not BANKS, reason="no tests/paraphrases/bank*.toml written yet")

_graded: dict[Path, list[tuple[dict[str, str], str, str]]] = {}


def _grade(bank: Path) -> list[tuple[dict[str, str], str, str]]:
    if bank not in _graded:
        _graded[bank] = grade_bank(bank)
    return _graded[bank]


@pytest.mark.parametrize("bank", BANKS, ids=[b.name for b in BANKS])
def test_no_entry_is_met_or_flagged_against_its_label(bank: Path) -> None:
    wrong = [
        f"{e['rule']} {e['status']} got {got}: {e['text']}"
        for e, got, _ in _grade(bank)
        if is_false_positive(e["status"], got)
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("bank", BANKS, ids=[b.name for b in BANKS])
def test_most_entries_grade_as_labelled(bank: Path) -> None:
    graded = _grade(bank)
    right = sum(got == e["status"] for e, got, _ in graded)
    floor = FLOORS.get(bank.name, DEFAULT_FLOOR)
    assert right / len(graded) >= floor, f"{bank.name}: {right}/{len(graded)} < {floor:.0%}"
