"""The command line never harms the user's files or terminal, and refuses before working.

An output (``-o``, ``--annotate``) that is one of the contracts is refused before any file
is read, however it is spelled; output files keep the permissions of the file they
replace; a failed or abandoned standard output ends in one line (or none), never a
traceback; a rule selection is checked once; file names cannot drive the terminal.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import clausecheck.batch
from clausecheck._files import write_atomically
from clausecheck.batch import printable, progress_line, summary_table

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "procurement-draft.docx"

CONTRACT = """SERVICES AGREEMENT

This Agreement is made between the Ministry of Digital Affairs (the "Authority") and
Northwind Data Ltd (the "Provider").

1. Human Rights

1.1 The Provider shall respect internationally recognised human rights in performing
this Agreement.

1.2 The Authority may audit the Provider's financial records.
"""


@pytest.fixture
def no_checking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if any contract is checked: the refusal must come first."""

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("a contract was checked before the refusal")

    monkeypatch.setattr(clausecheck.batch, "check_many", never)


def _contract(folder: Path, name: str = "contract.txt") -> Path:
    path = folder / name
    path.write_text(CONTRACT, encoding="utf-8")
    return path


# -- outputs that would replace a contract ------------------------------------------------


@pytest.mark.parametrize("spelling", ["same", "symlink", "hardlink", "dotdot"])
def test_report_output_that_is_the_contract_is_refused_and_the_contract_kept(
    tmp_path: Path, run_cli, no_checking: None, spelling: str
) -> None:
    source = _contract(tmp_path)
    before = source.read_bytes()
    target = {
        "same": source,
        "dotdot": tmp_path / "sub" / ".." / source.name,
        "symlink": tmp_path / "link.txt",
        "hardlink": tmp_path / "hard.txt",
    }[spelling]
    (tmp_path / "sub").mkdir()
    if spelling == "symlink":
        target.symlink_to(source)
    elif spelling == "hardlink":
        os.link(source, target)
    code, out, err = run_cli("check", str(source), "-o", str(target))
    assert (code, out) == (2, "")
    assert err == (
        f"clausecheck: -o {target} is a contract being checked; writing there would "
        "replace it; give -o another file name\n"
    )
    assert source.read_bytes() == before


def test_a_word_contract_cannot_become_its_own_html_report(
    tmp_path: Path, run_cli, no_checking: None
) -> None:
    source = tmp_path / "draft.docx"
    shutil.copy(EXAMPLE, source)
    code, _, err = run_cli("check", str(source), "--format", "html", "-o", str(source))
    assert code == 2 and "is a contract being checked" in err
    assert source.read_bytes() == EXAMPLE.read_bytes()


def test_an_output_inside_a_checked_folder_that_is_one_of_its_contracts_is_refused(
    tmp_path: Path, run_cli, no_checking: None
) -> None:
    _contract(tmp_path, "a.txt")
    victim = _contract(tmp_path, "b.txt")
    code, _, err = run_cli("check", str(tmp_path), "-o", str(victim))
    assert code == 2 and f"-o {victim} is a contract being checked" in err
    assert victim.read_text(encoding="utf-8") == CONTRACT


def test_annotated_copy_over_the_contract_is_refused_before_the_check(
    tmp_path: Path, run_cli, no_checking: None
) -> None:
    source = tmp_path / "draft.docx"
    shutil.copy(EXAMPLE, source)
    code, _, err = run_cli("check", str(source), "--annotate", str(source))
    assert code == 2 and f"--annotate {source} is a contract being checked" in err
    assert source.read_bytes() == EXAMPLE.read_bytes()


def test_report_and_annotated_copy_cannot_share_a_file(
    tmp_path: Path, run_cli, no_checking: None
) -> None:
    source = tmp_path / "draft.docx"
    shutil.copy(EXAMPLE, source)
    out = tmp_path / "out.docx"
    code, _, err = run_cli("check", str(source), "-o", str(out), "--annotate", str(out))
    assert code == 2 and "-o and --annotate name the same file" in err
    assert not out.exists()


# -- output files ----------------------------------------------------------------------


