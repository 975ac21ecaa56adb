"""Read and structure every contract in the shared corpus; report count, time and speed.

Usage: python benchmarks/read_corpus.py [CORPUS_DIR]

CORPUS_DIR defaults to ../shared/corpus. Every .txt, .md and .docx file under it is read
with ``clausecheck.read`` (reader + structure); any exception is a failure. Speeds are
also given as a ratio to a baseline measured in the same run (reading the bytes and
splitting them into lines), so they compare across machines:

* corpus: files, failures, total seconds, MB/s;
* text reader, file by file over every .txt of the corpus, in ms per MB;
* text reader and structure, each in ms per MB (best of three), on a 1 MB text contract
  made by joining the labelled .txt contracts, and on the largest CUAD contracts joined to
  1 MB. Structure is timed three ways: cold (every cache of the reader and structure
  cleared: a fresh process, the Lark parser built), per document (the parses of label,
  term and designation *shapes* kept, as after any first document; every cache keyed by a
  document's own text cleared) and warm (the same text again).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import clausecheck  # noqa: E402
from clausecheck import _shapes  # noqa: E402
from clausecheck.errors import ClausecheckError  # noqa: E402
from clausecheck.model import Document  # noqa: E402
from clausecheck.pipeline import read  # noqa: E402
from clausecheck.read.text import read_text  # noqa: E402
from clausecheck.structure import structure  # noqa: E402

DEFAULT = REPO.parent / "shared" / "corpus"
SUFFIXES = {".txt", ".md", ".docx"}
MB = 1_000_000


def baseline(paths: list[Path]) -> float:
    """Seconds to read the bytes and split them into lines: the floor of any reader."""
    started = time.perf_counter()
    for path in paths:
        path.read_bytes().decode("utf-8", errors="replace").splitlines()
    return time.perf_counter() - started


def read_all(paths: list[Path]) -> tuple[int, list[str], float]:
    """(files read, failures, seconds) for reading and structuring every file."""
    failures: list[str] = []
    started = time.perf_counter()
    for path in paths:
        try:
            read(path)
        except ClausecheckError as err:  # a refusal with a reason is a result, not a crash
            failures.append(f"{path}: refused: {err}")
        except Exception as err:  # the benchmark reports every crash, whatever it is
            failures.append(f"{path}: {type(err).__name__}: {err}")
    return len(paths), failures, time.perf_counter() - started


# Caches that hold Lark's parse of a shape ("11.1", '"T" means', '( w "T" )'): shared by
# every document a process reads.
_SHAPE_CACHES = {"_parse_label_shape", "_parse_term_head_shape", "_parse_designation_shape"}


def _caches() -> list:
    """Every lru_cache of the reader and structure modules, but the parser itself."""
    import importlib
    import pkgutil

    modules = [
        importlib.import_module(f"clausecheck.{info.name}")
        for info in pkgutil.iter_modules(clausecheck.__path__)
        if info.name.startswith("_") and info.name != "__main__"
    ]
    modules += [
        importlib.import_module("clausecheck.structure"),
        importlib.import_module("clausecheck.read.text"),
    ]
    found = {
        id(value): value
        for module in modules
        for value in vars(module).values()
        if hasattr(value, "cache_clear")
        and getattr(value, "__module__", "").startswith("clausecheck")
        and value.__name__ not in {"document_parser", "resource_dir"}
    }
    return list(found.values())


def per_megabyte(data: bytes) -> tuple[float, tuple[float, float, float], int]:
    """(read_text ms/MB, structure ms/MB cold / per document / warm, blocks) on one text,
    best of three."""
    caches = _caches()
    best = [float("inf")] * 4
    blocks = ()
    for _ in range(3):
        for cached in caches:
            cached.cache_clear()
        started = time.perf_counter()
        blocks, _ = read_text(data, "joined.txt")
        document = Document(path="joined.txt", format="txt", sha256="", blocks=blocks)
        read = time.perf_counter()
        structure(document)
        cold = time.perf_counter()
        for cached in caches:
            if cached.__name__ not in _SHAPE_CACHES:
                cached.cache_clear()
        again = time.perf_counter()
        structure(document)
        per_document = time.perf_counter()
        structure(document)
        warm = time.perf_counter()
        times = (read - started, cold - read, per_document - again, warm - per_document)
        best = [min(b, t) for b, t in zip(best, times, strict=True)]
    size = len(data) / MB
    reading, *structuring = (seconds * 1000 / size for seconds in best)
    return reading, tuple(structuring), len(blocks)  # type: ignore[return-value]


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else DEFAULT
    paths = sorted(p for p in root.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
    size = sum(p.stat().st_size for p in paths) / MB
    _shapes.document_parser()  # built once per process; not part of any file's time
    floor = baseline(paths)
    count, failures, seconds = read_all(paths)
    print(
        f"corpus: {count} files ({size:.1f} MB), {len(failures)} failures, "
        f"{seconds:.2f} s, {size / seconds:.1f} MB/s "
        f"({seconds / floor:.0f}x the time to read and split the bytes)"
    )
    for failure in failures:
        print(f"  {failure}")
    texts = [p.read_bytes() for p in paths if p.suffix.lower() == ".txt"]
    started = time.perf_counter()
    for data in texts:
        read_text(data, "corpus.txt")
    text_seconds = time.perf_counter() - started
    text_size = sum(map(len, texts)) / MB
    print(
        f"text reader, file by file: {len(texts)} .txt files ({text_size:.1f} MB), "
        f"{text_seconds * 1000 / text_size:.0f} ms/MB"
    )
    labelled = sorted((root / "labelled" / "docs").glob("*.txt"))
    cuad = sorted((root / "real" / "cuad-all").glob("*.txt"), key=lambda p: -p.stat().st_size)
    for name, files in (("labelled .txt joined", labelled), ("largest CUAD joined", cuad[:8])):
        if not files:
            continue
        data = b"\n\n".join(p.read_bytes() for p in files)[:MB]
        reading, (cold, per_document, warm), blocks = per_megabyte(data)
        print(
            f"{name} (1 MB, {blocks} blocks): read_text {reading:.0f} ms/MB, structure "
            f"{cold:.0f} ms/MB cold, {per_document:.0f} per document, {warm:.0f} warm"
        )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
