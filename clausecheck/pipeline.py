"""The public entry points, wiring the stages together in their one direction.

read/ → structure → provisions → match (+ rules) → Report, with draft suggestions.
Each function imports its stages when called, so ``import clausecheck`` stays cheap.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from clausecheck.model import Document, Report

if TYPE_CHECKING:
    from clausecheck.rules import Rule


def read(path: str | os.PathLike[str]) -> Document:
    """Read a contract (.docx, .txt, .md) and find its clauses, definitions and parties.

    Raises:
        ReadError: the file cannot be read; the message names the file and the reason.
    """
    from clausecheck.read import read_document
    from clausecheck.structure import structure

    return structure(read_document(path))


def check(
    source: str | os.PathLike[str] | Document,
    kind: str | None = None,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> Report:
    """Grade every applicable rule of the catalogue for one contract.

    Args:
        source: a path, or a Document from ``read``.
        kind: "procurement", "service", "licence" or "support"; None detects it.
        select: only these rule ids (default: every rule applicable to the kind).
        ignore: rule ids to leave out.

    Raises:
        ReadError: the file cannot be read.
        UsageError: an unknown kind or rule id.
    """
    from clausecheck.drafting import add_suggestions
    from clausecheck.match import check_document

    document = source if isinstance(source, Document) else read(source)
    report = check_document(document, kind, select=select, ignore=ignore)
    return add_suggestions(report, document)


def catalogue() -> tuple[Rule, ...]:
    """The rules of the catalogue, in catalogue order."""
    from clausecheck.rules import load_rules

    return load_rules()


def draft(
    kind: str,
    *,
    company: str = "the Company",
    state: str = "the Authority",
    rules: Iterable[str] | None = None,
    format: str = "text",
    **options: object,
) -> str | bytes:
    """Model human-rights wording for a contract kind, fitted to the parties' names.

    Returns text for "text" and "markdown", the bytes of a Word file for "docx".

    Raises:
        UsageError: an unknown kind, rule id, format or option.
        DraftError: a template failed to render.
    """
    from clausecheck.drafting import draft_text

    return draft_text(kind, company=company, state=state, rules=rules, format=format, **options)
