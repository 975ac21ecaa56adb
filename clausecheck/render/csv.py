"""Render Reports as CSV: one row per file × rule, for researchers comparing many contracts.

The last column repeats, on each of a file's rows, what the reader warned about that file
(tracked changes read as accepted, a text decoded as Windows-1252), one warning a line,
so that a row read on its own still says how far its evidence can be trusted.

RFC 4180 quoting (every field quoted, CRLF line ends, a header row), UTF-8 text. A cell
that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return) is prefixed with an apostrophe: contract text is data, and a
hostile draft must not execute anything in the reviewer's spreadsheet. Decides nothing
about a status and never reopens the contract.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from clausecheck.model import Report

COLUMNS: tuple[str, ...] = (
    "path",
    "kind",
    "kind_detected",
    "verdict",
    "rule",
    "name",
    "level",
    "status",
    "severity",
    "reason",
    "evidence_count",
    "evidence_label",
    "evidence_heading",
    "evidence_line",
    "evidence_text",
    "warnings",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def render_csv(reports: Sequence[Report]) -> str:
    """The findings of every report as CSV text with a header row.

    >>> render_csv([]).splitlines()[0].split(",")[:3]
    ['"path"', '"kind"', '"kind_detected"']
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows(reports):
        writer.writerow(neutralise(str(cell)) for cell in row)
    return buffer.getvalue()


def rows(reports: Sequence[Report]) -> list[tuple[object, ...]]:
    """The table as plain values, one tuple per file × rule, in ``COLUMNS`` order."""
    table: list[tuple[object, ...]] = []
    for report in reports:
        warnings = "\n".join(report.warnings)
        for finding in report.findings:
            first = finding.evidence[0] if finding.evidence else None
            location = first.location if first else None
            table.append(
                (
                    report.document.path,
                    report.kind,
                    "true" if report.kind_detected else "false",
                    report.verdict,
                    finding.rule,
                    finding.name,
                    finding.level,
                    finding.status,
                    finding.severity,
                    finding.reason,
                    len(finding.evidence),
                    (location.label or "") if location else "",
                    (location.heading or "") if location else "",
                    location.line if location and location.line is not None else "",
                    " ".join(first.text.split()) if first else "",
                    warnings,
                )
            )
    return table


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula.

    >>> neutralise("=HYPERLINK(1)"), neutralise("12.3")
    ("'=HYPERLINK(1)", '12.3')
    """
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
