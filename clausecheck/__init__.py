"""clausecheck: check technology contracts of States for the human-rights terms the
UN Guiding Principles (4-6) expect, and draft the missing wording.

>>> import clausecheck
>>> report = clausecheck.check("draft.docx", kind="procurement")  # doctest: +SKIP
>>> report.verdict  # doctest: +SKIP
'fail'
"""

from __future__ import annotations

# The reader subpackage shares its name with the public read() function: import the
# subpackage first, so that binding the function below is the last word on the name.
import clausecheck.read as _reader_package  # noqa: F401
from clausecheck.errors import ClausecheckError, DraftError, GrammarError, ReadError, UsageError
from clausecheck.model import Document, Finding, Location, Report, Status
from clausecheck.pipeline import catalogue, check, draft, read

__version__ = "0.1.0"

__all__ = [
    "ClausecheckError",
    "Document",
    "DraftError",
    "Finding",
    "GrammarError",
    "Location",
    "ReadError",
    "Report",
    "Status",
    "UsageError",
    "catalogue",
    "check",
    "draft",
    "read",
]
