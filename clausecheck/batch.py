"""Check many contracts in one run: gather files from folders, check them in order, in parallel.

``collect`` turns the command line's files and folders into a list of contract files;
``rule_selection`` checks ``--select`` and ``--ignore`` once, before any file is read;
``check_many`` grades them (in worker processes when ``jobs`` > 1) and yields one
``Outcome`` per file in the order given, a Report or the one-line reason the file could
not be checked. ``render_batch`` renders the reports as one output, and
``summary_table``, ``progress_line`` and ``printable`` word the results for a terminal.
This module never prints and never exits: ``cli.py`` draws the progress bar and chooses
the exit code.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from clausecheck.errors import ClausecheckError, UsageError
from clausecheck.model import Kind, Report, Status
from clausecheck.render._describe import counts

DEFAULT_INCLUDE: tuple[str, ...] = ("*.docx", "*.txt", "*.md")

# C0 and C1 control characters (and DEL) written as \xNN: a file name or a contract's
# words must not move the cursor, retitle the terminal or clear the screen.
_CONTROLS = {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))}
_CONTROLS_BUT_LINES = {code: text for code, text in _CONTROLS.items() if code not in (0x09, 0x0A)}


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """What became of one file: its report, or why it could not be checked."""

    path: str
    report: Report | None = None
    error: str | None = None  # one line naming the file, the problem and a hint


@dataclass(frozen=True, slots=True, kw_only=True)
class _Task:
    path: str
    kind: str | None
    select: tuple[str, ...] | None
    ignore: tuple[str, ...]


def collect(
    paths: Iterable[str | os.PathLike[str]], include: Sequence[str] = DEFAULT_INCLUDE
) -> tuple[Path, ...]:
    """The contract files named on the command line, folders searched recursively.

    A file named explicitly is always taken (a missing one too, so that checking it
    reports "no such file"); inside folders only names matching an ``include`` glob
    (case-insensitive) are, leaving out hidden files and folders and Word's ``~$`` lock
    files. Each folder's files come sorted; duplicates are dropped.

    Raises:
        UsageError: nothing to check (the folders hold no matching file), or no glob.
    """
    patterns = tuple(p.strip().lower() for p in include if p.strip())
    if not patterns:
        raise UsageError("--include names no pattern", hint='e.g. --include "*.docx,*.txt"')
    found: dict[Path, None] = {}
    searched: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            searched.append(str(path))
            for candidate in sorted(_walk(path)):
                if _matches(candidate.name, patterns):
                    found.setdefault(candidate, None)
        else:
            found.setdefault(path, None)
    if not found:
        where = ", ".join(searched) or "the arguments"
        raise UsageError(
            f"no contract files in {where}",
            hint=f"files are picked by --include ({','.join(patterns)})",
        )
    return tuple(found)


def rule_selection(
    select: Iterable[str] | None, ignore: Iterable[str] = (), kind: str | None = None
) -> tuple[tuple[str, ...] | None, tuple[str, ...]]:
    """The rule ids ``select`` and ``ignore`` name (ids or names), checked once for a run.

    Returns:
        (the selected ids, or None for every rule; the ignored ids).

    Raises:
        UsageError: an unknown rule, or a selection that leaves no rule to check (for
            ``kind``, when it is given).
    """
    from clausecheck.rules import find_rule, load_rules

    chosen = None if select is None else tuple(dict.fromkeys(find_rule(k).id for k in select))
    left_out = tuple(dict.fromkeys(find_rule(k).id for k in ignore))
    rules = [
        rule
        for rule in load_rules()
        if (chosen is None or rule.id in chosen) and rule.id not in left_out
    ]
    if kind is not None:
        rules = [rule for rule in rules if rule.level(Kind(kind)) is not None]
    if not rules:
        scope = f" for a {kind} contract" if kind is not None else ""
        raise UsageError(
            f"--select and --ignore leave no rule to check{scope}",
            hint="see `clausecheck rules` for the rules of each kind",
        )
    return chosen, left_out


def check_many(
    paths: Sequence[str | os.PathLike[str]],
    kind: str | None = None,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    jobs: int = 1,
) -> Iterator[Outcome]:
    """Check each file and yield its Outcome, in the order of ``paths``.

    With ``jobs`` > 1 the files are checked in that many worker processes; the order of
    the outcomes does not change. A file that cannot be read becomes an Outcome with an
    ``error``, and the run goes on.

    Raises:
        UsageError: ``jobs`` is less than 1.
    """
    if jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {jobs}")
    chosen = tuple(select) if select is not None else None
    tasks = [_Task(path=str(p), kind=kind, select=chosen, ignore=tuple(ignore)) for p in paths]
    if jobs == 1 or len(tasks) < 2:
        yield from map(_check_one, tasks)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks))) as pool:
        yield from pool.map(_check_one, tasks)


def _check_one(task: _Task) -> Outcome:
    """Check one file; runs in a worker process, so it returns rather than raises."""
    from clausecheck.pipeline import check

    try:
        report = check(task.path, task.kind, select=task.select, ignore=task.ignore)
    except ClausecheckError as err:
        return Outcome(path=task.path, error=str(err))
    except Exception as err:  # one broken file must not stop a batch
        return Outcome(
            path=task.path,
            error=f"{task.path}: internal error while checking ({type(err).__name__}: "
            f"{err}); please report it with the file if you can share it",
        )
    return Outcome(path=task.path, report=report)


def render_batch(outcomes: Sequence[Outcome], fmt: str, *, batch: bool) -> str | bytes:
    """The reports of a run as one output in ``fmt``.

    A ``batch`` (several files, or a folder) in JSON is always an array, even when only one
    of its files could be read; in text it ends with the summary table of every file. Text
    is made ``printable``: file names and contract words cannot drive the terminal.

    Raises:
        UsageError: the format is unknown.
    """
    import json

    from clausecheck.render import render

    reports = [outcome.report for outcome in outcomes if outcome.report is not None]
    if fmt == "json" and batch and len(reports) == 1:
        return json.dumps([reports[0].to_dict()], indent=2, ensure_ascii=False) + "\n"
    output = render(reports, fmt)
    if fmt == "text" and isinstance(output, str):
        if len(outcomes) > 1:
            output = f"{output.rstrip()}\n\n{summary_table(outcomes)}\n"
        output = printable(output, lines=True)
    return output


def printable(text: str, *, lines: bool = False) -> str:
    r"""``text`` with its control characters written as ``\xNN``; with ``lines``, tabs and
    line breaks are kept.

    >>> printable("x\x1b[2J\n.txt"), printable("a\tb\n", lines=True)
    ('x\\x1b[2J\\x0a.txt', 'a\tb\n')
    """
    return text.translate(_CONTROLS_BUT_LINES if lines else _CONTROLS)


def summary_table(outcomes: Sequence[Outcome]) -> str:
    """A plain-text table of every file's verdict and counts, with a totals line.

    >>> print(summary_table([Outcome(path="a.txt", error="a.txt: the file is empty")]))
    file   kind  verdict     flagged  missing  weak  met/clear
    a.txt  -     unreadable        -        -     -          -
    <BLANKLINE>
    1 file: 0 fail, 0 review, 0 pass, 1 unreadable
    """
    header = ("file", "kind", "verdict", "flagged", "missing", "weak", "met/clear")
    rows = [header]
    verdicts = {"fail": 0, "review": 0, "pass": 0, "unreadable": 0}
    for outcome in outcomes:
        report = outcome.report
        name = printable(outcome.path)
        if report is None:
            verdicts["unreadable"] += 1
            rows.append((name, "-", "unreadable", "-", "-", "-", "-"))
            continue
        verdicts[str(report.verdict)] += 1
        tally = counts(report)
        rows.append(
            (
                name,
                str(report.kind),
                str(report.verdict),
                str(tally[Status.FLAGGED]),
                str(tally[Status.MISSING]),
                str(tally[Status.WEAK]),
                str(tally[Status.MET] + tally[Status.CLEAR]),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    numeric = range(3, len(header))
    lines = [
        "  ".join(
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    ]
    count = len(outcomes)
    totals = ", ".join(f"{n} {word}" for word, n in verdicts.items())
    lines += ["", f"{count} file{'s' if count != 1 else ''}: {totals}"]
    return "\n".join(lines)


def progress_line(done: int, total: int, current: str, width: int = 80) -> str:
    """One line of a progress bar, at most ``width`` characters.

    >>> progress_line(3, 12, "contracts/a.docx", width=40)
    '[#####---------------]  3/12 a.docx'
    """
    bar = 20
    filled = bar * done // total if total else bar
    counter = f"{done:>{len(str(total))}}/{total}"
    line = f"[{'#' * filled}{'-' * (bar - filled)}] {counter} {printable(Path(current).name)}"
    return line[:width]


def _walk(folder: Path) -> Iterator[Path]:
    """Every regular file under ``folder``, hidden files and folders left out."""
    for root, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            if not name.startswith((".", "~$")):
                yield Path(root) / name


def _matches(name: str, patterns: Sequence[str]) -> bool:
    lowered = name.lower()
    return any(fnmatch(lowered, pattern) for pattern in patterns)
