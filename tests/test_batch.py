"""Batch runs: many files and folders, in order, in parallel, unreadable files reported."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from clausecheck.batch import (
    Outcome,
    check_many,
    collect,
    progress_line,
    summary_table,
)
from clausecheck.errors import UsageError

# A short services contract in the project's own words: enough for a real check.
CONTRACT = """SERVICES AGREEMENT

This Agreement is made between the Ministry of Digital Affairs (the "Authority") and
Northwind Data Ltd (the "Provider").

1. Services

1.1 The Provider shall operate the citizen services platform for the Authority.

2. Human Rights

2.1 The Provider shall respect internationally recognised human rights in performing
this Agreement.

2.2 The Provider shall use reasonable endeavours to carry out human rights due
diligence.

3. Audit

3.1 The Authority may audit the Provider's financial records.
"""


def _tree(root: Path) -> dict[str, Path]:
    files = {
        "a.txt": root / "a.txt",
        "b.md": root / "nested" / "deeper" / "b.md",
        "c.TXT": root / "nested" / "c.TXT",
        "notes.pdf": root / "notes.pdf",
        "hidden.txt": root / ".git" / "hidden.txt",
        "lock.docx": root / "nested" / "~$lock.docx",
        "dot.md": root / ".draft.md",
    }
    for path in files.values():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(CONTRACT, encoding="utf-8")
    return files


def test_folders_are_searched_recursively_with_the_default_globs(tmp_path: Path) -> None:
    files = _tree(tmp_path)
    found = collect([tmp_path])
    assert found == (files["a.txt"], files["c.TXT"], files["b.md"])  # sorted by path


def test_include_globs_choose_the_files(tmp_path: Path) -> None:
    files = _tree(tmp_path)
    assert collect([tmp_path], ["*.md"]) == (files["b.md"],)
    assert collect([tmp_path], ["*.pdf", "c.*"]) == (files["c.TXT"], files["notes.pdf"])


def test_named_files_are_always_taken_once_in_the_order_given(tmp_path: Path) -> None:
    files = _tree(tmp_path)
    found = collect([files["notes.pdf"], tmp_path / "nested", files["notes.pdf"]])
    assert found == (files["notes.pdf"], files["c.TXT"], files["b.md"])


def test_a_missing_named_file_is_kept_to_be_reported(tmp_path: Path) -> None:
    assert collect([tmp_path / "gone.docx"]) == (tmp_path / "gone.docx",)


def test_a_folder_without_contracts_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.7")
    with pytest.raises(UsageError, match="no contract files in"):
        collect([tmp_path])


def test_outcomes_come_in_input_order_and_unreadable_files_do_not_stop_the_run(
    tmp_path: Path,
) -> None:
    good = [tmp_path / f"{n}.txt" for n in range(3)]
    for path in good:
        path.write_text(CONTRACT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    paths = [good[0], empty, good[1], tmp_path / "missing.txt", good[2]]
    outcomes = list(check_many(paths, jobs=2))
    assert [o.path for o in outcomes] == [str(p) for p in paths]
    assert [o.report is not None for o in outcomes] == [True, False, True, False, True]
    assert "empty" in (outcomes[1].error or "") and "no such file" in (outcomes[3].error or "")
    serial = list(check_many(paths, jobs=1))
    assert [o.report for o in outcomes] == [o.report for o in serial]


def test_jobs_below_one_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        list(check_many([tmp_path / "a.txt"], jobs=0))


def test_summary_table_counts_verdicts_and_unreadable_files(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(CONTRACT, encoding="utf-8")
    (outcome,) = check_many([path])
    table = summary_table([outcome, Outcome(path="broken.docx", error="broken.docx: corrupt")])
    lines = table.splitlines()
    assert lines[0].split() == [
        "file",
        "kind",
        "verdict",
        "flagged",
        "missing",
        "weak",
        "met/clear",
    ]
    assert lines[1].split()[:3] == [
        str(path),
        str(outcome.report.kind),
        str(outcome.report.verdict),
    ]
    assert lines[2].split()[:3] == ["broken.docx", "-", "unreadable"]
    assert lines[-1] == (
        f"2 files: {int(outcome.report.verdict == 'fail')} fail, "
        f"{int(outcome.report.verdict == 'review')} review, "
        f"{int(outcome.report.verdict == 'pass')} pass, 1 unreadable"
    )


def test_progress_line_fits_its_width_and_counts() -> None:
    line = progress_line(10, 10, "/a/very/long/path/" + "x" * 200 + ".docx", width=60)
    assert len(line) == 60 and line.startswith("[" + "#" * 20 + "] 10/10 ")


# -- the command line ---------------------------------------------------------------


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text(CONTRACT, encoding="utf-8")
    (folder / "sub" / "two.md").write_text(CONTRACT, encoding="utf-8")
    (folder / "sub" / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    return folder


def test_cli_batch_reports_unreadable_file_on_one_line_goes_on_and_exits_2(
    tmp_path: Path, run_cli
) -> None:
    folder = _folder(tmp_path)
    code, out, err = run_cli("check", str(folder), "--jobs", "2", "--format", "json")
    assert code == 2
    reports = json.loads(out)
    assert [r["document"]["path"] for r in reports] == [
        str(folder / "one.txt"),
        str(folder / "sub" / "two.md"),
    ]
    problems = [line for line in err.splitlines() if "broken.docx" in line]
    assert len(problems) == 1 and problems[0].startswith("clausecheck: ")


def test_cli_batch_csv_is_one_table_for_all_files(tmp_path: Path, run_cli) -> None:
    folder = _folder(tmp_path)
    shutil.rmtree(folder / "sub")
    (folder / "two.txt").write_text(CONTRACT, encoding="utf-8")
    code, out, _ = run_cli("check", str(folder), "--format", "csv", "--fail-on", "never")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert {row["path"] for row in rows} == {str(folder / "one.txt"), str(folder / "two.txt")}
    assert len(rows) % 2 == 0 and rows[0]["rule"] == rows[len(rows) // 2]["rule"]


def test_cli_text_batch_ends_with_a_summary_table(tmp_path: Path, run_cli) -> None:
    folder = _folder(tmp_path)
    (folder / "sub" / "broken.docx").unlink()
    _, out, _ = run_cli("check", str(folder), "--fail-on", "never")
    tail = out.rstrip().splitlines()
    assert tail[-1].startswith("2 files: ") and tail[-1].endswith(", 0 unreadable")
    assert any(line.startswith("file ") and "verdict" in line for line in tail[-6:])


def test_cli_fail_on_decides_the_exit_code(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "one.txt"
    path.write_text(CONTRACT, encoding="utf-8")
    assert run_cli("check", str(path), "--fail-on", "never")[0] == 0
    assert run_cli("check", str(path), "--fail-on", "warning")[0] == 1


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path, run_cli) -> None:
    folder = _folder(tmp_path)
    _, _, err = run_cli("check", str(folder), "--fail-on", "never")
    assert "\r" not in err and "[#" not in err


def test_redline_without_annotate_is_a_usage_error(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "one.txt"
    path.write_text(CONTRACT, encoding="utf-8")
    code, _, err = run_cli("check", str(path), "--redline")
    assert code == 2 and "--redline works with --annotate" in err


def test_pre_commit_hook_runs_check_on_contract_files() -> None:
    import re

    hooks = (Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text()
    fields = dict(re.findall(r"^\s*-?\s*(\w+): (.+)$", hooks, flags=re.M))
    assert fields["id"] == "clausecheck" and fields["entry"] == "clausecheck check"
    assert fields["language"] == "python"
    pattern = re.compile(fields["files"])
    assert all(pattern.search(n) for n in ("a/draft.docx", "b.txt", "c.md", "d.markdown"))
    assert not any(pattern.search(n) for n in ("e.pdf", "f.docx.bak", "g.py"))
    # pre-commit runs a file when `files` matches and `exclude` does not (both re.search)
    exclude = re.compile(fields["exclude"])

    def checked(name: str) -> bool:
        return bool(pattern.search(name)) and not exclude.search(name)

    never_contracts = (
        "README.md",
        "docs/readme.txt",
        "CHANGELOG.md",
        "LICENSE.txt",
        "Licence.md",
        "CONTRIBUTING.md",
        "requirements.txt",
        "requirements-dev.txt",
        "constraints.txt",
        ".github/ISSUE_TEMPLATE/bug.md",
        "sub/CODE_OF_CONDUCT.md",
    )
    assert not [name for name in never_contracts if checked(name)]
    drafts = (
        "contracts/licence-agreement.docx",
        "drafts/readme-first-draft.md",
        "supply-agreement.txt",
        "notes/license-terms-for-telecom.md",
        "Procurement.DOCX",
    )
    assert [name for name in drafts if not checked(name)] == []


def test_progress_bar_is_drawn_on_stderr_when_it_is_a_terminal(tmp_path: Path) -> None:
    import os
    import pty
    import subprocess
    import sys

    folder = _folder(tmp_path)
    (folder / "sub" / "broken.docx").unlink()
    leader, follower = pty.openpty()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "clausecheck",
            "check",
            str(folder),
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
        stdout=subprocess.PIPE,
        stderr=follower,
        timeout=120,
        check=False,
    )
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    assert done.returncode == 0 and len(json.loads(done.stdout)) == 2
    assert b"[##########----------] 1/2 one.txt" in drawn
    assert b"[####################] 2/2 two.md" in drawn
    assert drawn.endswith(b"\r\x1b[K")  # the bar is cleared at the end


def test_cli_batch_json_is_an_array_even_when_one_file_is_left(tmp_path: Path, run_cli) -> None:
    folder = _folder(tmp_path)
    (folder / "sub" / "two.md").unlink()
    code, out, _ = run_cli("check", str(folder), "--format", "json")
    reports = json.loads(out)
    assert code == 2 and isinstance(reports, list) and len(reports) == 1
    assert reports[0]["schema"] == "clausecheck/report@1"


def test_render_batch_gives_a_batch_one_json_array_and_a_text_summary(tmp_path: Path) -> None:
    from clausecheck.batch import render_batch

    path = tmp_path / "a.txt"
    path.write_text(CONTRACT, encoding="utf-8")
    outcomes = [*check_many([path]), Outcome(path="gone\x1b[2J.txt", error="no such file")]
    alone = json.loads(render_batch(outcomes[:1], "json", batch=False))
    assert isinstance(alone, dict) and alone["document"]["path"] == str(path)
    batch = json.loads(render_batch(outcomes, "json", batch=True))
    assert isinstance(batch, list) and [r["document"]["path"] for r in batch] == [str(path)]
    text = render_batch(outcomes, "text", batch=True)
    last = text.rstrip().splitlines()[-1]
    assert last.startswith("2 files: ") and last.endswith(", 1 unreadable")
    assert "gone\\x1b[2J.txt" in text and "\x1b" not in text
