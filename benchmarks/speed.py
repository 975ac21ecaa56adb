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
Then where the time goes, stage by stage (read, structure, provisions, match,
suggestions; each stage timed on its own input, best of R; match is check_document
handed the provisions already found), and the floors any checker
meets: unzipping the .docx and one regular expression over its XML, and one pass of the
concept finder (a single compiled regular expression) over the text, each against the
baseline. The baseline's cost grows with the number of paragraphs (python-docx's proxies
over lxml, in C); any reading of the words grows with the number of characters.
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
    _stages(files, args.repeat, totals[2])
    if args.profile:
        _profile(files[0])
    return 0


STAGES = ("read", "structure", "provisions", "match", "suggestions")


def _stages(files: list[Path], repeat: int, baseline: float) -> None:
    """Time each stage of check on its own, for the .txt and the .docx of every file,
    and the floors: what the cheapest possible reading costs against the baseline."""
    import zipfile

    from clausecheck._tokens import prefilter
    from clausecheck.drafting import add_suggestions
    from clausecheck.match import check_document
    from clausecheck.provisions import extract
    from clausecheck.read import read_document
    from clausecheck.rules import anchors
    from clausecheck.structure import structure

    print(f"\nwhere the time goes (s, best of {repeat} per stage, all {len(files)} files):")
    print(f"{'':6}" + "".join(f"{name:>12}" for name in STAGES) + f"{'sum':>9}")
    text_chars = 0
    floors = {"unzip + one regex over the XML": 0.0, "one finder pass over the text": 0.0}
    finder = prefilter(anchors()).finder
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".txt", ".docx"):
            spent = dict.fromkeys(STAGES, 0.0)
            for path in files:
                source = path
                if suffix == ".docx":
                    source = Path(folder) / (path.stem[:60] + ".docx")
                    _build_docx(path.read_text(encoding="utf-8", errors="replace"), source)
                raw = read_document(source)
                document = structure(raw)
                spent["read"] += _best(repeat, lambda s=source: read_document(s))
                spent["structure"] += _best(repeat, lambda r=raw: structure(r))
                spent["provisions"] += _best(repeat, lambda d=document: extract(d, anchors()))
                report = check_document(document)
                spent["match"] += _best_given(repeat, document, extract(document, anchors()))
                spent["suggestions"] += _best(
                    repeat, lambda r=report, d=document: add_suggestions(r, d)
                )
                if suffix == ".docx":
                    floors["unzip + one regex over the XML"] += _best(
                        repeat, lambda s=source: _xml_pass(zipfile, s)
                    )
                else:
                    lowered = [block.text.lower() for block in raw.blocks]
                    text_chars += sum(map(len, lowered))
                    floors["one finder pass over the text"] += _best(
                        repeat,
                        lambda texts=lowered: sum(1 for t in texts for _ in finder.finditer(t)),
                    )
            total = sum(spent.values())
            print(
                f"{suffix:6}" + "".join(f"{spent[name]:12.3f}" for name in STAGES) + f"{total:9.3f}"
            )
            others = total - spent["provisions"]
    print(
        f"\n.docx stages other than provisions: {others:.3f} s = {others / baseline:.2f}x the "
        f"python-docx walk ({baseline:.3f} s); 1.3x leaves "
        f"{max(0.0, 1.3 * baseline - others):.3f} s to find and read every provision"
    )
    print("floors against the python-docx walk:")
    for name, seconds in floors.items():
        print(f"  {name:34} {seconds:7.3f} s = {seconds / baseline:5.2f}x the baseline")
    per_char = floors["one finder pass over the text"] / max(text_chars, 1) * 1e9
    print(
        f"  (the finder costs {per_char:.0f} ns a character; 1.3x the baseline allows "
        f"{1.3 * baseline / max(text_chars, 1) * 1e9:.0f} ns a character for everything)"
    )


def _best_given(repeat: int, document, found: tuple) -> float:
    """The time of check_document (kind, rules, grading) once the provisions are found:
    match.py's call to extract hands back ``found``."""
    import clausecheck.match as match_module

    real = match_module.extract
    match_module.extract = lambda *_args, **_kwargs: found
    try:
        return _best(repeat, lambda: match_module.check_document(document))
    finally:
        match_module.extract = real


def _xml_pass(zipfile, path: Path) -> int:
    """The cheapest reading of a .docx's words: unzip document.xml, one regex over it."""
    with zipfile.ZipFile(path) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    return sum(len(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)", xml))


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
