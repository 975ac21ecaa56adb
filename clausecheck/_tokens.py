"""Load provision.lark once, and turn a sentence into the compact token stream it parses.

The grammar is the lexicon's only source: the one regular expression that finds modal
words, conditions and concepts, and the pre-filter that picks candidate sentences, are
both built from the terminal definitions of ``grammars/provision.lark`` and
``grammars/terms/*.lark``. Party names are per contract, so they are found first by a
small per-document expression (:class:`PartyNames`) and become the sentinels COMPANY /
STATE; every run of other words becomes one WORDS token.

Knows nothing of clauses, rules or documents: it lexes and parses one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from lark import Lark, Token, Tree
from lark.exceptions import LarkError
from lark.lexer import Lexer

from clausecheck._regex import Scanner
from clausecheck._resources import read_resource
from clausecheck.errors import GrammarError
from clausecheck.model import Role

GRAMMAR = "provision.lark"
TERMS = ("rights", "diligence", "oversight", "transparency", "guardrails")

# Terminals the tokenizer makes itself (``%declare`` in provision.lark).
DECLARED = frozenset({"COMPANY", "STATE", "COMPANY_POSS", "STATE_POSS", "WORDS"})
PARTY_TYPES = {
    "COMPANY": Role.COMPANY,
    "STATE": Role.STATE,
    "COMPANY_POSS": Role.COMPANY,
    "STATE_POSS": Role.STATE,
    "BOTH": Role.BOTH,
    "NEITHER": Role.BOTH,
}
# Terminals that stop a sentence from being skipped even without a concept: a
# disapplication can take away a whole clause ("Clause 14 shall not apply ...").
DISAPPLYING = ("DISAPPLIED", "FORMS_PART", "APPLY", "DELETED", "DISAPPLIES")
# Terminals whose words may hold a party's name, read before the names are.
SPANNING = ("DISAPPLIES",)

_TERM_NAME = re.compile(r"^([A-Z][A-Z0-9_]*)(?:\.-?\d+)?\s*:", re.MULTILINE)
_WORDY = re.compile(r"[A-Za-z0-9]")


class _PassThrough(Lexer):
    """Lark's view of our tokenizer: the "text" handed to ``parse`` is already tokens."""

    __future_interface__ = 2

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, lexer_state: Any, parser_state: Any) -> Iterator[Token]:
        return iter(lexer_state.text)


def _load_import(base_path: object, grammar_path: str) -> tuple[str, str]:
    """Lark import loader that reads ``terms/*.lark`` through importlib.resources."""
    parts = grammar_path.replace("\\", "/").split("/")
    try:
        return "/".join(("grammars", *parts)), read_resource("grammars", *parts)
    except (FileNotFoundError, OSError) as err:  # Lark tries the next source on IOError
        raise OSError(str(err)) from err


@cache
def grammar_text() -> str:
    """The text of provision.lark as shipped."""
    return read_resource("grammars", GRAMMAR)


@cache
def parser() -> Lark:
    """The LALR parser of provision.lark, built once per process.

    Raises:
        GrammarError: the grammar shipped with the package does not load.
    """
    try:
        return Lark(
            grammar_text(),
            parser="lalr",
            lexer=_PassThrough,
            start="provision",
            import_paths=[_load_import],
            propagate_positions=False,
            maybe_placeholders=False,
        )
    except LarkError as err:  # pragma: no cover - a broken grammar is a packaging bug
        raise GrammarError(
            f"cannot load the provision grammar: {err}", path=f"grammars/{GRAMMAR}"
        ) from err


@cache
def concept_names() -> tuple[str, ...]:
    """The concept terminals, in the order terms/*.lark define them."""
    names: list[str] = []
    for term in TERMS:
        text = read_resource("grammars", "terms", f"{term}.lark")
        names.extend(n for n in _TERM_NAME.findall(text) if not n.startswith("_"))
    return tuple(names)


PUNCTUATION = frozenset({"COMMA", "SEMI", "COLON"})
_BEFORE_WORD = r"(?<![\w-])"
_AFTER_WORD = r"(?![\w])"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The scanners and expressions built from the grammar's terminals."""

    master: Scanner  # every terminal, tried in order at each word start
    words: tuple[tuple[str, str], ...]  # (terminal, pattern) in the order they are tried
    concepts: dict[str, re.Pattern[str]]  # each concept terminal on its own
    concept_set: frozenset[str]
    # Terminals whose words may contain a party's name ("waives the Licensee's
    # obligations under", "releases the Operator from"): matched before party names.
    spanning: re.Pattern[str] | None = None


