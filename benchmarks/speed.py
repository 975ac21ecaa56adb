"""How fast the checker is, against python-docx merely reading the same file.

Usage: python benchmarks/speed.py [CORPUS_REAL_DIR] [-n N] [--repeat R] [--profile]

For each of the N largest contracts under the real corpus (duplicates by content
dropped), times in one run:

* ``check`` on the .txt (read, structure, provisions, rules, suggestions);
* ``check`` on a .docx built from the same text (one Word paragraph per paragraph of
  the text, in a temporary folder);
* the baseline: python-docx opening that .docx and walking the text of every paragraph
  and every table cell through its proxy objects.

Prints, per file and in total, the times (best of R), the ratio docx-check / baseline
(goal: at most 1.3) and the text throughput of check on .txt in MB/s (goal: at least 5).
With --profile, also the functions that dominate check on the largest .txt.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import pstats
import re
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "real"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("real", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("-n", type=int, default=5, help="how many of the largest files")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--profile", action="store_true", help="profile the largest .txt")
    args = parser.parse_args(argv)

    import docx  # python-docx, the baseline

    from clausecheck.pipeline import check

    files = _largest(args.real, args.n)
    if not files:
        print(f"no .txt contracts under {args.real}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    check(files[0])  # build the parsers and lexicons once, as a long-running process would
    warmup = time.perf_counter() - started

    print(
        f"{'file':44} {'KB':>6} {'txt s':>7} {'MB/s':>6} {'docx s':>7} {'base s':>7} {'ratio':>6}"
    )
    totals = [0.0, 0.0, 0.0]
    size_total = 0
    with tempfile.TemporaryDirectory() as folder:
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace")
            size = len(text.encode("utf-8"))
            built = Path(folder) / (path.stem[:60] + ".docx")
            _build_docx(text, built)
            t_txt = _best(args.repeat, lambda p=path: check(p))
            t_docx = _best(args.repeat, lambda b=built: check(b))
            t_base = _best(args.repeat, lambda b=built: _walk(docx.Document(str(b))))
            totals[0] += t_txt
            totals[1] += t_docx
            totals[2] += t_base
            size_total += size
            print(
                f"{path.name[:44]:44} {size / 1024:6.0f} {t_txt:7.3f} "
                f"{size / 1e6 / t_txt:6.2f} {t_docx:7.3f} {t_base:7.3f} "
                f"{t_docx / t_base:6.2f}"
            )
    print(
        f"{'total':44} {size_total / 1024:6.0f} {totals[0]:7.3f} "
        f"{size_total / 1e6 / totals[0]:6.2f} {totals[1]:7.3f} {totals[2]:7.3f} "
        f"{totals[1] / totals[2]:6.2f}"
    )
    print(f"\nfirst check in the process (parsers and lexicons built): {warmup:.2f} s")
    print(f"text throughput of check: {size_total / 1e6 / totals[0]:.2f} MB/s (goal >= 5)")
    print(f"docx check / python-docx walk: {totals[1] / totals[2]:.2f}x (goal <= 1.3)")
    if args.profile:
        _profile(files[0])
    return 0


def _largest(real: Path, n: int) -> list[Path]:
    seen: set[str] = set()
    chosen: list[Path] = []
    for path in sorted(real.rglob("*.txt"), key=lambda p: p.stat().st_size, reverse=True):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest in seen or path.name.lower() in ("labels.txt", "readme.txt"):
            continue
        seen.add(digest)
        chosen.append(path)
        if len(chosen) == n:
            break
    return chosen


def _build_docx(text: str, target: Path) -> None:
    import docx

    document = docx.Document()
    for paragraph in re.split(r"\n\s*\n", text):
        cleaned = " ".join(paragraph.split())
        cleaned = "".join(ch for ch in cleaned if ch >= " " or ch == "\t")
        if cleaned:
            document.add_paragraph(cleaned)
    document.save(str(target))


def _walk(document) -> int:
    """Read every paragraph's and every table cell's text, as a reader of the file must."""
    total = sum(len(p.text) for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                total += len(cell.text)
    return total


def _best(repeat: int, work) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def _profile(path: Path) -> None:
    from clausecheck.pipeline import check

    profiler = cProfile.Profile()
    profiler.enable()
    check(path)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
    print(f"\nprofile of check({path.name}):")
    print(out.getvalue())


if __name__ == "__main__":
    sys.exit(main())
