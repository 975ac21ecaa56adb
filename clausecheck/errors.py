"""The exceptions clausecheck raises.

Each names the file (and the place in it, where there is one), what went wrong, and a
hint. Library code raises these; only ``cli.py`` turns them into exit codes.
"""

from __future__ import annotations

from pathlib import PurePath


class ClausecheckError(Exception):
    """Root of every error clausecheck raises on purpose."""

    def __init__(
        self,
        problem: str,
        *,
        path: str | PurePath | None = None,
        location: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path = str(path) if path is not None else None
        self.location = location
        self.hint = hint

    def __str__(self) -> str:
        where = self.path or ""
        if self.location:
            where = f"{where}:{self.location}" if where else self.location
        text = f"{where}: {self.problem}" if where else self.problem
        return f"{text}; {self.hint}" if self.hint else text


class ReadError(ClausecheckError, OSError):
    """The contract cannot be opened or read."""

    def __init__(self, problem: str, **kwargs: object) -> None:
        ClausecheckError.__init__(self, problem, **kwargs)  # type: ignore[arg-type]

    # OSError defines __str__ itself; keep the one-line shape of the root.
    __str__ = ClausecheckError.__str__


class GrammarError(ClausecheckError, ValueError):
    """A grammar, rule file or playbook is invalid."""


class DraftError(ClausecheckError):
    """A template failed to render, or the drafting options are invalid."""


class UsageError(ClausecheckError, ValueError):
    """A caller asked for something that does not exist (a kind, a rule, a format)."""
