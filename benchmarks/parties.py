"""How well clausecheck resolves contracting parties, against CUAD's expert spans.

Usage: python benchmarks/parties.py [CUAD_DIR] [-v]

CUAD_DIR (default ../shared/corpus/real/cuad) holds the contracts and ``labels.csv``,
whose ``Parties`` column lists the spans CUAD's annotators marked as party names and
aliases, as written.

Matching criterion (stated here and printed with the result):

* Each CUAD span is reduced to the names it gives: a span that is a sentence or a quoted
  designation ('the "Customer"', '(hereinafter collectively called "Parties" ...)') gives
  its quoted terms; "Party"/"Parties" and collective names of several parties ("together
  ... the Publishers") name no single party and are dropped; former and trade names
  ("formerly known as", "doing business as", "d/b/a", "a.k.a.") and blank signature lines
  are not required.
* Names compare after normalising case, punctuation, "&"/"and", whitespace and a
  leading "the"; two names match when equal, or when the shorter (two words or more, or
  six letters or more) is a word-prefix of the longer ("Telekom Malaysia Berhad" ~
  "Telekom Malaysia Berhad (128740-P)").
* A document matches when every required CUAD name is among the names and defined terms
  of the parties clausecheck resolved, and every resolved party matches at least one
  CUAD name (no extra party).
"""

from __future__ import annotations

import ast
import csv
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from clausecheck.pipeline import read  # noqa: E402

DEFAULT = REPO.parent / "shared" / "corpus" / "real" / "cuad"
_QUOTED = re.compile(r"[\"“]([^\"”]{1,80})[\"”]")
_ALTERNATIVE = re.compile(
    r"^\s*(?:formerly|doing\s+business\s+as|d/b/a|a\.k\.a\.|also\s+known)", re.IGNORECASE
)
_COLLECTIVE = re.compile(r"\b(?:together|collectively|jointly|each|individually)\b", re.I)
_GENERIC = {"party", "parties", "you", "we", "us", "our"}


def normalise(name: str) -> str:
    """Case, punctuation, "&" and whitespace folded; a leading "the" dropped."""
    text = name.casefold().replace("&", " and ")
    text = re.sub(r"[.'’]", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def required_names(spans: list[str]) -> list[str]:
    """The names a CUAD ``Parties`` cell requires, per the criterion above."""
    names: list[str] = []
    for span in spans:
        span = span.strip()
        if not span.strip("_ ") or _ALTERNATIVE.match(span):
            continue
        quoted = _QUOTED.findall(span)
        words = span.split()
        if quoted or len(words) > 6 or span.count('"') == 1:
            if _COLLECTIVE.search(span) and len(words) > 3:
                continue
            if not quoted:
                quoted = [span.strip('"“”()-, ')]
            names.extend(q for q in quoted if normalise(q) not in _GENERIC)
            continue
        cleaned = span.strip('"“”(),-; ')
        if normalise(cleaned) and normalise(cleaned) not in _GENERIC:
            names.append(cleaned)
    return names


def matches(a: str, b: str) -> bool:
    """Equal after normalising, or the shorter (two words or more) starts the longer."""
    x, y = normalise(a), normalise(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return (len(short.split()) >= 2 or len(short) >= 6) and long_.startswith(short + " ")


def evaluate(folder: Path, verbose: bool = False) -> tuple[int, int, float]:
    """(matched documents, documents, seconds) for one CUAD folder."""
    rows = list(csv.DictReader((folder / "labels.csv").open(encoding="utf-8")))
    matched = 0
    started = time.perf_counter()
    for row in rows:
        spans = ast.literal_eval(row["Parties"]) if row["Parties"] else []
        required = required_names(spans)
        document = read(folder / row["file"])
        found = [(p.name, p.terms) for p in document.parties]
        ours = [n for name, terms in found for n in (name, *terms) if n]
        missing = [r for r in required if not any(matches(r, o) for o in ours)]
        extra = [
            name
            for name, terms in found
            if not any(matches(r, o) for r in required for o in (name, *terms) if o)
        ]
        ok = not missing and not extra
        matched += ok
        if verbose and not ok:
            print(f"- {row['file']}\n    missing {missing}\n    extra {extra}\n    found {found}")
    return matched, len(rows), time.perf_counter() - started


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    folder = Path(args[0]) if args else DEFAULT
    matched, total, seconds = evaluate(folder, verbose)
    print(
        f"parties: {matched}/{total} CUAD documents match ({100 * matched / total:.1f} %), "
        f"{seconds:.2f} s; criterion: every CUAD party name or alias (quoted terms of "
        "sentence spans; Party/Parties, collective and former names not required) is a "
        "resolved party's name or term, and no resolved party is extra"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
