"""The command line: argument parsing and exit codes, nothing else.

Exit codes (ARCHITECTURE.md): 0 pass, 1 findings at or above ``--fail-on``, 2 usage
error or unreadable input. This is the only module that prints or calls ``sys.exit``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from clausecheck.errors import ClausecheckError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
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

    rules = commands.add_parser("rules", help="list the rules of the catalogue")
    rules.add_argument("--kind", choices=KINDS, help="only the rules applicable to a kind")

    explain = commands.add_parser("explain", help="explain one rule")
    explain.add_argument("rule", metavar="RULE", help="a rule id (DD2) or name (due-diligence)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (also used as the process status)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse has printed its usage message
        return int(stop.code or 0) and EXIT_ERROR
    try:
        handler = {"check": _check, "rules": _rules, "explain": _explain}[args.command]
        return handler(args)
    except ClausecheckError as err:
        print(f"clausecheck: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("clausecheck: interrupted", file=sys.stderr)
        return 130


def _check(args: argparse.Namespace) -> int:
    from clausecheck import check
    from clausecheck.render import render

    select = _rule_list(args.select)
    ignore = _rule_list(args.ignore) or ()
    reports = [check(path, args.kind, select=select, ignore=ignore) for path in args.files]
    _emit(render(reports, args.format), args.output)
    return _exit_code(reports, args.fail_on)


def _rules(args: argparse.Namespace) -> int:
    from clausecheck.rules import rules_table

    print(rules_table(args.kind))
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from clausecheck.rules import explain

    print(explain(args.rule))
    return EXIT_OK


def _rule_list(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(part.strip().upper() for part in value.split(",") if part.strip())


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
        if isinstance(output, bytes):
            sys.stdout.buffer.write(output)
        else:
            sys.stdout.write(output if output.endswith("\n") else output + "\n")
        return
    from clausecheck.render import write_atomically

    write_atomically(out_path, output)


def _version() -> str:
    from clausecheck import __version__

    return f"clausecheck {__version__}"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
