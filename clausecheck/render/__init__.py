"""Turn Reports into what people and tools read: text, JSON, Markdown, HTML, SARIF, CSV.

Renderers take finished Reports and return a string (or bytes); they never reopen the
contract and never decide a status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module

from clausecheck._files import write_atomically
from clausecheck.errors import UsageError
from clausecheck.model import Report

# format → "module:function"; each function takes a sequence of Reports.
RENDERERS: dict[str, str] = {
    "text": "clausecheck.render.text:render_text",
    "json": "clausecheck.render.json:render_json",
    "markdown": "clausecheck.render.markdown:render_markdown",
    "html": "clausecheck.render.html:render_html",
    "sarif": "clausecheck.render.sarif:render_sarif",
    "csv": "clausecheck.render.csv:render_csv",
}

__all__ = ["RENDERERS", "render", "write_atomically"]


def render(reports: Report | Sequence[Report], fmt: str = "text") -> str | bytes:
    """Render one report or several in a format.

    Raises:
        UsageError: the format is unknown.
    """
    batch = (reports,) if isinstance(reports, Report) else tuple(reports)
    return _renderer(fmt)(batch)


def _renderer(fmt: str) -> Callable[[Sequence[Report]], str | bytes]:
    try:
        module, function = RENDERERS[fmt].split(":")
    except KeyError:
        known = ", ".join(sorted(RENDERERS))
        raise UsageError(f"unknown report format {fmt!r}", hint=f"use one of {known}") from None
    return getattr(import_module(module), function)