@cache
def lexicon() -> Lexicon:
    """The compiled lexicon (built once per process from the loaded grammar).

    Terminals are tried in Lark's own order: higher priority first, then the terminal
    that can match the longer text ("is subject to" before "is", "where practicable"
    before "where", "training data" before "training"). A Lark priority in the grammar
    overrides the length order where two phrases start alike.

    Raises:
        GrammarError: the grammar shipped with the package does not load.
    """
    terminals = [t for t in parser().terminals if t.name not in DECLARED]
    terminals.sort(key=lambda t: (-t.priority, -t.pattern.max_width, -len(t.pattern.value), t.name))
    by_name = {t.name: t.pattern.to_regexp() for t in terminals}
    words = tuple((t.name, by_name[t.name]) for t in terminals if t.name not in PUNCTUATION)
    punctuation = [(t.name, t.pattern.value) for t in terminals if t.name in PUNCTUATION]
    master = Scanner.build(words, _BEFORE_WORD, _AFTER_WORD, punctuation)
    names = concept_names()
    concepts = {
        n: re.compile(_BEFORE_WORD + f"(?:{by_name[n]}){_AFTER_WORD}")
        for n in names
        if n in by_name
    }
    spanning = "|".join(f"(?:{by_name[n]})" for n in SPANNING if n in by_name)
    return Lexicon(
        master,
        words,
        concepts,
        frozenset(concepts),
        re.compile(_BEFORE_WORD + f"(?:{spanning}){_AFTER_WORD}") if spanning else None,
    )


@lru_cache(maxsize=16)
def prefilter(anchors: frozenset[str] | None = None, *, disapplying: bool = True) -> Scanner:
    """One scanner that finds any of the given concepts (and, by default, a
    disapplication).

    Args:
        anchors: concept names (lower case, "human_rights") that can make a sentence
            matter; None for every concept. match.py passes the anchors of the
            rulebook: the first concept of every concept group.
        disapplying: also find "does not apply", "is disapplied", "forms part of".
    """
    lex = lexicon()
    wanted = {n.lower() for n in lex.concept_set} if anchors is None else set(anchors)
    screened = [
        (name, pattern)
        for name, pattern in lex.words
        if name.lower() in wanted or (disapplying and name in DISAPPLYING)
    ]
    return Scanner.build(screened, _BEFORE_WORD, _AFTER_WORD)


