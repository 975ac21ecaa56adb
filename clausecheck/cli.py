"""The command line: argument parsing and exit codes, nothing else.

Exit codes (ARCHITECTURE.md): 0 pass, 1 findings at or above ``--fail-on``, 2 usage
error, unreadable input or an output that cannot be written; 130 interrupted and 141 (as
a shell reports SIGPIPE) when the reader of the output went away. This is the only
module that prints or calls ``sys.exit``; every line it prints about a file goes through
``batch.printable``, so a file name cannot drive the terminal.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from clausecheck.errors import ClausecheckError

if TYPE_CHECKING:
    from pathlib import Path

    from clausecheck.batch import Outcome

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 130, 141
KINDS = ("procurement", "service", "licence", "support")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="clausecheck",
        description="Check technology contracts for the human-rights terms of the UNGPs.",
    )
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="grade a contract against the catalogue")
    check.add_argument("files", nargs="+", metavar="FILE", help="contract files or folders")
    check.add_argument("--kind", choices=KINDS, help="contract kind (default: detected)")
    check.add_argument(
        "--format",
        default="text",
        choices=("text", "json", "markdown", "html", "sarif", "csv"),
        help="report format (default: text)",
    )
    check.add_argument("-o", "--output", metavar="OUT", help="write the report to OUT")
    check.add_argument(
        "--fail-on",
        default="error",
        choices=("error", "warning", "never"),
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    check.add_argument("--select", metavar="RULES", help="only these rules, e.g. DD2,OV1")
    check.add_argument("--ignore", metavar="RULES", help="leave these rules out, e.g. DD8")
    _add_batch_options(check)

    rules = commands.add_parser("rules", help="list the rules of the catalogue")
    rules.add_argument("--kind", choices=KINDS, help="only the rules applicable to a kind")

    explain = commands.add_parser("explain", help="explain one rule")
    explain.add_argument("rule", metavar="RULE", help="a rule id (DD2) or name (due-diligence)")
    _add_draft_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (also used as the process status)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse has printed its usage message
        return int(stop.code or 0) and EXIT_ERROR
    try:
        handler = {"check": _check, "rules": _rules, "explain": _explain, "draft": _draft}[
            args.command
        ]
        code = handler(args)
        _write_stdout("")  # flush what print() left buffered, while errors can be handled
        return code
    except ClausecheckError as err:
        _say(str(err))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `clausecheck check ... | head`: stop quietly
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _say(message: str) -> None:
    """One line on stderr, control characters escaped."""
    from clausecheck.batch import printable

    print(f"clausecheck: {printable(message)}", file=sys.stderr)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):  # no real stdout (an embedding, a test)
        pass


def _check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clausecheck.batch import collect, render_batch, rule_selection

    # Everything a run could refuse is refused before the first file is read.
    select, ignore = rule_selection(
        _rule_list(args.select), _rule_list(args.ignore) or (), args.kind
    )
    files = collect(args.files, _rule_list(args.include, upper=False) or ())
    _check_annotate_options(args, files)
    _check_outputs(args, files)
    outcomes = _checked(files, args, select, ignore)
    reports = [outcome.report for outcome in outcomes if outcome.report is not None]
    if reports:
        many = len(files) > 1 or any(Path(name).is_dir() for name in args.files)
        _emit(render_batch(outcomes, args.format, batch=many), args.output)
    if args.annotate and reports:
        done = reports[0].annotate(files[0], args.annotate, redline=args.redline)
        _say(
            f"wrote {done.path}: {done.comments} comment(s), {done.insertions} tracked insertion(s)"
        )
    if len(reports) < len(outcomes):
        return EXIT_ERROR  # some files could not be read; each was reported on stderr
    return _exit_code(reports, args.fail_on)


def _add_batch_options(check: argparse.ArgumentParser) -> None:
    """Options for many files at once, and for the annotated Word copy."""
    from clausecheck.batch import DEFAULT_INCLUDE

    check.add_argument(
        "--include",
        metavar="GLOBS",
        default=",".join(DEFAULT_INCLUDE),
        help="file names to check inside folders (default: %(default)s)",
    )
    check.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="check N files at a time in worker processes (0: one per CPU; default: 1)",
    )
    check.add_argument(
        "--annotate",
        metavar="OUT.docx",
        help="write a copy of the .docx with the findings as Word comments",
    )
    check.add_argument(
        "--redline",
        action="store_true",
        help="with --annotate, also insert the suggested clauses as tracked changes",
    )


def _check_annotate_options(args: argparse.Namespace, files: Sequence[Path]) -> None:
    from clausecheck.errors import UsageError

    if args.redline and not args.annotate:
        raise UsageError("--redline works with --annotate OUT.docx", hint="add --annotate")
    if args.annotate and len(files) != 1:
        raise UsageError(
            f"--annotate takes one .docx contract, not {len(files)} files",
            hint="annotate the files one at a time",
        )
    if args.annotate:
        from clausecheck.render.annotate import check_annotatable

        check_annotatable(files[0])


def _check_outputs(args: argparse.Namespace, files: Sequence[Path]) -> None:
    """Refuse an output (``-o``, ``--annotate``) that is one of the contracts, or each other.

    Raises:
        UsageError: the output names an input file (through a link or another spelling
            too), or the report and the annotated copy would be one file.
    """
    from pathlib import Path

    from clausecheck._files import same_file
    from clausecheck.errors import UsageError

    for flag, out in (("-o", args.output), ("--annotate", args.annotate)):
        if out is not None and any(same_file(out, source) for source in files):
            raise UsageError(
                f"{flag} {out} is a contract being checked; writing there would replace it",
                hint=f"give {flag} another file name",
            )
    if (
        args.output
        and args.annotate
        and Path(args.output).resolve() == Path(args.annotate).resolve()
    ):
        raise UsageError(
            "-o and --annotate name the same file",
            hint="write the report and the annotated copy to two files",
        )


def _checked(
    files: Sequence[Path], args: argparse.Namespace, select: object, ignore: object
) -> list[Outcome]:
    """Check every file in order; draw a progress bar when stderr is a terminal."""
    import os
    import shutil

    from clausecheck.batch import check_many, progress_line

    jobs = args.jobs if args.jobs != 0 else (os.cpu_count() or 1)
    show = len(files) > 1 and sys.stderr.isatty()
    width = shutil.get_terminal_size().columns - 1
    outcomes: list[Outcome] = []
    for outcome in check_many(files, args.kind, select=select, ignore=ignore, jobs=jobs):
        if show:
            sys.stderr.write("\r\x1b[K")
        if outcome.error:
            _say(outcome.error)
        outcomes.append(outcome)
        if show:
            sys.stderr.write(progress_line(len(outcomes), len(files), outcome.path, width))
            sys.stderr.flush()
    if show:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()
    return outcomes


def _rules(args: argparse.Namespace) -> int:
    from clausecheck.rules import rules_table

    _write_stdout(rules_table(args.kind) + "\n")
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from clausecheck.rules import explain

    _write_stdout(explain(args.rule) + "\n")
    return EXIT_OK


def _rule_list(value: str | None, *, upper: bool = True) -> tuple[str, ...] | None:
    if value is None:
        return None
    parts = (part.strip() for part in value.split(","))
    return tuple(part.upper() if upper else part for part in parts if part)


def _exit_code(reports: Sequence[object], fail_on: str) -> int:
    if fail_on == "never":
        return EXIT_OK
    failing = {"error"} if fail_on == "error" else {"error", "warning"}
    for report in reports:
        if any(str(f.severity) in failing for f in report.findings):  # type: ignore[attr-defined]
            return EXIT_FINDINGS
    return EXIT_OK


def _emit(output: str | bytes, out_path: str | None) -> None:
    if out_path is None:
        if isinstance(output, str) and not output.endswith("\n"):
            output += "\n"
        _write_stdout(output)
        return
    from clausecheck.render import write_atomically

    write_atomically(out_path, output)


def _write_stdout(output: str | bytes) -> None:
    """Write to stdout and flush, so that a full disk is reported here, not at exit.

    Raises:
        BrokenPipeError: the reader went away (``main`` exits quietly).
        ClausecheckError: any other failed write (a full disk, a closed stream).
    """
    try:
        if isinstance(output, bytes):
            sys.stdout.buffer.write(output)
        else:
            sys.stdout.write(output)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as err:
        raise ClausecheckError(f"cannot write to standard output: {err.strerror or err}") from err


def _version() -> str:
    from clausecheck import __version__

    return f"clausecheck {__version__}"


def _add_draft_command(commands: argparse._SubParsersAction) -> None:
    draft = commands.add_parser(
        "draft", help="draft model human-rights wording: a whole schedule, or clauses"
    )
    draft.add_argument("--kind", required=True, choices=KINDS, help="contract kind")
    draft.add_argument(
        "--company",
        default="the Company",
        help='the business party as the contract names it (default: "the Company")',
    )
    draft.add_argument(
        "--state",
        default="the Authority",
        help='the public party as the contract names it (default: "the Authority")',
    )
    draft.add_argument(
        "--rules",
        metavar="RULES",
        help="draft one new clause for these rules, e.g. DD2,OV1 (default: the whole schedule)",
    )
    draft.add_argument(
        "--format",
        default="text",
        choices=("text", "markdown", "docx"),
        help="output format (default: text; docx needs -o or a pipe)",
    )
    draft.add_argument("-o", "--output", metavar="OUT", help="write the wording to OUT")
    notice = draft.add_mutually_exclusive_group()
    notice.add_argument(
        "--notice-hours",
        type=int,
        metavar="N",
        help="OV3: notify incidents within N hours (default: 72)",
    )
    notice.add_argument(
        "--notice-days", type=int, metavar="N", help="OV3: notify incidents within N days"
    )
    draft.add_argument(
        "--reporting",
        choices=("annual", "semi-annual", "quarterly"),
        help="TR1: how often the company reports (default: annual)",
    )
    draft.add_argument(
        "--monitor-appointed-by",
        choices=("state", "jointly", "company"),
        help="OV2: who appoints the independent monitor (default: state)",
    )
    draft.add_argument(
        "--standards",
        metavar="LIST",
        help="instruments named: some of ungps,oecd,ilo,udhr (default: all)",
    )
    draft.add_argument(
        "--remediation-days",
        type=int,
        metavar="N",
        help="OV4: days to submit a remediation plan (default: 30)",
    )
    draft.add_argument(
        "--subject-matter",
        metavar="NAME",
        help='what the company supplies, as the contract names it, e.g. "the Platform"',
    )
    draft.add_argument(
        "--target-clause",
        metavar="LABEL",
        help='GR1-GR3: the clause the safeguard attaches to, e.g. "clause 14.2"',
    )
    draft.add_argument("--schedule-number", metavar="N", help="schedules: the schedule's number")
    draft.add_argument(
        "--numbering",
        choices=("decimal", "clause", "article", "section"),
        help="clauses: numbering style (default: decimal, 27.1)",
    )
    draft.add_argument(
        "--clause-number",
        type=int,
        metavar="N",
        help="clauses: the number of the new clause (default: 1; 0 leaves it blank, [●])",
    )
    draft.add_argument(
        "--loan",
        action="store_true",
        default=None,
        help="OV6 for support: the support is a loan, which the State may also accelerate",
    )


def _draft(args: argparse.Namespace) -> int:
    from clausecheck._files import write_atomically
    from clausecheck.drafting import OPTIONS, draft_text
    from clausecheck.errors import UsageError

    if args.format == "docx" and args.output is None and sys.stdout.isatty():
        raise UsageError(
            "will not write a Word file to the terminal",
            hint="add -o OUT.docx, or redirect the output to a file",
        )
    options = {name: getattr(args, name) for name in OPTIONS}
    wording = draft_text(
        args.kind,
        company=args.company,
        state=args.state,
        rules=_rule_list(args.rules),
        format=args.format,
        **options,
    )
    if args.output is not None:
        write_atomically(args.output, wording)
    else:
        _write_stdout(wording)
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
