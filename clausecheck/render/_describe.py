"""Words the report formats share: where a piece of evidence is, and how a status reads.

Pure functions of model values, so Markdown, HTML, CSV and the Word annotator say
"clause 12.3 (Human Rights), line 41" the same way. Knows nothing of any output syntax:
escaping belongs to each renderer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from clausecheck.model import Finding, Location, Report, Status

# The order a reader wants: what to fix first, what is fine last.
STATUS_ORDER: tuple[Status, ...] = (
    Status.FLAGGED,
    Status.MISSING,
    Status.WEAK,
    Status.MET,
    Status.CLEAR,
)

STATUS_TITLES: dict[Status, str] = {
    Status.FLAGGED: "Flagged guardrails",
    Status.MISSING: "Missing",
    Status.WEAK: "Weak",
    Status.MET: "Met",
    Status.CLEAR: "Clear guardrails",
}

# Where a block sits when it is not in the body text.
_PART_WORDS = {
    "table": "table",
    "header": "page header",
    "footer": "page footer",
    "footnote": "footnote",
    "endnote": "endnote",
}

# A bare number or sub-label ("12.3", "(b)", "4.02") reads as a clause; anything with
# words of its own ("Schedule 2, paragraph 7", "Article 5(2)") is already a citation.
_BARE_LABEL = re.compile(r"^[\d(][\w.()]*$")


def clause_name(label: str | None) -> str | None:
    """How a lawyer cites a clause label.

    >>> clause_name("12.3(b)"), clause_name("Article 5(2)"), clause_name(None)
    ('clause 12.3(b)', 'Article 5(2)', None)
    """
    if not label:
        return None
    return f"clause {label}" if _BARE_LABEL.match(label) else label


def where(location: Location) -> str:
    """One phrase that leads a person back to the evidence.

    >>> where(Location(block=40, label="12.3", heading="Human Rights", part="body",
    ...                start=0, end=9, line=41, column=1))
    'clause 12.3 (Human Rights), line 41'
    """
    pieces: list[str] = []
    cited = clause_name(location.label)
    if cited:
        pieces.append(f"{cited} ({location.heading})" if location.heading else cited)
    elif location.heading:
        pieces.append(f"under “{location.heading}”")
    part = _PART_WORDS.get(location.part)
    if part:
        pieces.append(f"in a {part}" if pieces else f"a {part}")
    if location.line is not None:
        pieces.append(f"line {location.line}")
    elif not pieces:
        pieces.append(f"paragraph {location.block + 1}")
    return ", ".join(pieces)


def by_status(findings: Iterable[Finding]) -> tuple[tuple[Status, tuple[Finding, ...]], ...]:
    """Findings grouped by status in ``STATUS_ORDER``, catalogue order kept inside a group;
    empty groups are left out."""
    items = tuple(findings)
    groups = []
    for status in STATUS_ORDER:
        members = tuple(f for f in items if f.status is status)
        if members:
            groups.append((status, members))
    return tuple(groups)


def counts(report: Report) -> dict[Status, int]:
    """How many findings of each status, every status present (zero where none)."""
    tally = dict.fromkeys(STATUS_ORDER, 0)
    for finding in report.findings:
        tally[finding.status] += 1
    return tally


def needs_attention(finding: Finding) -> bool:
    """Missing, weak and flagged findings are the ones a reviewer acts on."""
    return finding.status in (Status.MISSING, Status.WEAK, Status.FLAGGED)


def document_name(report: Report) -> str:
    """The file name a person recognises (the path's last component)."""
    return re.split(r"[\\/]", report.document.path)[-1] or report.document.path


def parties(names: Sequence[str]) -> str:
    """Defined names joined for a sentence, or a dash when none were found."""
    return ", ".join(names) if names else "—"


def shorten(text: str, limit: int = 160) -> str:
    """A one-line excerpt no longer than ``limit`` characters, cut at a word.

    >>> shorten("The Supplier shall notify the Authority promptly.", 30)
    'The Supplier shall notify the…'
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if flat[limit - 1] != " ":  # the cut falls inside a word: go back to its start
        space = cut.rfind(" ")
        cut = cut[:space] if space > limit // 2 else cut
    return cut.rstrip() + "…"
