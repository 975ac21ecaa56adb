"""The Markdown report: what a reviewer reads in a pull request of contract drafts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from clausecheck.model import Report, Status
from clausecheck.render import render
from clausecheck.render.markdown import escape, fenced

SPECIAL = set("\\`*_[]<>|~&$")


def _table_rows(markdown: str) -> list[list[str]]:
    rows = []
    for line in markdown.splitlines():
        if line.startswith("| ") and not line.startswith("| Rule") and "---" not in line:
            rows.append([cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]])
    return rows


def test_report_opens_with_document_and_verdict(docx_report: Report) -> None:
    text = render(docx_report, "markdown")
    assert text.splitlines()[0] == "# clausecheck: procurement-draft.docx — FAIL"
    assert "**Verdict: fail** · kind: procurement (detected)" in text


def test_status_table_lists_every_rule_once_with_its_status(docx_report: Report) -> None:
    rows = _table_rows(render(docx_report, "markdown"))
    assert [row[0] for row in rows] == [f.rule for f in docx_report.findings]
    for row, finding in zip(rows, docx_report.findings, strict=True):
        assert row[3].endswith(str(finding.status))


def test_rules_needing_attention_get_sections_in_order_flagged_missing_weak(
    docx_report: Report,
) -> None:
    text = render(docx_report, "markdown")
    sections = re.findall(r"^## (\w[\w ]+) \((\d+)\)$", text, flags=re.M)
    assert sections == [("Flagged guardrails", "1"), ("Missing", "2"), ("Weak", "2")]
    assert "### DD1" not in text  # met rules stay in the table only


def test_evidence_is_a_quote_followed_by_its_clause(docx_report: Report) -> None:
    text = render(docx_report, "markdown")
    assert (
        "> The Authority may audit the Supplier's financial records\\.\n>\n"
        "> — clause 18\\.1 \\(Audit\\)"
    ) not in text  # dots and brackets are not over-escaped
    assert (
        "> The Authority may audit the Supplier's financial records.\n>\n> — clause 18.1 (Audit)"
    ) in text


def test_suggestion_is_a_fenced_block(docx_report: Report) -> None:
    text = render(docx_report, "markdown")
    suggestion = docx_report.finding("OV1").suggestion
    words = len(suggestion.split())
    assert (
        f"<details><summary>Suggested wording ({words} words)</summary>\n\n"
        f"```text\n{suggestion}\n```\n\n</details>"
    ) in text


def test_text_sources_cite_line_numbers(text_report: Report) -> None:
    text = render(text_report, "markdown")
    assert "> — clause 3.4 (Standards), line 61" in text


def test_contract_markup_stays_literal_text(nasty_report: Report) -> None:
    text = render(nasty_report, "markdown")
    assert "<script>" not in text and "\\<script\\>" in text
    assert "\\*bold\\*" in text and "\\| pipe" in text and "\\`tick\\`" in text
    assert "\\[link\\](http://x)" in text


def test_fence_outlasts_any_backtick_run_in_the_suggestion(nasty_report: Report) -> None:
    text = render(nasty_report, "markdown")
    suggestion = nasty_report.finding("DD2").suggestion
    assert f"`````text\n{suggestion}\n`````" in text


def test_several_reports_get_a_summary_table_and_a_section_each(
    docx_report: Report, text_report: Report
) -> None:
    text = render([docx_report, text_report], "markdown")
    assert text.startswith("# clausecheck report\n")
    assert "| procurement-draft.docx | procurement | **fail** | 1 | 2 | 2 | 3 |" in text
    assert "| health-app-services.txt | service | **review** | 0 | 0 | 1 | 2 |" in text
    assert "## clausecheck: procurement-draft.docx — FAIL" in text
    assert "## clausecheck: health-app-services.txt — REVIEW" in text
    assert "### Weak (1)" in text


def test_a_report_with_nothing_to_fix_says_so(text_report: Report) -> None:
    from dataclasses import replace

    passing = replace(
        text_report,
        findings=tuple(f for f in text_report.findings if f.status is not Status.WEAK),
    )
    assert "Every applicable rule is met" in render(passing, "markdown")


@settings(max_examples=200)
@given(st.text())
def test_escaped_text_has_no_unescaped_markup(text: str) -> None:
    escaped = escape(text)
    assert "\n" not in escaped
    plain = re.sub(r"\\.", "", escaped)  # drop every escaped pair
    assert not SPECIAL & set(plain)
    assert not re.match(r"[#+=-]|\d+[.)]", escaped)  # no heading, list item or underline


@settings(max_examples=200)
@given(st.text())
def test_no_content_can_close_its_fence(text: str) -> None:
    block = fenced(text).splitlines()
    fence = block[0].removesuffix("text")
    assert block[-1] == fence
    assert all(not line.startswith(fence) for line in block[1:-1])
