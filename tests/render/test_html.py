"""The HTML report: one self-contained page, contract text escaped, findings grouped by status.

The page is read here with the standard library's HTML tokenizer; ``test_html_browser.py``
renders it in a real headless Chromium.
"""

from __future__ import annotations

from clausecheck.model import Report
from clausecheck.render import render
from tests.render._dom import parse


def test_page_is_self_contained_without_script_or_external_resources(
    docx_report: Report, text_report: Report
) -> None:
    page = render([docx_report, text_report], "html")
    root = parse(page)
    assert page.startswith("<!DOCTYPE html>")
    assert not root.find_all("script") and not root.find_all("link")
    assert not [e for e in root.iter() if any(k in e.attrs for k in ("src", "srcset"))]
    assert all(a.attrs["href"].startswith("#") for a in root.find_all("a"))
    assert len(root.find_all("style")) == 1


def test_verdict_banner_names_the_verdict(docx_report: Report) -> None:
    root = parse(render(docx_report, "html"))
    (banner,) = [e for e in root.iter("div") if e.has_class("banner")]
    assert banner.has_class("verdict-fail")
    assert banner.text.startswith("fail A required term is missing")
    assert "5 of 8 rules need attention" in banner.text


def test_findings_are_grouped_by_status_worst_first(docx_report: Report) -> None:
    root = parse(render(docx_report, "html"))
    order = [
        (e.attrs["data-rule"], e.attrs["data-status"])
        for e in root.iter()
        if "data-rule" in e.attrs
    ]
    assert order == [
        ("GR1", "flagged"),
        ("DD3", "missing"),
        ("TR3", "missing"),
        ("DD2", "weak"),
        ("OV1", "weak"),
        ("DD1", "met"),
        ("OV6", "met"),
        ("GR2", "clear"),
    ]


def test_each_finding_shows_highlighted_evidence_location_reason_and_suggestion(
    docx_report: Report,
) -> None:
    root = parse(render(docx_report, "html"))
    (ov1,) = root.find_all("article", data_rule="OV1")
    assert ov1.find_all("mark")[0].text == (
        "The Authority may audit the Supplier's financial records."
    )
    assert [e.text for e in ov1.iter("span") if e.has_class("where")] == ["clause 18.1 (Audit)"]
    assert "The audit right reaches financial records only." in ov1.text
    (suggestion,) = ov1.find_all("pre")
    assert suggestion.text == docx_report.finding("OV1").suggestion


def test_text_sources_show_the_line(text_report: Report) -> None:
    root = parse(render(text_report, "html"))
    (dd5,) = root.find_all("article", data_rule="DD5")
    assert "clause 3.4 (Standards), line 61" in dd5.text


def test_contract_text_is_escaped_never_markup(nasty_report: Report) -> None:
    page = render(nasty_report, "html")
    root = parse(page)
    assert not root.find_all("script") and not root.find_all("img") and not root.find_all("i")
    (mark,) = root.find_all("mark")
    assert mark.text.startswith("<script>alert('x')</script> *bold*")
    assert "{{ 7*7 }}" in mark.text  # never evaluated as a template
    assert "<img src=x onerror=alert(1)>.md" in root.find_all("h2")[0].text


def test_several_reports_share_one_page_with_a_summary_and_a_section_each(
    docx_report: Report, text_report: Report
) -> None:
    root = parse(render([docx_report, text_report], "html"))
    rows = [tr for tr in root.iter("tr") if "data-document" in tr.attrs]
    assert [(r.attrs["data-document"], r.attrs["data-verdict"]) for r in rows] == [
        ("procurement-draft.docx", "fail"),
        ("health-app-services.txt", "review"),
    ]
    sections = root.find_all("section")
    ids = [s.attrs["id"] for s in sections if "id" in s.attrs]
    assert ids == ["doc1-procurement-draft-docx", "doc2-health-app-services-txt"]
    assert [a.attrs["href"] for a in root.find_all("a")] == [f"#{i}" for i in ids]


def test_one_report_has_no_summary_table(docx_report: Report) -> None:
    root = parse(render(docx_report, "html"))
    assert not [s for s in root.find_all("section") if s.has_class("summary")]


def test_met_and_clear_rules_are_folded_and_the_rest_are_open(docx_report: Report) -> None:
    root = parse(render(docx_report, "html"))
    groups = [d for d in root.iter("details") if d.has_class("group")]
    folded = {
        li.attrs["data-rule"]: "open" in group.attrs
        for group in groups
        for li in group.iter("li")
        if "data-rule" in li.attrs
    }
    assert folded == {"DD1": False, "OV6": False, "GR2": False}
    for article in root.find_all("article"):  # weak, missing, flagged: never in a fold
        assert article.attrs["data-status"] in ("weak", "missing", "flagged")
    assert not [d for d in groups if d.find_all("article")]