# ---------------------------------------------------------------------------
# Party names
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartyNames:
    """The contract's party names as one scanner: which span is which side."""

    scanner: Scanner | None
    roles: dict[str, Role]  # scanner name -> role

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, token type) for each party name in ``text``."""
        if self.scanner is None:
            return
        for start, end, name in self.scanner.scan(text):
            kind = "COMPANY" if self.roles[name] is Role.COMPANY else "STATE"
            possessive = (
                text[end - 2 : end] in ("'s", "’s")
                or text[end - 1 : end] in ("'", "’")
                or text[start:end].lower() in ("your", "our")
            )
            yield start, end, f"{kind}_POSS" if possessive else kind


def _term_pattern(term: str, fold: bool) -> str:
    body = r"\s+".join(re.escape(w) for w in term.split())
    return f"(?i:{body})" if fold else body


@lru_cache(maxsize=256)
def party_names(
    company: tuple[str, ...], state: tuple[str, ...], fold: tuple[str, ...] = ()
) -> PartyNames:
    """Compile the party names of one contract.

    Args:
        company: the company's defined names and aliases ("Supplier", "Acme").
        state: the State's defined names ("Authority", "Contracting Authority").
        fold: names matched without regard to case.
    """
    entries: list[tuple[str, Role]] = [(t, Role.COMPANY) for t in company if _WORDY.search(t)]
    entries += [(t, Role.STATE) for t in state if _WORDY.search(t)]
    if not entries:
        return PartyNames(None, {})
    patterns, roles = [], {}
    for i, (term, role) in enumerate(entries):
        name = f"p{i}"
        roles[name] = role
        patterns.append(
            (
                name,
                rf"(?:[Tt]he\s+)?{_term_pattern(term, term in fold)}"
                r"(?:['’]s|s['’])?",
            )
        )
    return PartyNames(Scanner.build(patterns, _BEFORE_WORD, r"(?![\w-])"), roles)


# ---------------------------------------------------------------------------
# Tokenizing and parsing one sentence
# ---------------------------------------------------------------------------


def tokenize(text: str, parties: PartyNames) -> list[Token]:
    """The compact token stream of one sentence (positions are offsets in ``text``)."""
    lex = lexicon()
    tokens: list[Token] = []
    position = 0
    names = list(parties.find(text))
    if names and lex.spanning is not None:
        covers = [m.span() for m in lex.spanning.finditer(text)]
        names = [n for n in names if not any(a <= n[0] and n[1] <= b for a, b in covers)]
    for start, end, kind in [*names, (len(text), len(text), "")]:
        if start < position:
            continue
        _lex_span(text, position, start, lex.master, tokens)
        if kind:
            tokens.append(Token(kind, text[start:end], start_pos=start, end_pos=end))
        position = end
    return tokens


def _lex_span(text: str, start: int, end: int, master: Scanner, out: list[Token]) -> None:
    position = start
    for first, last, kind in master.scan(text, start, end):
        if first > position:
            _words(text, position, first, out)
        out.append(Token(kind, text[first:last], start_pos=first, end_pos=last))
        position = last
    if end > position:
        _words(text, position, end, out)


def _words(text: str, start: int, end: int, out: list[Token]) -> None:
    chunk = text[start:end]
    if not _WORDY.search(chunk):
        return
    left = len(chunk) - len(chunk.lstrip())
    right = len(chunk.rstrip())
    if out and out[-1].type == "WORDS" and not text[out[-1].end_pos : start].strip(" "):
        previous = out.pop()
        start, left = previous.start_pos, 0
        chunk = text[start:end]
        right = len(chunk.rstrip())
    out.append(Token("WORDS", chunk[left:right], start_pos=start + left, end_pos=start + right))


def concepts_of(token: Token) -> frozenset[str]:
    """Every concept one token carries: its own type, any other concept that matches the
    same words, and certain concepts inside its words.

    "an independent human rights assessor" is one INDEPENDENT_MONITOR token that also
    names human rights; "notify" is both a notification and an instruction.
    """
    return _concepts_of(token.type, token.value.lower())


# Concepts that a longer concept phrase can hold inside its words without losing them:
# "an independent human rights assessor", "in accordance with applicable law".
NESTED = (
    "HUMAN_RIGHTS",
    "APPLICABLE_LAW",
    "ACCORDANCE",
    "STAKEHOLDER",
    "DUE_DILIGENCE",
    "GRIEVANCE",
    "PUBLIC_AUTHORITY",
    "PROCESS",
    "NOTIFY",
    "IMPACT",
)

# Concept phrases long enough to hold any other concept: "disclose the number of requests
# received from any public authority" is a gag and names a government request.
# "verify the legal basis of the requests" holds LEGAL_BASIS.
CONTAINERS = frozenset({"GAG", "REQUEST_DISCLOSURE", "FLOW_DOWN", "CHALLENGE"})
# What a concept phrase always names besides itself: a disclosure of requests, or a gag
# on them, names requests.
IMPLIED = {"REQUEST_DISCLOSURE": ("requests",), "GAG": ("requests",)}


@lru_cache(maxsize=1)
def _inner_scanner() -> Scanner:
    lex = lexicon()
    return Scanner.build(
        [(n, p) for n, p in lex.words if n not in CONTAINERS], _BEFORE_WORD, _AFTER_WORD
    )


@lru_cache(maxsize=8192)
def _concepts_of(kind: str, text: str) -> frozenset[str]:
    lex = lexicon()
    if kind not in lex.concept_set:
        return frozenset()
    found = {kind.lower(), *IMPLIED.get(kind, ())}
    if kind in CONTAINERS:
        # The words inside, read as the tokenizer would read them on their own.
        for first, last, inner in _inner_scanner().scan(text, 0, len(text)):
            found |= _concepts_of(inner, text[first:last])
    for name, pattern in lex.concepts.items():
        if name == kind:
            continue
        if name in NESTED:
            if pattern.search(text):
                found.add(name.lower())
        elif (m := pattern.match(text)) is not None and m.end() == len(text):
            found.add(name.lower())  # two concepts for the same words ("notify")
    return frozenset(found)


def is_candidate(text: str, anchors: frozenset[str] | None = None) -> bool:
    """Whether a sentence names an anchor concept (or disapplies something) at all."""
    return prefilter(anchors).search(text)


# Tokens the parser never needs one by one: a run of them is one WORDS token for it.
_PLAIN = frozenset({"WORDS", "IDIOM"})


def shorten(tokens: Sequence[Token], text: str) -> list[Token]:
    """The stream the parser sees: each run of ordinary words and concepts as one WORDS.

    Concepts only matter to the rules, never to the shape of a sentence, so the parser
    is spared them; provisions.py reads them from the full stream.
    """
    concepts = lexicon().concept_set
    out: list[Token] = []
    for t in tokens:
        plain = t.type in _PLAIN or t.type in concepts
        if plain and out and out[-1].type == "WORDS":
            last = out[-1]
            out[-1] = Token(
                "WORDS",
                text[last.start_pos : t.end_pos],
                start_pos=last.start_pos,
                end_pos=t.end_pos,
            )
        elif plain:
            out.append(Token("WORDS", t.value, start_pos=t.start_pos, end_pos=t.end_pos))
        else:
            out.append(t)
    return out


def parse(tokens: Sequence[Token]) -> Tree:
    """The parse tree of one token stream; unexpected tokens are skipped, never raised.

    The grammar accepts every token sequence by design; skipping is the safety net for
    a grammar edit that breaks that property.
    """
    skipped = 0

    def skip(error: LarkError) -> bool:
        nonlocal skipped
        skipped += 1
        return (
            skipped <= len(tokens)
            and getattr(error, "token", None) is not None
            and error.token.type != "$END"
        )

    try:
        return parser().parse(list(tokens), on_error=skip)
    except LarkError:
        return Tree("provision", list(tokens))
