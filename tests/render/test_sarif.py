"""SARIF 2.1.0: valid against the official schema, rules described, results located.

The schema is the OASIS TC's own, vendored byte for byte in ``tests/schemas/`` (its source
and licence are in ``tests/schemas/SOURCES.md``), so validation runs on any checkout.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest

from clausecheck.model import Evidence, Report, Status
from clausecheck.render import render
from clausecheck.render.sarif import FINGERPRINT, artifact_uri, fingerprint

SCHEMA = Path(__file__).resolve().parents[1] / "schemas" / "sarif-schema-2.1.0.json"
SCHEMA_SHA256 = "ad389db5a66fad5c131178b0e1f18600ac625616cd5ea20a00ee8ee246dc7069"
CATALOGUE = [
    "DD1", "DD2", "DD3", "DD4", "DD5", "DD6", "DD7", "DD8", "OV1", "OV2", "OV3", "OV4",
    "OV5", "OV6", "TR1", "TR2", "TR3", "TR4", "GR1", "GR2", "GR3",
]  # fmt: skip


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_the_vendored_schema_is_the_official_file_unmodified() -> None:
    data = SCHEMA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SCHEMA_SHA256
    schema = json.loads(data)
    assert schema["$id"].endswith("/Schemata/sarif-schema-2.1.0.json")


def _log(*reports: Report) -> dict:
    return json.loads(render(list(reports), "sarif"))


def test_log_validates_against_the_sarif_2_1_0_schema(
    validator: jsonschema.Draft202012Validator,
    docx_report: Report,
    text_report: Report,
    nasty_report: Report,
) -> None:
    log = _log(docx_report, text_report, nasty_report)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert errors == [], [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    # This copy of the schema nests region's "anyOf" under "properties" by mistake (the
    # SARIF TC's erratum 462), so it does not enforce that a region starts somewhere:
    # check that rule of the spec (§3.30.2) here.
    for result in log["runs"][0]["results"]:
        for location in result["locations"]:
            region = location["physicalLocation"].get("region")
            if region is not None:
                assert {"startLine", "charOffset", "byteOffset"} & set(region)


def test_an_empty_run_is_valid_too(validator: jsonschema.Draft202012Validator) -> None:
    assert not list(validator.iter_errors(json.loads(render([], "sarif"))))


def test_driver_describes_every_catalogue_rule(docx_report: Report) -> None:
    rules = _log(docx_report)["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == CATALOGUE
    for rule in rules:
        assert rule["name"] and rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["help"]["markdown"].strip()
        assert rule["helpUri"] == f"docs/rules/{rule['id']}.md"
        assert rule["defaultConfiguration"]["level"] in ("error", "warning")
    by_id = {r["id"]: r for r in rules}
    assert by_id["DD2"]["name"] == "due-diligence"
    assert by_id["GR1"]["defaultConfiguration"]["level"] == "error"
    assert by_id["DD2"]["defaultConfiguration"]["level"] == "error"  # required for every kind


def test_results_are_the_findings_that_need_attention_with_levels_by_severity(
    docx_report: Report,
) -> None:
    results = _log(docx_report)["runs"][0]["results"]
    expected = [
        (f.rule, str(f.severity))
        for f in docx_report.findings
        if f.status in (Status.WEAK, Status.MISSING, Status.FLAGGED)
    ]
    assert [(r["ruleId"], r["level"]) for r in results] == expected
    assert ("TR3", "warning") in expected and ("GR1", "error") in expected
    rules = _log(docx_report)["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


def test_text_evidence_has_a_line_and_column_region_with_its_snippet(
    text_report: Report,
) -> None:
    (result,) = _log(text_report)["runs"][0]["results"]
    physical = result["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "contracts/health-app-services.txt"
    evidence = text_report.finding("DD5").evidence[0]
    assert physical["region"] == {
        "startLine": 61,
        "startColumn": 5,
        "endLine": 61,
        "endColumn": 5 + len(evidence.text),
        "snippet": {"text": evidence.text},
    }


def test_docx_evidence_has_a_logical_clause_location_and_no_line(docx_report: Report) -> None:
    results = {r["ruleId"]: r for r in _log(docx_report)["runs"][0]["results"]}
    location = results["OV1"]["locations"][0]
    assert "region" not in location["physicalLocation"]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == (
        "drafts/procurement-draft.docx"
    )
    assert location["logicalLocations"] == [
        {"name": "18.1", "fullyQualifiedName": "Audit / clause 18.1", "kind": "member"}
    ]
    assert "The Authority may audit the Supplier" in location["message"]["text"]


def test_a_missing_rule_points_at_the_whole_document(docx_report: Report) -> None:
    results = {r["ruleId"]: r for r in _log(docx_report)["runs"][0]["results"]}
    (location,) = results["DD3"]["locations"]
    assert set(location["physicalLocation"]) == {"artifactLocation"}


def test_fingerprint_follows_the_clause_text_not_its_place(docx_report: Report) -> None:
    finding = docx_report.finding("OV1")
    moved = replace(
        finding,
        evidence=(
            Evidence(
                text="The Authority may audit the  Supplier's financial records.",
                location=replace(finding.evidence[0].location, block=99, label="19.1"),
            ),
        ),
    )
    edited = replace(
        finding,
        evidence=(replace(finding.evidence[0], text="The Authority may audit anything."),),
    )

    def print_of(f: object) -> str:
        report = replace(docx_report, findings=(f,))
        return _log(report)["runs"][0]["results"][0]["partialFingerprints"][FINGERPRINT]

    assert print_of(finding) == print_of(moved)
    assert print_of(finding) != print_of(edited)
    assert fingerprint("OV1", None) != fingerprint("OV3", None)


def test_artifacts_carry_the_documents_hash(docx_report: Report, text_report: Report) -> None:
    artifacts = _log(docx_report, text_report)["runs"][0]["artifacts"]
    assert [a["hashes"]["sha-256"] for a in artifacts] == ["3f" * 32, "a1" * 32]
    assert artifacts[0]["mimeType"].endswith("wordprocessingml.document")


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("drafts/My Draft.docx", "drafts/My%20Draft.docx"),
        ("/srv/contracts/a#1.txt", "file:///srv/contracts/a%231.txt"),
        ("C:\\Contracts\\a.docx", "file:///C:/Contracts/a.docx"),
        ("sub\\b.md", "sub/b.md"),
    ],
)
def test_paths_become_uri_references(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri
    parts = urlsplit(uri)
    assert " " not in uri and (parts.scheme in ("", "file"))


def test_contract_text_is_plain_json_data(nasty_report: Report) -> None:
    (result,) = _log(nasty_report)["runs"][0]["results"]
    snippet = result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
    assert snippet == nasty_report.finding("DD2").evidence[0].text


def test_suggestion_travels_with_the_result(docx_report: Report) -> None:
    results = {r["ruleId"]: r for r in _log(docx_report)["runs"][0]["results"]}
    assert results["OV1"]["properties"]["suggestion"] == docx_report.finding("OV1").suggestion


def test_sarif_of_real_checks_of_the_bundled_example_validates(
    validator: jsonschema.Draft202012Validator,
) -> None:
    import clausecheck

    examples = Path(__file__).resolve().parents[2] / "examples"
    reports = [
        clausecheck.check(examples / name)
        for name in ("procurement-draft.docx", "procurement-draft.txt")
    ]
    log = _log(*reports)
    assert not list(validator.iter_errors(log))
    results = log["runs"][0]["results"]
    by_kind = {
        "docx": [
            r
            for r in results
            if r["locations"][0]["physicalLocation"]["artifactLocation"]["index"] == 0
        ],
        "txt": [
            r
            for r in results
            if r["locations"][0]["physicalLocation"]["artifactLocation"]["index"] == 1
        ],
    }
    assert by_kind["docx"] and by_kind["txt"]
    located = [r for r in by_kind["txt"] if "region" in r["locations"][0]["physicalLocation"]]
    assert located and all(
        r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in located
    )
    assert all("region" not in r["locations"][0]["physicalLocation"] for r in by_kind["docx"])


def test_reader_warnings_are_notifications_of_the_invocation_at_their_document(
    validator: jsonschema.Draft202012Validator, docx_report: Report, text_report: Report
) -> None:
    warned = replace(
        text_report,
        warnings=(
            "the text is not UTF-8; read it as Windows-1252 (cp1252)",
            "the text is not UTF-8; read it as Windows-1252 (cp1252)",
        ),
    )
    log = _log(docx_report, warned)
    assert not list(validator.iter_errors(log))
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is True
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "warning"
    assert notification["message"]["text"] == warned.warnings[0]
    artifact = notification["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": "contracts/health-app-services.txt", "index": 1}
    assert not _log(docx_report)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
