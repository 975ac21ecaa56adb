"""The JSON report (schema clausecheck/report@1) pinned by a snapshot.

The snapshot is the checker's report of a small contract (before drafting attaches its
suggestions, whose wording is drafting's to change) with the machine-specific values
(path, sha256) replaced. Regenerate it after a deliberate change with
``CLAUSECHECK_UPDATE_SNAPSHOTS=1 pytest tests/test_report_json.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from clausecheck.match import check_document
from clausecheck.pipeline import read
from clausecheck.render import render

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "report.json"

CONTRACT = """SUPPLY AGREEMENT

THIS AGREEMENT is made between the Ministry of Transport (the "Authority") and Kestrel
Analytics Limited (the "Supplier").

1. HUMAN RIGHTS

1.1 The Supplier shall respect internationally recognised human rights.

1.2 The Authority may audit the Supplier's invoices and financial records.

1.3 The Supplier shall give the Authority direct and unrestricted access to all user data
held in the System, for any purpose.
"""


def redacted(report: dict) -> dict:
    report["document"]["path"] = "<path>"
    report["document"]["sha256"] = "<sha256>"
    return report


def test_json_report_matches_the_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "contract.txt"
    path.write_text(CONTRACT, encoding="utf-8")
    report = check_document(read(path), "procurement")
    data = redacted(json.loads(render(report, "json")))
    assert data == redacted(report.to_dict())
    if os.environ.get("CLAUSECHECK_UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert data == expected


def test_several_reports_are_one_array(tmp_path: Path) -> None:
    paths = []
    for name in ("a.txt", "b.txt"):
        path = tmp_path / name
        path.write_text(CONTRACT, encoding="utf-8")
        paths.append(path)
    reports = [check_document(read(p), "procurement") for p in paths]
    data = json.loads(render(reports, "json"))
    assert isinstance(data, list) and len(data) == 2
    assert data[0]["schema"] == "clausecheck/report@1"
