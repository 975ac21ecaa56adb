"""The checker on real contracts nobody here wrote: CUAD and public model clauses.

Usage: python benchmarks/cuad_real.py [CORPUS_REAL_DIR] [-v]

Over ``cuad/`` (ordinary commercial contracts, no human-rights terms expected): every
file must check without an error; every DD/OV/TR rule graded ``met`` is listed with its
evidence, for a person to confirm it is genuinely human-rights wording; and for the files
whose CUAD ``labels.csv`` marks an Audit Rights span, the share where that audit clause
is among the OV1 evidence (goal: at least 90 %). Then the same listing over
``model-clauses/`` (FAR trafficking clauses, the EU model clauses for AI procurement,
US privacy clauses), whose human-rights wording should earn sensible statuses.
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

from clausecheck.errors import ClausecheckError
from clausecheck.pipeline import check

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "real"
OVERLAP = 40  # characters two texts must share to be the same clause


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("real", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="show every finding of the model clauses, and audit misses",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="also list every DD/OV/TR met and GR flagged over cuad-all/ (510 contracts)",
    )
    args = parser.parse_args(argv)
    cuad = args.real / "cuad"
    spans = _audit_spans(cuad / "labels.csv")
    files = sorted(cuad.glob("*.txt"))
    failures, met_lines, found, misses = [], [], 0, []
    started = time.perf_counter()
    for path in files:
        try:
            report = check(path)
        except ClausecheckError as err:
            failures.append(f"{path.name}: {err}")
            continue
        for finding in report.findings:
            if finding.rule[:2] in ("DD", "OV", "TR") and finding.status.value == "met":
                quote = finding.evidence[0].text if finding.evidence else ""
                met_lines.append(
                    f"  {path.name}: {finding.rule} met — {finding.reason}\n"
                    f"      \u201c{_clip(quote, 300)}\u201d"
                )
        if path.name in spans:
            evidence = (
                [e.text for e in report.finding("OV1").evidence] if _has(report, "OV1") else []
            )
            if any(_same(e, s) for e in evidence for s in spans[path.name]):
                found += 1
            else:
                misses.append(
                    f"  {path.name}: OV1 {report.finding('OV1').status.value} — "
                    f"{report.finding('OV1').reason}"
                )
    elapsed = time.perf_counter() - started
    print(f"CUAD: {len(files)} files checked in {elapsed:.1f} s, {len(failures)} errors")
    for line in failures:
        print(f"  error: {line}")
    print(f"DD/OV/TR rules graded met on CUAD ({len(met_lines)}):")
    print("\n".join(met_lines) if met_lines else "  (none)")
    if args.verbose and misses:
        print("audit clauses not found as OV1 evidence:")
        print("\n".join(misses))
    _model_clauses(args.real / "model-clauses", args.verbose)
    if args.all:
        failures += _cuad_all(args.real / "cuad-all")
    audited = len(spans)
    share = 100 * found / audited if audited else 0.0
    print()
    print(f"CUAD files with an Audit Rights span: {audited}")
    print(f"audit clause found as OV1 evidence: {found}/{audited} ({share:.1f} %)")
    print(f"errors: {len(failures)}; DD/OV/TR met on CUAD: {len(met_lines)}")
    return 1 if failures else 0


def _cuad_all(folder: Path) -> list[str]:
    """Every DD/OV/TR met and GR flagged over the full CUAD set, for a person to judge."""
    files = sorted(folder.glob("*.txt"))
    failures, lines = [], []
    for path in files:
        try:
            report = check(path)
        except ClausecheckError as err:
            failures.append(f"{path.name}: {err}")
            continue
        for f in report.findings:
            if (f.rule[:2] != "GR" and f.status.value == "met") or f.status.value == "flagged":
                quote = f.evidence[0].text if f.evidence else ""
                lines.append(
                    f"  {path.name}: {f.rule} {f.status.value} — {f.reason}\n"
                    f"      \u201c{_clip(quote, 240)}\u201d"
                )
    print()
    print(
        f"cuad-all: {len(files)} files, {len(failures)} errors; "
        f"DD/OV/TR met or GR flagged ({len(lines)}):"
    )
    print("\n".join(lines) if lines else "  (none)")
    return failures


def _model_clauses(folder: Path, verbose: bool) -> None:
    print()
    print("model clauses (real human-rights and guardrail wording by other hands):")
    for path in sorted(folder.glob("*.txt")):
        try:
            report = check(path)
        except ClausecheckError as err:
            print(f"  {path.name}: error: {err}")
            continue
        marks = " ".join(
            f"{f.rule}={f.status.value}"
            for f in report.findings
            if f.status.value not in ("missing", "clear")
        )
        print(f"  {path.name} ({report.kind.value}): {marks or 'nothing found'}")
        if verbose:
            for f in report.findings:
                if f.status.value in ("missing", "clear"):
                    continue
                quote = f.evidence[0].text if f.evidence else ""
                print(
                    f"      {f.rule} {f.status.value}: {f.reason} \u2014 "
                    f"\u201c{_clip(quote, 160)}\u201d"
                )


def _audit_spans(labels: Path) -> dict[str, list[str]]:
    spans: dict[str, list[str]] = {}
    with labels.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            cell = (row.get("Audit Rights") or "").strip()
            if cell in ("", "[]"):
                continue
            try:
                values = ast.literal_eval(cell)
            except (ValueError, SyntaxError):
                values = [cell]
            texts = [v for v in values if isinstance(v, str) and v.strip()]
            if texts:
                spans[row["file"]] = texts
    return spans


def _has(report, rule: str) -> bool:
    return any(f.rule == rule for f in report.findings)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _same(evidence: str, span: str) -> bool:
    """Whether an evidence quote and a CUAD span are (parts of) the same clause."""
    a, b = _norm(evidence), _norm(span)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= min(OVERLAP, len(a), len(b))


def _clip(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "\u2026"


if __name__ == "__main__":
    sys.exit(main())
