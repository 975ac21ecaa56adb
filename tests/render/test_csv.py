"""The CSV report: one row per file × rule that a researcher's tools read back exactly."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from clausecheck.model import Report
from clausecheck.render import render
from clausecheck.render.csv import COLUMNS


def _read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_row_per_file_and_rule_in_catalogue_order(
    docx_report: Report, text_report: Report
) -> None:
    rows = _read(render([docx_report, text_report], "csv"))
    expected = [(r.document.path, f.rule) for r in (docx_report, text_report) for f in r.findings]
    assert [(row["path"], row["rule"]) for row in rows] == expected


def test_header_names_the_columns_researchers_join_on(docx_report: Report) -> None:
    header = render(docx_report, "csv").splitlines()[0]
    assert next(csv.reader([header])) == list(COLUMNS)
    assert {"path", "kind", "verdict", "rule", "name", "level", "status", "reason"} <= set(COLUMNS)


def test_row_carries_verdict_status_and_first_evidence(docx_report: Report) -> None:
    rows = {row["rule"]: row for row in _read(render(docx_report, "csv"))}
    ov1 = rows["OV1"]
    assert (ov1["kind"], ov1["verdict"], ov1["status"], ov1["severity"]) == (
        "procurement",
        "fail",
        "weak",
        "warning",
    )
    assert ov1["evidence_label"] == "18.1" and ov1["evidence_heading"] == "Audit"
    assert ov1["evidence_text"] == "The Authority may audit the Supplier's financial records."
    assert rows["DD3"]["evidence_count"] == "0" and rows["DD3"]["evidence_text"] == ""


def test_text_sources_give_the_evidence_line(text_report: Report) -> None:
    rows = {row["rule"]: row for row in _read(render(text_report, "csv"))}
    assert rows["DD5"]["evidence_line"] == "61"


def test_quotes_commas_and_line_breaks_survive_the_round_trip(docx_report: Report) -> None:
    tricky = 'The Supplier shall, "where lawful", notify\nthe Authority; and report.'
    finding = replace(docx_report.findings[0], reason=tricky)
    report = replace(docx_report, findings=(finding,))
    assert _read(render(report, "csv"))[0]["reason"] == tricky


def test_cells_a_spreadsheet_would_run_are_neutralised(nasty_report: Report) -> None:
    row = _read(render(nasty_report, "csv"))[0]
    assert row["reason"] == "'=SUM(A1:A9) reason <i>"
    assert row["evidence_text"].startswith("<script>")  # text in the middle is left as is


def test_lines_end_with_crlf_as_rfc_4180_says(docx_report: Report) -> None:
    text = render(docx_report, "csv")
    assert text.endswith("\r\n") and text.count("\r\n") == len(docx_report.findings) + 1


@settings(max_examples=100)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_any_reason_round_trips_apart_from_the_formula_guard(
    docx_report: Report, text: str
) -> None:
    report = replace(docx_report, findings=(replace(docx_report.findings[0], reason=text),))
    read_back = _read(render(report, "csv"))[0]["reason"]
    guarded = text.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert read_back == ("'" + text if guarded else text)


def test_each_row_says_what_the_reader_warned_about_its_file(
    docx_report: Report, text_report: Report
) -> None:
    warned = replace(
        docx_report,
        warnings=(
            "the document has 2 tracked change(s); it was read as if all were accepted",
            "embedded documents (altChunk) were not read",
        ),
    )
    rows = _read(render([warned, text_report], "csv"))
    assert COLUMNS[-1] == "warnings"
    by_path = {row["path"]: row["warnings"] for row in rows}
    assert by_path[warned.document.path] == "\n".join(warned.warnings)
    assert by_path[text_report.document.path] == ""
    assert all(row["warnings"] == by_path[row["path"]] for row in rows)
