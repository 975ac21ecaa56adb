"""The values that flow through the pipeline: read → structure → provisions → match → report.

Every type is a frozen dataclass or a string enum; collections are tuples. Conversions
from input formats live in ``read/``, never here; this module holds no parsing and no
formatting beyond ``Report.to_dict``, and does no I/O itself (``Report.annotate`` is a
convenience that hands the work, file reading and writing included, to
``clausecheck.render.annotate``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum
from os import PathLike
from typing import Any

REPORT_SCHEMA = "clausecheck/report@1"


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


class Part(StrEnum):
    """Which part of the source a block comes from."""

    BODY = "body"
    TABLE = "table"
    HEADER = "header"
    FOOTER = "footer"
    FOOTNOTE = "footnote"
    ENDNOTE = "endnote"


class BlockKind(StrEnum):
    """What a block is, as the author laid it out."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list item"
    TABLE_CELL = "table cell"
    HEADER = "header"
    FOOTER = "footer"
    FOOTNOTE = "footnote"
    ENDNOTE = "endnote"


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    """One paragraph, table cell, header, footer or note, as a reader sees it.

    ``text`` is the accepted text a lawyer sees (tracked deletions dropped, insertions
    kept), whitespace normalised, *without* an automatic numbering label: Word's
    computed label is in ``label``. A label typed by the author stays in ``text``.
    """

    index: int  # 0-based position in Document.blocks
    text: str
    kind: BlockKind
    part: Part = Part.BODY
    style: str | None = None  # Word style name, or a reader's own ("md:list")
    level: int | None = None  # heading outline level (1-9) or list level (0-8)
    label: str | None = None  # automatic numbering label as Word renders it ("12.3", "(b)")
    cell: tuple[int, int, int] | None = None  # (table, row, column), 0-based, for table cells
    line: int | None = None  # 1-based source line of the first character (text formats)
    # Where each source line starts inside ``text``: (offset, 1-based line, 1-based
    # column). Hard-wrapped text is joined into one block; this maps offsets back.
    source_lines: tuple[tuple[int, int, int], ...] = ()

    def position(self, offset: int) -> tuple[int, int] | None:
        """The (line, column) of a character offset in a text source, 1-based.

        >>> Block(index=0, text="ab cd", kind=BlockKind.PARAGRAPH,
        ...       source_lines=((0, 3, 5), (3, 4, 1))).position(4)
        (4, 2)
        """
        if not self.source_lines:
            return None
        starts = [entry[0] for entry in self.source_lines]
        at = max(bisect_right(starts, offset) - 1, 0)
        start, line, column = self.source_lines[at]
        return line, column + offset - start


# ---------------------------------------------------------------------------
# Structure
# ---------------------------------------------------------------------------


class Region(StrEnum):
    """Where a block sits in the contract; only some regions carry operative terms."""

    FRONT = "front"  # title, reference, date, the parties clause
    RECITALS = "recitals"  # WHEREAS / Background
    DEFINITIONS = "definitions"  # the definitions clause or a definitions table
    OPERATIVE = "operative"  # numbered clauses of the agreement
    SCHEDULE = "schedule"  # schedules, annexes, appendices (operative when incorporated)
    SIGNATURE = "signature"  # execution blocks
    FURNITURE = "furniture"  # headers, footers, page furniture
    NOTES = "notes"  # footnotes and endnotes


class Role(StrEnum):
    """Which side of the State-business nexus a party or subject stands on."""

    COMPANY = "company"
    STATE = "state"
    BOTH = "both"  # "each Party", "the Parties"
    OTHER = "other"  # a third party, a person, or nobody in particular


@dataclass(frozen=True, slots=True, kw_only=True)
class Clause:
    """The structural place of one block: its clause label, heading and region."""

    block: int
    label: str | None  # the full label a reader cites: "13.4(a)", "Schedule 2, paragraph 7"
    own_label: str | None  # the label written or numbered at this block: "(a)"
    heading: str | None  # nearest heading above, without its number
    depth: int = 0
    region: Region = Region.OPERATIVE
    body_start: int = 0  # offset in the block text where the clause text starts
    is_heading: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Definition:
    """A defined term and what it means."""

    term: str
    text: str  # the definition's body, after "means" / "shall mean"
    block: int
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Party:
    """A contracting party: its name, every defined name it goes by, and its side."""

    name: str | None  # "TELVORA NETWORKS LIMITED"
    terms: tuple[str, ...]  # defined names and aliases: ("Licensee", "Telvora")
    role: Role | None  # company or state; None when it cannot be told
    block: int | None = None


