"""The check, rules and explain commands: output and exit codes (0 / 1 / 2)."""

from __future__ import annotations

import json
from pathlib import Path

CONTRACT = """SERVICES AGREEMENT

THIS AGREEMENT is made between the Ministry of Health (the "Authority") and Acme Systems
Limited (the "Supplier").

1. HUMAN RIGHTS

1.1 The Supplier shall respect internationally recognised human rights in performing
the Services.

1.2 The Supplier shall use reasonable efforts to carry out human rights due diligence.
"""


def write(tmp_path: Path, text: str = CONTRACT, name: str = "contract.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_check_text_reads_like_a_linter(tmp_path: Path, run_cli) -> None:
    path = write(tmp_path)
    code, out, err = run_cli("check", str(path), "--kind", "service")
    assert code == 1  # required rules are missing: errors
    assert f"{path}:1.2 (line 11): DD2 weak (required) — best-efforts modality" in out
    assert "DD1 met" in out and "Missing (" in out
    assert "fail" in out.lower()  # the verdict
    assert err == ""


def test_check_json_is_the_report_schema(tmp_path: Path, run_cli) -> None:
    path = write(tmp_path)
    _code, out, _err = run_cli("check", str(path), "--kind", "service", "--format", "json")
    data = json.loads(out)
    assert data["schema"] == "clausecheck/report@1"
    assert data["kind"] == "service" and data["kind_detected"] is False
    dd2 = next(f for f in data["findings"] if f["rule"] == "DD2")
    assert dd2["status"] == "weak" and dd2["evidence"][0]["location"]["label"] == "1.2"
    other = write(tmp_path, name="other.txt")
    _code, out, _err = run_cli("check", str(path), str(other), "--format", "json")
    assert [r["document"]["path"] for r in json.loads(out)] == [str(path), str(other)]


def test_fail_on_and_select(tmp_path: Path, run_cli) -> None:
    path = write(tmp_path)
    assert run_cli("check", str(path), "--fail-on", "never")[0] == 0
    assert run_cli("check", str(path), "--kind", "service", "--select", "DD1")[0] == 0
    assert (
        run_cli(
            "check", str(path), "--kind", "service", "--select", "DD1,DD2", "--fail-on", "warning"
        )[0]
        == 1
    )


def test_usage_and_read_errors_exit_2(tmp_path: Path, run_cli) -> None:
    path = write(tmp_path)
    code, _out, err = run_cli("check", str(path), "--select", "XX1")
    assert code == 2 and "XX1" in err
    code, _out, err = run_cli("check", str(tmp_path / "absent.txt"))
    assert code == 2 and "absent.txt" in err
    assert run_cli("check", str(path), "--kind", "lease")[0] == 2
    assert run_cli("explain", "ZZ9")[0] == 2


def test_rules_table(run_cli) -> None:
    code, out, _err = run_cli("rules")
    assert code == 0 and out.startswith("id ") and "GR3" in out
    code, out, _err = run_cli("rules", "--kind", "licence")
    assert code == 0 and "DD8" not in out


def test_explain_by_id_and_name(run_cli) -> None:
    code, by_id, _err = run_cli("explain", "OV1")
    assert code == 0 and "## What it checks" in by_id
    assert run_cli("explain", "audit-rights")[1] == by_id
