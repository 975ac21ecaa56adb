"""Batch throughput: check a whole folder with --jobs 1, then --jobs N, and compare.

    python benchmarks/batch.py [FOLDER] [--jobs N] [--limit K]

FOLDER defaults to the shared corpus (``../shared/corpus`` beside the checkout), searched
recursively with the default include globs (*.docx, *.txt, *.md), exactly as
``clausecheck check FOLDER --jobs N`` does. The baseline (--jobs 1) is measured in the
same run on the same files. Both runs start warm: one file is checked first in this
process, so grammars are compiled before either clock starts (forked workers inherit
them). Prints files per second for each run and the speed-up; the numbers depend on
the machine, the ratio much less.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from clausecheck.batch import check_many, collect

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


def timed_run(files: tuple[Path, ...], jobs: int) -> tuple[float, int, int]:
    """Seconds to check every file, and how many were checked and unreadable."""
    start = time.perf_counter()
    checked = unreadable = 0
    for outcome in check_many(files, jobs=jobs):
        if outcome.report is None:
            unreadable += 1
        else:
            checked += 1
    return time.perf_counter() - start, checked, unreadable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(CORPUS))
    parser.add_argument("--jobs", type=int, default=2, help="parallel run (default: 2)")
    parser.add_argument("--limit", type=int, default=0, help="only the first K files")
    args = parser.parse_args(argv)
    files = collect([args.folder])
    if args.limit:
        files = files[: args.limit]
    size = sum(f.stat().st_size for f in files) / 1e6
    print(f"{len(files)} files ({size:.1f} MB) under {args.folder}; {os.cpu_count()} CPUs")
    list(check_many(files[:1]))  # warm: grammars compiled before either clock starts
    rows = []
    for jobs in (1, args.jobs):
        seconds, checked, unreadable = timed_run(files, jobs)
        rows.append((jobs, seconds, checked, unreadable))
        print(
            f"--jobs {jobs}: {seconds:7.1f} s  {len(files) / seconds:6.1f} files/s  "
            f"({checked} checked, {unreadable} unreadable)",
            flush=True,
        )
    baseline, parallel = rows[0][1], rows[-1][1]
    print(f"speed-up with --jobs {args.jobs}: {baseline / parallel:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