# ---------------------------------------------------------------------------
# Locations and documents
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """Where a piece of evidence is: enough for a person to find it again."""

    block: int  # 0-based index of the paragraph / cell / note
    label: str | None  # clause label as Word shows it ("7.2(a)"), when known
    heading: str | None  # nearest heading above
    part: str  # "body", "table", "header", "footnote" ...
    start: int  # character offsets in the block text
    end: int
    line: int | None = None  # 1-based line and column, for text sources
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``clausecheck/report@1``)."""
        return {
            "block": self.block,
            "label": self.label,
            "heading": self.heading,
            "part": self.part,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """A contract as read, and after ``structure`` its clauses, definitions and parties."""

    path: str
    format: str  # "docx", "txt" or "md"
    sha256: str
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()
    # Filled by structure(); empty until then.
    title: str | None = None
    clauses: tuple[Clause, ...] = ()  # one per block, same index
    definitions: tuple[Definition, ...] = ()
    parties: tuple[Party, ...] = ()

    @property
    def is_structured(self) -> bool:
        return len(self.clauses) == len(self.blocks) and bool(self.blocks)

    def terms_for(self, role: Role) -> tuple[str, ...]:
        """Every defined name of the parties on one side, in order of appearance."""
        return tuple(t for p in self.parties if p.role is role for t in p.terms)

    def locate(self, block: int, start: int, end: int) -> Location:
        """A Location for a span of one block, with its clause label and heading."""
        b = self.blocks[block]
        clause = self.clauses[block] if block < len(self.clauses) else None
        begin = b.position(start)
        finish = b.position(end)
        return Location(
            block=block,
            label=clause.label if clause else b.label,
            heading=clause.heading if clause else None,
            part=str(b.part),
            start=start,
            end=end,
            line=begin[0] if begin else None,
            column=begin[1] if begin else None,
            end_line=finish[0] if finish else None,
            end_column=finish[1] if finish else None,
        )


# ---------------------------------------------------------------------------
# Provisions
# ---------------------------------------------------------------------------


class Modality(StrEnum):
    """How strongly a provision binds its subject (catalogue, "Status of a rule")."""

    OBLIGATION = "obligation"  # shall / must / will / agrees to / undertakes to ...
    RIGHT = "right"  # may / is entitled to / has the right to, for a right-holder
    PERMISSION = "permission"  # may, for a duty-bearer: a discretion, not a duty
    RECOMMENDATION = "recommendation"  # should / is encouraged to
    BEST_EFFORTS = "best-efforts"  # reasonable / best efforts, endeavour, where practicable
    NEGATED = "negated"  # shall not be required to / nothing obliges / does not apply
    STATEMENT = "statement"  # no modal force: a description, a definition, a recital


@dataclass(frozen=True, slots=True, kw_only=True)
class Provision:
    """One normative sentence (or list item, with its lead-in) and what it says."""

    text: str  # the sentence as evaluated, lead-in included for list items
    location: Location
    region: Region
    subject: str  # the words of the subject as written ("the Supplier")
    role: Role  # who the subject is, resolved through the parties' defined names
    modality: Modality
    action: str  # the verb phrase after the modal
    conditions: tuple[str, ...] = ()  # "where ...", "if ...", "subject to ..."
    qualifiers: tuple[str, ...] = ()  # "where practicable", "at its discretion" ...
    concepts: frozenset[str] = frozenset()  # lexicon concepts found in the action
    # Added by the checker stage (additive, with defaults):
    modal: str = ""  # the modal words as written: "shall use reasonable efforts to"
    prohibitive: bool = False  # "shall not <act>": a duty to refrain, not a negated duty
    agent: Role | None = None  # who acts, when not the subject: "by the Authority",
    #                            "shall permit the Authority to audit"
    mentions: frozenset[Role] = frozenset()  # the parties the clause names


# ---------------------------------------------------------------------------
# Rules and reports
# ---------------------------------------------------------------------------


class Kind(StrEnum):
    """The contract kinds of the catalogue."""

    PROCUREMENT = "procurement"
    SERVICE = "service"
    LICENCE = "licence"
    SUPPORT = "support"


class Level(StrEnum):
    """How a rule applies to a kind: R, r, or a guardrail (catalogue table)."""

    REQUIRED = "required"
    RECOMMENDED = "recommended"
    GUARDRAIL = "guardrail"


class Status(StrEnum):
    """The status words of the catalogue; a public contract."""

    MET = "met"
    WEAK = "weak"
    MISSING = "missing"
    FLAGGED = "flagged"
    CLEAR = "clear"


class Severity(StrEnum):
    """What a finding means for CI: ``--fail-on`` compares against these."""

    ERROR = "error"
    WARNING = "warning"
    NONE = "none"


class Verdict(StrEnum):
    """The verdict of a whole document (catalogue, "Verdict of a whole document")."""

    PASS = "pass"
    REVIEW = "review"
    FAIL = "fail"


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """A quoted span of the contract and where it is."""

    text: str
    location: Location

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "location": self.location.to_dict()}


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """The status of one rule for one document, why, and the evidence."""

    rule: str  # "DD2"
    name: str  # "due-diligence"
    level: Level
    status: Status
    reason: str  # a sentence a lawyer can read
    evidence: tuple[Evidence, ...] = ()
    suggestion: str | None = None  # model wording fitted to the contract

    @property
    def severity(self) -> Severity:
        """error: R missing or GR flagged; warning: R weak, r weak or missing."""
        if self.status is Status.FLAGGED:
            return Severity.ERROR
        if self.status is Status.MISSING:
            return Severity.ERROR if self.level is Level.REQUIRED else Severity.WARNING
        if self.status is Status.WEAK:
            return Severity.WARNING
        return Severity.NONE

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "name": self.name,
            "level": str(self.level),
            "status": str(self.status),
            "reason": self.reason,
            "evidence": [e.to_dict() for e in self.evidence],
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentInfo:
    """What a report says about its source file."""

    path: str
    format: str
    sha256: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """The result of checking one document."""

    document: DocumentInfo
    kind: Kind
    kind_detected: bool
    company: tuple[str, ...]  # the company's defined names
    state: tuple[str, ...]  # the State's defined names
    findings: tuple[Finding, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def verdict(self) -> Verdict:
        """fail on any error-severity finding, review on any warning, else pass."""
        severities = {f.severity for f in self.findings}
        if Severity.ERROR in severities:
            return Verdict.FAIL
        if Severity.WARNING in severities:
            return Verdict.REVIEW
        return Verdict.PASS

    def finding(self, rule: str) -> Finding:
        """The finding for one rule id.

        Raises:
            KeyError: the rule was not checked for this document.
        """
        for f in self.findings:
            if f.rule == rule:
                return f
        raise KeyError(rule)

    def annotate(
        self, src: str | PathLike[str], out: str | PathLike[str], *, redline: bool = False
    ) -> Any:
        """Write a copy of the .docx ``src`` with this report's findings as Word comments
        (and, with ``redline``, the suggested clauses as tracked insertions) to ``out``.

        This reads ``src`` and writes ``out``, but not here: the method only delegates to
        ``clausecheck.render.annotate.annotate_docx`` (imported when called, so that the
        model does not depend on python-docx), which returns an ``Annotation``.

        Raises:
            UsageError: ``src`` is not a .docx, not the file this report was made from,
                or ``out`` is ``src``.
            ReadError: ``src`` cannot be read.
            ClausecheckError: ``out`` cannot be written.
        """
        from clausecheck.render.annotate import annotate_docx

        return annotate_docx(self, src, out, redline=redline)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, schema ``clausecheck/report@1`` (ARCHITECTURE.md).

        ``warnings`` (added to the schema without changing its version) lists what the
        reader could not read as a lawyer sees it, e.g. tracked changes read as accepted.
        """
        return {
            "schema": REPORT_SCHEMA,
            "document": {
                "path": self.document.path,
                "format": self.document.format,
                "sha256": self.document.sha256,
            },
            "kind": str(self.kind),
            "kind_detected": self.kind_detected,
            "parties": {"company": list(self.company), "state": list(self.state)},
            "verdict": str(self.verdict),
            "findings": [f.to_dict() for f in self.findings],
            "warnings": list(self.warnings),
        }
