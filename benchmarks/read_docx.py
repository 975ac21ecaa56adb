"""Time the Word reader against python-docx opening the same file and walking its text.

Issue 4 gives a full ``check`` of a .docx at most 1.3x the time python-docx needs to open
the file and read every paragraph and table cell through its proxy API; the reader alone
aims at 0.6x or less. This script builds .docx files from the largest CUAD texts (one
paragraph per text paragraph, several runs each, every twelfth paragraph as a two-column
table row), adds the labelled corpus's .docx files and the bundled example, and prints,
per file and overall, the best-of-N time of both and their ratio, measured in one run.

    python benchmarks/read_docx.py [--files 6] [--repeat 7]
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx

from clausecheck.read.docx import read_docx

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def build_from_text(text: str) -> bytes:
    """A .docx of a plain-text contract: paragraphs with several runs, some table rows."""
    document = docx.Document()
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text)]
    table = None
    for number, paragraph in enumerate(p for p in paragraphs if p):
        if number % 12 == 11:
            if table is None:
                table = document.add_table(rows=0, cols=2)
            cells = table.add_row().cells
            cells[0].text = paragraph[:40]
            cells[1].text = paragraph
            continue
        table = None
        target = document.add_paragraph()
        for index, piece in enumerate(re.split(r"(?<=[.;,])\s+", paragraph)):
            run = target.add_run(piece + " ")
            run.bold = index % 3 == 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def proxy_walk(data: bytes) -> int:
    """The baseline: python-docx opens the file and reads all text through its proxies."""
    document = docx.Document(io.BytesIO(data))
    size = sum(len(paragraph.text) for paragraph in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                size += len(cell.text)
    return size


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=6, help="largest CUAD texts to build")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per file")
    args = parser.parse_args(argv)
    cuad = CORPUS / "real" / "cuad"
    if not cuad.is_dir():
        print(f"the CUAD corpus is not at {cuad}", file=sys.stderr)
        return 2
    sources = sorted(cuad.glob("*.txt"), key=lambda p: p.stat().st_size, reverse=True)
    files: list[tuple[str, bytes]] = []
    with tempfile.TemporaryDirectory(prefix="read-docx-bench-") as scratch:
        for source in sources[: args.files]:
            data = build_from_text(source.read_text("utf-8", errors="replace"))
            built = Path(scratch) / (source.stem[:40] + ".docx")
            built.write_bytes(data)
            files.append((built.name, built.read_bytes()))
    labelled = sorted((CORPUS / "labelled" / "docs").glob("*.docx"))
    files += [(path.name, path.read_bytes()) for path in labelled]
    example = REPO / "examples" / "procurement-draft.docx"
    if example.is_file():
        files.append((example.name, example.read_bytes()))

    print(f"{'file':44} {'KB':>6} {'blocks':>6} {'python-docx':>11} {'reader':>8} {'ratio':>6}")
    totals = {"cuad": [0.0, 0.0], "other": [0.0, 0.0]}
    ratios = []
    for name, data in files:
        base = best_of(args.repeat, lambda data=data: proxy_walk(data))
        ours = best_of(args.repeat, lambda data=data, name=name: read_docx(data, name))
        blocks = len(read_docx(data, name)[0])
        group = totals["other" if name in {p.name for p in labelled} | {example.name} else "cuad"]
        group[0] += base
        group[1] += ours
        ratios.append(ours / base)
        print(
            f"{name[:44]:44} {len(data) // 1024:>6} {blocks:>6} {base * 1000:>9.1f}ms "
            f"{ours * 1000:>6.1f}ms {ours / base:>6.2f}"
        )
    for group, (base, ours) in totals.items():
        if base:
            print(
                f"total {group}: python-docx {base * 1000:.1f} ms, reader {ours * 1000:.1f} ms, "
                f"ratio {ours / base:.2f}"
            )
    print(f"median ratio over {len(ratios)} files: {statistics.median(ratios):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
