"""Accuracy of the checker on a labelled folder: per-rule confusion table and totals.

Usage: python benchmarks/accuracy.py DIR [--kind-from-labels|--detect-kind] [-v]

DIR holds the contracts and a ``labels.json`` ({file: {"kind": ..., "expected": {rule:
status}}}). Each contract is checked with the labelled kind (the default), so the
statuses are measured on their own; kind detection is measured separately on the same
files. Ends with the totals: the share of expected statuses right, and the count of
``met`` where the label is weak or missing (which must be 0).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from clausecheck.match import check_document
from clausecheck.pipeline import read

STATUSES = ("met", "weak", "missing", "flagged", "clear")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument(
        "--detect-kind",
        action="store_true",
        help="grade with the detected kind instead of the labelled one",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    labels = json.loads((args.folder / "labels.json").read_text(encoding="utf-8"))
    confusion: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    errors: list[str] = []
    kinds_right = 0
    started = time.perf_counter()
    for name in sorted(labels):
        entry = labels[name]
        document = read(args.folder / name)
        detected = check_document(document, None, select=("DD1",)).kind
        kinds_right += detected.value == entry["kind"]
        if detected.value != entry["kind"]:
            errors.append(f"{name}: kind {entry['kind']} detected as {detected.value}")
        kind = None if args.detect_kind else entry["kind"]
        report = check_document(document, kind)
        got = {f.rule: f for f in report.findings}
        for rule, expected in entry["expected"].items():
            finding = got.get(rule)
            actual = finding.status.value if finding else "absent"
            confusion[rule][(expected, actual)] += 1
            if actual != expected:
                where = ""
                if finding and finding.evidence:
                    loc = finding.evidence[0].location
                    where = f" [{loc.label}] {finding.evidence[0].text[:110]!r}"
                errors.append(
                    f"{name}: {rule} expected {expected}, got {actual} "
                    f"({finding.reason if finding else ''}){where}"
                )
    elapsed = time.perf_counter() - started
    _print_table(confusion)
    if args.verbose:
        print()
        print("\n".join(errors))
    total = sum(sum(c.values()) for c in confusion.values())
    right = sum(n for c in confusion.values() for (e, a), n in c.items() if e == a)
    false_met = sum(
        n
        for c in confusion.values()
        for (e, a), n in c.items()
        if a == "met" and e in ("weak", "missing")
    )
    print()
    print(
        f"files: {len(labels)} in {elapsed:.1f} s; kind detected right: "
        f"{kinds_right}/{len(labels)} ({100 * kinds_right / len(labels):.1f} %)"
    )
    print(f"statuses right: {right}/{total} ({100 * right / total:.2f} %)")
    print(f"met where the label is weak or missing: {false_met}")
    return 0


def _print_table(confusion: dict[str, Counter[tuple[str, str]]]) -> None:
    """Per rule: how many statuses, how many right, and each kind of error as
    "expected>got count"; then the whole confusion matrix (rows expected, columns got)."""
    print(f"{'rule':5} {'n':>4} {'right':>6} {'errors':>6}  errors (expected>got)")
    for rule in sorted(confusion, key=_order):
        c = confusion[rule]
        n = sum(c.values())
        right = sum(v for (e, a), v in c.items() if e == a)
        wrong = ", ".join(f"{e}>{a} {v}" for (e, a), v in sorted(c.items()) if e != a)
        print(f"{rule:5} {n:>4} {right:>6} {n - right:>6}  {wrong}")
    overall: Counter[tuple[str, str]] = Counter()
    for c in confusion.values():
        overall.update(c)
    seen = [s for s in (*STATUSES, "absent") if any(s in pair for pair in overall)]
    print()
    corner = "expected / got"
    print(f"{corner:16}" + "".join(f"{s:>9}" for s in seen))
    for expected in seen:
        if any(e == expected for e, _a in overall):
            print(f"{expected:16}" + "".join(f"{overall[(expected, a)]:>9}" for a in seen))


def _order(rule: str) -> tuple[int, int]:
    return ("DD", "OV", "TR", "GR").index(rule[:2]), int(rule[2:])


if __name__ == "__main__":
    sys.exit(main())