def test_a_replaced_output_keeps_its_permissions(tmp_path: Path) -> None:
    secret = tmp_path / "secret.json"
    secret.write_text("{}", encoding="utf-8")
    secret.chmod(0o600)
    write_atomically(secret, "[]")
    assert secret.read_text(encoding="utf-8") == "[]"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600


def test_a_new_output_gets_the_permissions_the_umask_allows(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        write_atomically(tmp_path / "report.txt", "text")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "report.txt").stat().st_mode) == 0o640


def test_an_output_that_is_a_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def drain() -> None:
        with open(fifo, "rb") as stream:
            received.append(stream.read())

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    write_atomically(fifo, "the report")
    reader.join(timeout=10)
    assert received == [b"the report"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


# -- standard output -------------------------------------------------------------------


class _FullDisk(io.TextIOBase):
    """A standard output on a full disk."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failed_write_to_stdout_is_one_line_and_exit_2(
    tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _contract(tmp_path)
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    code, _, err = run_cli("check", str(source), "--fail-on", "never")
    assert code == 2
    assert err == "clausecheck: cannot write to standard output: No space left on device\n"


@pytest.mark.parametrize("args", [("rules",), ("check", "{contract}", "--format", "json")])
def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path: Path, args: tuple) -> None:
    source = _contract(tmp_path)
    reading, writing = os.pipe()
    os.close(reading)  # like `| head` that has already exited
    try:
        done = subprocess.run(
            [sys.executable, "-m", "clausecheck", *(a.format(contract=source) for a in args)],
            stdout=writing,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    finally:
        os.close(writing)
    assert (done.returncode, done.stderr) == (141, b"")


# -- rule selection --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--select", "DD2", "--ignore", "due-diligence"), "leave no rule to check"),
        (("--select", "TR2", "--kind", "support"), "leave no rule to check for a support"),
        (("--select", ","), "leave no rule to check"),
        (("--select", "DD2,ZZ9"), "unknown rule 'ZZ9'"),
        (("--ignore", "ZZ9"), "unknown rule 'ZZ9'"),
    ],
)
def test_a_rule_selection_is_checked_once_before_any_file(
    tmp_path: Path, run_cli, no_checking: None, options: tuple[str, ...], message: str
) -> None:
    files = [str(_contract(tmp_path, "a.txt")), str(_contract(tmp_path, "b.txt"))]
    code, out, err = run_cli("check", *files, *options)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and message in err


# -- the terminal ----------------------------------------------------------------------

HOSTILE = "x\x1b[2J\x1b]0;PWNED\x07\u009b31m.txt"


def test_file_names_cannot_drive_the_terminal_in_text_output_and_errors(
    tmp_path: Path, run_cli
) -> None:
    source = _contract(tmp_path, HOSTILE)
    missing = tmp_path / ("gone\x1b[31m" + ".txt")
    code, out, err = run_cli("check", str(source), str(missing), "--fail-on", "never")
    assert code == 2
    for stream in (out, err):
        assert not any(ch in stream for ch in "\x1b\x07\u009b")
    assert "x\\x1b[2J\\x1b]0;PWNED\\x07\\x9b31m.txt" in out
    assert err == f"clausecheck: {tmp_path}/gone\\x1b[31m.txt: no such file\n"


def test_machine_formats_keep_the_real_name(tmp_path: Path, run_cli) -> None:
    source = _contract(tmp_path, HOSTILE)
    _, out, _ = run_cli("check", str(source), "--format", "json", "--fail-on", "never")
    assert json.loads(out)["document"]["path"] == str(source)


def test_progress_line_and_summary_table_escape_control_characters() -> None:
    line = progress_line(1, 2, f"/drafts/{HOSTILE}", width=200)
    table = summary_table([clausecheck.batch.Outcome(path=HOSTILE, error="unreadable")])
    for text in (line, table):
        assert "\x1b" not in text and "\x07" not in text and "\\x1b[2J" in text
    assert printable("tab\there\nline") == "tab\\x09here\\x0aline"
    assert printable("tab\there\nline", lines=True) == "tab\there\nline"
