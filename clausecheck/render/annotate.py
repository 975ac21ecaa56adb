"""Write a copy of the author's Word file with the findings as Word comments, and a redline.

Lawyers review in Word, so the findings go where they already look: a comment by
"clausecheck" on the exact words of each piece of evidence of a weak or flagged rule (the
reason and the suggested wording), and for each missing rule a comment on the heading
where its clause would fit best (or at the document's end) with the model clause. With
``redline=True`` the suggested clauses are also inserted as tracked changes (see
``_redline.py``), for the author to accept or reject.

The source file is only read; the copy is written atomically. A Report made from other
bytes than the file given is refused: its offsets would point at the wrong words. This
module does not decide statuses or wording; it places what the Report says.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.text.run import Run
from lxml import etree

from clausecheck._files import same_file, write_atomically
from clausecheck.errors import ReadError, UsageError
from clausecheck.model import Document, Evidence, Finding, Report, Status
from clausecheck.read._docx_package import open_package
from clausecheck.read._docx_xml import W
from clausecheck.render._describe import where
from clausecheck.render._redline import redline_document
from clausecheck.render._word_map import BodyBlock, body_blocks, cut_span
from clausecheck.render._word_places import heading_for

AUTHOR = "clausecheck"
INITIALS = "CC"
_R, _DEL = W + "r", W + "del"
# python-docx opens only the plain document type; the reader also reads macro-enabled files
# and templates, but an annotated copy of one, saved as .docx, would not open in Word.
_ANNOTATABLE = CT.WML_DOCUMENT_MAIN
_BODY_PARTS = ("body", "table")


@dataclass(frozen=True, slots=True, kw_only=True)
class Annotation:
    """What an annotated copy received."""

    path: str
    comments: int
    insertions: int  # tracked insertions (paragraphs) of suggested wording
    at_end: int  # comments placed at the document's end for want of a better place


def annotate_docx(
    report: Report,
    source: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    redline: bool = False,
    when: datetime | None = None,
) -> Annotation:
    """Write ``out``: a copy of the .docx ``source`` with ``report``'s findings as comments.

    Args:
        report: the Report of ``clausecheck.check(source)``.
        source: the author's .docx; never written to.
        out: where the annotated copy goes (written through a temporary file).
        redline: also insert the suggested clauses as tracked insertions.
        when: the date on tracked changes (default: now, UTC).

    Returns:
        How many comments and insertions the copy received.

    Raises:
        UsageError: ``source`` is not a .docx (a macro-enabled .docm or a template is
            not), is not the file the report was made from, or ``out`` is ``source``
            itself.
        ReadError: ``source`` cannot be read.
        ClausecheckError: ``out`` cannot be written.
    """
    src, target = Path(source), Path(out)
    data = _source_bytes(report, src, target)
    word = _open(data, src)
    blocks = body_blocks(word.part)
    structured = _structure(src, report)
    placer = _Placer(word, blocks)
    at_end = 0
    for finding in report.findings:
        if finding.status in (Status.WEAK, Status.FLAGGED):
            for evidence in finding.evidence:
                at_end += placer.comment_on_evidence(finding, evidence)
        elif finding.status is Status.MISSING:
            heading = heading_for(finding.rule, structured, len(blocks))
            at_end += placer.comment_on_heading(finding, heading)
    insertions = 0
    if redline:
        stamp = (when or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
        insertions = redline_document(word, blocks, structured, report, author=AUTHOR, date=stamp)
    buffer = io.BytesIO()
    word.save(buffer)
    write_atomically(target, buffer.getvalue())
    return Annotation(
        path=str(target), comments=placer.comments, insertions=insertions, at_end=at_end
    )


def comment_text(finding: Finding, evidence: Evidence | None = None) -> str:
    """The words of one comment: rule and status, the reason, the suggested wording.

    >>> from clausecheck.model import Level
    >>> print(comment_text(Finding(rule="OV1", name="audit-rights", level=Level.REQUIRED,
    ...     status=Status.MISSING, reason="No audit right.",
    ...     suggestion="The Authority may audit.")))
    OV1 audit-rights: missing (required rule)
    No audit right.
    Model clause: The Authority may audit.
    """
    lines = [f"{finding.rule} {finding.name}: {finding.status} ({finding.level} rule)"]
    if evidence is not None and evidence.location.part not in _BODY_PARTS:
        lines.append(f"About the words in {where(evidence.location)}: “{evidence.text}”")
    lines.append(finding.reason)
    if finding.suggestion:
        label = "Model clause" if finding.status is Status.MISSING else "Suggested wording"
        suggestion = re.sub(r"\n\s*\n", "\n", finding.suggestion.strip())
        lines.append(f"{label}: {suggestion}")
    return "\n".join(lines)


class _Placer:
    """Anchors comments on runs of the body, cutting runs at the evidence's edges."""

    def __init__(self, word: WordDocument, blocks: list[BodyBlock]) -> None:
        self.word = word
        self.blocks = blocks
        self.comments = 0

    def comment_on_evidence(self, finding: Finding, evidence: Evidence) -> int:
        """Comment on the evidence's words; returns 1 when it had to go to the end."""
        runs = self._evidence_runs(evidence)
        self._comment(runs or self._end_runs(), comment_text(finding, evidence))
        return 0 if runs else 1

    def comment_on_heading(self, finding: Finding, block: int | None) -> int:
        """Comment a missing rule on a heading block; returns 1 when it went to the end."""
        runs = self._whole_block(self.blocks[block]) if block is not None else None
        self._comment(runs or self._end_runs(), comment_text(finding))
        return 0 if runs else 1

    def _evidence_runs(self, evidence: Evidence) -> tuple[etree._Element, etree._Element] | None:
        """The runs of the evidence's words: at its offsets, else where its words are."""
        place = evidence.location
        if place.part not in _BODY_PARTS:
            return None  # Word has no comments in headers and footers; notes are not mapped
        block = self.blocks[place.block] if 0 <= place.block < len(self.blocks) else None
        if block is not None and _same_text(block.text[place.start : place.end], evidence.text):
            traced = block.span(place.start, place.end)
            if traced:
                return cut_span(*traced)
        for candidate in ([block] if block else []) + self.blocks:
            found = candidate.find(evidence.text)
            traced = candidate.span(*found) if found else None
            if traced:
                return cut_span(*traced)
        return self._whole_block(block) if block is not None else None

    def _whole_block(self, block: BodyBlock) -> tuple[etree._Element, etree._Element] | None:
        if block.origins:
            return cut_span(block.origins[0], block.origins[-1])
        if block.paragraph is None:
            return None
        runs = [r for r in block.paragraph.iter(_R) if r.getparent().tag != _DEL]
        return (runs[0], runs[-1]) if runs else None

    def _end_runs(self) -> tuple[etree._Element, etree._Element]:
        """The document's last paragraph of text, or a new empty one."""
        for block in reversed(self.blocks):
            runs = self._whole_block(block) if block.paragraph is not None else None
            if runs:
                return runs
        run = OxmlElement("w:r")
        self.word.add_paragraph()._p.append(run)
        return run, run

    def _comment(self, runs: tuple[etree._Element, etree._Element], text: str) -> None:
        first, last = runs
        self.word.add_comment(
            [Run(first, None), Run(last, None)],  # type: ignore[arg-type]
            text=text,
            author=AUTHOR,
            initials=INITIALS,
        )
        self.comments += 1


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _source_bytes(report: Report, src: Path, target: Path) -> bytes:
    check_annotatable(src, report.document.format)
    if same_file(target, src):
        raise UsageError(
            "the annotated copy would overwrite the contract",
            path=src,
            hint="give --annotate another file name",
        )
    try:
        data = src.read_bytes()
    except OSError as err:
        raise ReadError(f"cannot open: {err.strerror or err}", path=src) from err
    if hashlib.sha256(data).hexdigest() != report.document.sha256:
        raise UsageError(
            "this is not the file the report was made from (its contents differ)",
            path=src,
            hint="check the file again, then annotate it",
        )
    return data


