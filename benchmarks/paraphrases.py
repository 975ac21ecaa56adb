"""Accuracy of the checker on a paraphrase bank: short provisions by other hands.

Usage: python benchmarks/paraphrases.py [BANK.toml] [-v]

Each entry of the bank (``tests/paraphrases/bank.toml`` by default: ``rule``, ``status``,
``kind``, ``company``, ``state``, ``text``, ``why``) becomes a small contract
(``clausecheck._examples.bank_contract``) that goes through the whole pipeline, parties
included. Prints a per-rule table, the errors with ``-v``, and ends with the totals: the
share of statuses right, and the count of false ``met`` (met where the entry says weak or
missing) and false ``flagged`` (flagged where it says clear), which must be 0.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path

from clausecheck._examples import bank_contract
from clausecheck.match import check_document
from clausecheck.pipeline import read

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "paraphrases" / "bank.toml"


def grade_bank(bank: Path) -> list[tuple[dict[str, str], str, str]]:
    """(entry, status got, reason) for every entry of a bank file."""
    entries = tomllib.loads(bank.read_text(encoding="utf-8"))
    rows = next(v for v in entries.values() if isinstance(v, list))
    out = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "entry.txt"
        for entry in rows:
            path.write_text(bank_contract(entry), encoding="utf-8")
            kind = entry.get("kind") or "procurement"
            report = check_document(read(path), kind, select=(entry["rule"],))
            finding = report.findings[0] if report.findings else None
            got = finding.status.value if finding else "absent"
            out.append((entry, got, finding.reason if finding else "rule not checked"))
    return out


def is_false_positive(expected: str, got: str) -> bool:
    """A met the entry does not earn, or a flag on a term that carries its safeguards."""
    return (got == "met" and expected in ("weak", "missing")) or (
        got == "flagged" and expected == "clear"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bank", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    results = grade_bank(args.bank)
    per_rule: dict[str, Counter[str]] = {}
    errors = []
    for entry, got, reason in results:
        counts = per_rule.setdefault(entry["rule"], Counter())
        counts["n"] += 1
        if got == entry["status"]:
            counts["right"] += 1
        else:
            counts[f"{entry['status']}>{got}"] += 1
            errors.append(
                f"{entry['rule']} {entry['status']} got {got} ({reason}): {entry['text']}"
            )
    print(f"{'rule':5} {'n':>4} {'right':>6}  errors")
    for rule in sorted(per_rule, key=lambda r: (("DD", "OV", "TR", "GR").index(r[:2]), r)):
        counts = per_rule[rule]
        wrong = ", ".join(f"{k} {v}" for k, v in counts.items() if ">" in k)
        print(f"{rule:5} {counts['n']:>4} {counts['right']:>6}  {wrong}")
    if args.verbose:
        print()
        print("\n".join(errors))
    right = sum(c["right"] for c in per_rule.values())
    false = sum(is_false_positive(e["status"], got) for e, got, _ in results)
    print()
    print(f"statuses right: {right}/{len(results)} ({100 * right / max(len(results), 1):.2f} %)")
    print(f"false met or flagged: {false}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
