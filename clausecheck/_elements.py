"""The pieces of one sentence as the grammar finds them, and what a clause says.

``provisions.py`` turns the parse tree of a sentence into these elements (cores,
conditions, markers and plain tokens); ``_clauses.py`` groups them into clauses and
``_reading.py`` reads each clause into a Reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lark import Token

from clausecheck.model import Modality, Role

# The reason recorded when a proviso makes the act wait on the company's consent.
CONSENT_PROVISO = "proviso makes it wait on the company's consent"
BOUNDARY = frozenset({"COMMA", "SEMI", "COLON"})
MENTIONS = frozenset({"COMPANY", "STATE", "BOTH", "NEITHER", "COMPANY_POSS", "STATE_POSS"})
# "ensures that", "undertakes that": the subject answers for the clause that follows.
VOUCHING = re.compile(
    r"(?:undertakes?|covenants?|ensures|guarantees?|procures)\s+that$", re.IGNORECASE
)


# ---------------------------------------------------------------------------
# Elements: what the Transformer in provisions.py makes of the parse tree
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Core:
    """A subject (when written) and its modal complex, e.g. "the Supplier shall not"."""

    subject: Token | None
    form: str  # the grammar node: obligation, prohibition, negated, right, ...
    words: tuple[Token, ...]

    @property
    def start(self) -> int:
        if self.subject is None:
            return self.words[0].start_pos
        return min(self.subject.start_pos, self.words[0].start_pos)

    @property
    def end(self) -> int:
        if self.subject is None:
            return self.words[-1].end_pos
        return max(self.subject.end_pos, self.words[-1].end_pos)

    @property
    def tokens(self) -> tuple[Token, ...]:
        return ((self.subject,) if self.subject else ()) + self.words


@dataclass(frozen=True, slots=True)
class Condition:
    """ "Where ...", "If ...", "Subject to ..." and the words the grammar kept with it."""

    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start_pos

    @property
    def end(self) -> int:
        return self.tokens[-1].end_pos


@dataclass(frozen=True, slots=True)
class Marker:
    """A proviso ("provided that") or a qualifier ("where practicable", "at its discretion")."""

    kind: str  # "proviso" or "qualifier"
    token: Token

    @property
    def start(self) -> int:
        return self.token.start_pos

    @property
    def end(self) -> int:
        return self.token.end_pos

    @property
    def tokens(self) -> tuple[Token, ...]:
        return (self.token,)


Element = Core | Condition | Marker | Token


def _tokens_of(element: Element) -> tuple[Token, ...]:
    return (element,) if isinstance(element, Token) else element.tokens


def _start(element: Element) -> int:
    return element.start_pos if isinstance(element, Token) else element.start


def _end(element: Element) -> int:
    return element.end_pos if isinstance(element, Token) else element.end


def _type(element: Element) -> str:
    return element.type if isinstance(element, Token) else ""


# ---------------------------------------------------------------------------
# Readings: what one clause says
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reading:
    """One clause of a sentence, read: who, how strongly, to do what."""

    start: int  # offsets in the sentence text
    end: int
    subject: str
    role: Role
    form: str
    modality: Modality
    modal: str  # the modal words as written: "shall use reasonable efforts to"
    action: str
    prohibitive: bool = False
    agent: Role | None = None
    mentions: frozenset[Role] = frozenset()
    concepts: frozenset[str] = frozenset()
    conditions: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()
    disapplies: tuple[str, ...] = ()  # labels a disapplication takes out ("14", "Schedule 4")
    joined: bool = False  # coordinated with the clause before: "..., and may interview ..."


@dataclass
class _Plan:
    """Bookkeeping while one sentence is assembled."""

    elements: list[Element]
    tokens: list[Token]  # the full stream: concepts live here
    in_condition: set[int] = field(default_factory=set)  # cores inside a condition
    dependent: dict[int, int] = field(default_factory=dict)  # core -> governing core
    weakened: dict[int, str] = field(default_factory=dict)  # core -> proviso text