def check_annotatable(src: Path, fmt: str = "docx") -> None:
    """Refuse, by its name and format, a file that cannot be annotated.

    Raises:
        UsageError: it is not a Word .docx (a text contract, a .docm, a template).
    """
    suffix = src.suffix.lower()
    if fmt == "docx" and suffix in (".docm", ".dotx", ".dotm"):
        raise UsageError(
            f"a {suffix} file cannot be annotated: the copy would not open as a .docx",
            path=src,
            hint="save the contract as a Word .docx (without macros) and annotate that",
        )
    if fmt != "docx" or suffix != ".docx":
        raise UsageError(
            "only a Word .docx contract can be annotated",
            path=src,
            hint="use --format html or markdown for text contracts",
        )


def _open(data: bytes, src: Path) -> WordDocument:
    """The Word file, after the reader's safety checks, opened with every part intact.

    Raises:
        ReadError: the file fails the reader's checks or python-docx cannot open it.
        UsageError: its main part is not a plain .docx document (a renamed .docm).
    """
    main = open_package(data, str(src))  # refuses bombs, DOCTYPEs, broken zips (ReadError)
    if main.content_type != _ANNOTATABLE:
        raise UsageError(
            "this file cannot be annotated: it is a macro-enabled document or a template "
            "saved under a .docx name",
            path=src,
            hint="save it from Word as a plain .docx and annotate that",
        )
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as err:
        detail = re.sub(r"'?<_io\.BytesIO object at \w+>'?", "the file", str(err))
        raise ReadError(f"cannot open the Word file: {detail}", path=src) from err


def _structure(src: Path, report: Report) -> Document:
    """The contract's clauses and regions, to find headings and where schedules begin.

    Raises:
        UsageError: the file changed while it was being annotated.
    """
    from clausecheck.pipeline import read

    document = read(src)
    if document.sha256 != report.document.sha256:
        raise UsageError(
            "the file changed while it was being annotated", path=src, hint="annotate it again"
        )
    return document
