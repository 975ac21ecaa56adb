"""Every template's output, pinned, so that a change of wording is reviewed on purpose.

Each clause template is drafted alone for each kind it applies to
(``snapshots/templates/<kind>-<RULE>.txt``), and each schedule in text and Markdown
(``<kind>-schedule.txt``, ``<kind>-schedule.md``), with one fixed set of names per kind.
After changing a template on purpose, rewrite the snapshots and review the diff:

    CLAUSECHECK_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/test_draft_snapshots.py
    git diff tests/snapshots/templates/
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from clausecheck.drafting import KINDS, NOT_CHECKED, RULES, draft_text

SNAPSHOTS = Path(__file__).parent / "snapshots" / "templates"
UPDATE = os.environ.get("CLAUSECHECK_UPDATE_SNAPSHOTS") == "1"
NAMES = {
    "procurement": ("the Supplier", "the Authority"),
    "service": ("the Provider", "the Ministry of Health"),
    "licence": ("the Licensee", "the Regulator"),
    "support": ("the Borrower", "the Bank"),
}
CASES = [(kind, rule) for kind in KINDS for rule in RULES if rule not in NOT_CHECKED.get(kind, ())]


def _compare(name: str, actual: str) -> None:
    path = SNAPSHOTS / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(
            f"no snapshot {path.name}; run with CLAUSECHECK_UPDATE_SNAPSHOTS=1 and review it"
        )
    assert actual == path.read_text(encoding="utf-8"), (
        f"{path.name} changed; if on purpose, rerun with CLAUSECHECK_UPDATE_SNAPSHOTS=1"
    )


@pytest.mark.parametrize(("kind", "rule"), CASES)
def test_clause_wording_matches_its_snapshot(kind: str, rule: str) -> None:
    company, state = NAMES[kind]
    text = draft_text(
        kind,
        company=company,
        state=state,
        rules=[rule],
        clause_number=14,
        target_clause="clause 9.2",
    )
    _compare(f"{kind}-{rule}.txt", text)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_schedule_matches_its_snapshot(kind: str, fmt: str) -> None:
    company, state = NAMES[kind]
    text = draft_text(kind, company=company, state=state, format=fmt, schedule_number="5")
    _compare(f"{kind}-schedule.{'md' if fmt == 'markdown' else 'txt'}", text)


def test_no_snapshot_is_left_over_from_a_template_that_is_gone() -> None:
    expected = {f"{kind}-{rule}.txt" for kind, rule in CASES}
    expected |= {f"{kind}-schedule.{ext}" for kind in KINDS for ext in ("txt", "md")}
    present = {
        p.name for p in SNAPSHOTS.iterdir() if p.suffix in (".txt", ".md") and p.name != "README.md"
    }
    assert present == expected
