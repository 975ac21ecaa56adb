"""Parse the small shapes of a contract's skeleton with ``grammars/document.lark``.

Labels ("13.4(a)", "Article 5(2)(b)", "Schedule 2"), definition heads (``"X" means``) and
designations (``(the "Supplier")``) become small frozen values. Callers pick the candidate
span with a regular expression first; this module only parses that span, once per
distinct span (the parses are cached). It does not decide where a span sits in the
document, nor what a label's full citation is: that is ``_outline.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

from clausecheck._resources import read_resource
from clausecheck._slots import maker

# Styles of an enclosed or lettered sub-label.
NUMBER = "number"
LETTER = "letter"
ROMAN = "roman"
UPPER_LETTER = "upper-letter"
UPPER_ROMAN = "upper-roman"


@dataclass(frozen=True, slots=True)
class Sub:
    """One enclosed sub-label: "(a)" is ``Sub("a", "letter", True)``, "a)" has ``False``."""

    value: str
    style: str
    enclosed: bool = True

    def cite(self) -> str:
        """The form a reader cites, always in parentheses: "(a)"."""
        return f"({self.value})"


@dataclass(frozen=True, slots=True)
class Label:
    """A clause label as written, parsed into its parts.

    ``kind`` is one of number, article, section, clause, condition, paragraph, schedule,
    part, enclosed, lettered. ``number`` holds the dotted components ("13", "4"), a roman
    number ("IV"), a roman number and its dotted components ("II", "4") or a letter and
    its ("A", "1"), or a letter ("B"); ``subs`` the enclosed parts that follow.
    """

    kind: str
    number: tuple[str, ...] = ()
    subs: tuple[Sub, ...] = ()
    keyword: str | None = None  # as written: "Article", "SCHEDULE"
    style: str | None = None  # for lettered labels: the style of the letter

    def render(self) -> str:
        """The label in canonical written form; parsing it gives this label back.

        >>> parse_label("Article 5 (2)(b)").render()
        'Article 5(2)(b)'
        """
        # A half-parenthesis point is written after a space: "Section 4 b)", never "4b)".
        subs = "".join(s.cite() if s.enclosed else f" {s.value})" for s in self.subs)
        if self.kind == "enclosed":
            return subs.lstrip()
        if self.kind == "lettered":
            return f"{self.number[0]}."
        number = ".".join(self.number)
        if self.keyword:
            return f"{self.keyword} {number}{subs}"
        return f"{number}{subs}"


@dataclass(frozen=True, slots=True)
class TermHead:
    """The head of a definition: the terms it defines and the defining words."""

    terms: tuple[str, ...]
    verb: str


@dataclass(frozen=True, slots=True)
class Designation:
    """A parenthesis naming what precedes it: ``(hereinafter the "Licensee")``.

    ``names`` are the aliases of the one thing before the parenthesis; aliases after a
    collective word ("each", "together", "collectively" ...) name a group and are only
    in ``aliases``: ("VNE"; collectively with VNI, "Vert") names VNE, and the group Vert.
    """

    aliases: tuple[str, ...]
    words: tuple[str, ...]  # the words around the quoted names, lower case
    group_from: int = 0  # index of the first alias that names a group

    @property
    def names(self) -> tuple[str, ...]:
        """The aliases that name the one thing before the parenthesis."""
        return self.aliases[: self.group_from]

    @property
    def is_collective(self) -> bool:
        """(each a "Party"), (together the "Parties"): a name for several, not one."""
        return self.group_from == 0


_COLLECTIVE = frozenset(
    {"each", "together", "collectively", "individually", "jointly", "both", "all", "severally"}
)
_QUOTES = "\"'“”‘’"


def unquote(token: str) -> str:
    """A quoted term without its quotes, inner spaces squeezed and a leading "the" dropped.

    >>> unquote('"the  Licensee"')
    'Licensee'
    """
    term = " ".join(token.strip(_QUOTES).split()).rstrip(",;")  # ("we," "us," or "our")
    if term[:4].lower() == "the " and len(term) > 4:
        term = term[4:]
    return term


class ShapeTransformer(Transformer):
    """One method per rule of document.lark that survives into the tree."""

    # -- labels ------------------------------------------------------------------
    def dotted(self, items: list[Token]) -> tuple[str, ...]:
        return tuple(str(t).rstrip(".") for t in items)

    def numbered(self, items: list) -> Label:
        return Label("number", items[0], tuple(items[1:]))

    def article(self, items: list) -> Label:
        number = items[1] if isinstance(items[1], tuple) else (str(items[1]),)
        return Label("article", number, tuple(items[2:]), keyword=str(items[0]))

    def roman_dotted(self, items: list) -> tuple[str, ...]:
        return (str(items[0]), *items[1])

    def lettered_number(self, items: list) -> Label:
        return Label("number", (str(items[0]), *items[1]))

    def section(self, items: list) -> Label:
        return Label("section", items[1], tuple(items[2:]), keyword=str(items[0]))

    def clause(self, items: list) -> Label:
        return Label("clause", items[1], tuple(items[2:]), keyword=str(items[0]))

    def condition(self, items: list) -> Label:
        keyword = " ".join(str(items[0]).split())
        return Label("condition", items[1], tuple(items[2:]), keyword=keyword)

    def paragraph(self, items: list) -> Label:
        return Label("paragraph", items[1], tuple(items[2:]), keyword=str(items[0]))

    def schedule(self, items: list[Token]) -> Label:
        return Label("schedule", (str(items[1]),), keyword=str(items[0]))

    def part(self, items: list[Token]) -> Label:
        return Label("part", (str(items[1]),), keyword=str(items[0]))

    def enclosed_list(self, items: list[Sub]) -> Label:
        return Label("enclosed", (), tuple(items))

    def enclosed(self, items: list) -> Sub:
        sub: Sub = items[-1]
        opened = isinstance(items[0], Token) and items[0].type == "OPEN"
        return Sub(sub.value, sub.style, opened)

    def sub_number(self, items: list[Token]) -> Sub:
        return Sub(str(items[0]), NUMBER)

    def sub_letter(self, items: list[Token]) -> Sub:
        return Sub(str(items[0]), LETTER)

    def sub_roman(self, items: list[Token]) -> Sub:
        return Sub(str(items[0]), ROMAN)

    def sub_upper_letter(self, items: list[Token]) -> Sub:
        return Sub(str(items[0]), UPPER_LETTER)

    def sub_upper_roman(self, items: list[Token]) -> Sub:
        return Sub(str(items[0]), UPPER_ROMAN)

    def lettered(self, items: list[Token]) -> Label:
        token = items[0]
        style = {
            "UPPER_LETTER": UPPER_LETTER,
            "UPPER_ROMAN": UPPER_ROMAN,
            "LOWER_LETTER": LETTER,
            "LOWER_ROMAN": ROMAN,
        }[token.type]
        return Label("lettered", (str(token),), style=style)

    # -- definitions ---------------------------------------------------------------
    def term(self, items: list[Token]) -> str:
        return unquote(str(items[0]))

    def term_list(self, items: list[str]) -> tuple[str, ...]:
        return tuple(items)

    def term_head(self, items: list) -> TermHead:
        return TermHead(items[0], " ".join(str(items[1]).lower().split()))

    # -- designations ----------------------------------------------------------------
    def alias(self, items: list[Token]) -> str:
        return unquote(str(items[0]))

    def words(self, items: list[Token]) -> tuple[str, ...]:
        return tuple(str(t).lower() for t in items)

    def designation(self, items: list) -> Designation:
        aliases: list[str] = []
        words: list[str] = []
        group_from: int | None = None
        for item in items:
            if isinstance(item, tuple):
                words.extend(item)
                if group_from is None and _COLLECTIVE.intersection(item):
                    group_from = len(aliases)
            elif not isinstance(item, Token):
                aliases.append(item)
        group = len(aliases) if group_from is None else group_from
        return Designation(tuple(aliases), tuple(words), group)


@cache
def document_parser() -> Lark:
    """The LALR parser of document.lark, built once per process."""
    return Lark(
        read_resource("grammars", "document.lark"),
        parser="lalr",
        start=["label", "term_head", "designation"],
        transformer=ShapeTransformer(),
    )


@lru_cache(maxsize=8192)
def parse_label(text: str) -> Label | None:
    """Parse a candidate clause label; None when the span is not a label.

    Lark parses each *shape* once: "13.4" and "27.5" share the shape "11.1" (every digit
    written 1), and the numbers are put back afterwards. A contract has thousands of
    labels but a few dozen shapes.

    >>> parse_label("Section 4.02(c)").subs
    (Sub(value='c', style='letter', enclosed=True),)
    """
    shape = _DIGIT.sub("1", text)
    label = _parse_label_shape(shape)
    if label is None or shape == text:
        return label
    numbers = iter(_DIGITS.findall(text))
    return _new_label(
        label.kind,
        tuple(next(numbers) if part.isdigit() else part for part in label.number),
        tuple(
            Sub(next(numbers), sub.style, sub.enclosed) if sub.style == NUMBER else sub
            for sub in label.subs
        )
        if label.subs
        else (),
        label.keyword,
        label.style,
    )


_new_label = maker(Label, ("kind", "number", "subs", "keyword", "style"))
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=1024)
def _parse_label_shape(shape: str) -> Label | None:
    try:
        return document_parser().parse(shape, start="label")
    except LarkError:
        return None


@lru_cache(maxsize=4096)
def parse_term_head(text: str) -> TermHead | None:
    """Parse a candidate definition head (``"X" or "Y" means``); None if it is not one.

    As with labels, Lark parses the head's shape, every quoted term written "T", once:
    the terms are put back afterwards.
    """
    spans = _quoted_spans(text)
    if spans is None:
        return None
    shape = _with_terms_as_t(text, spans)
    head = _parse_term_head_shape(" ".join(shape.split()))
    if head is None or len(head.terms) != len(spans):
        return None
    return TermHead(tuple(unquote(text[a:b]) for a, b in spans), head.verb)


@lru_cache(maxsize=1024)
def _parse_term_head_shape(shape: str) -> TermHead | None:
    try:
        return document_parser().parse(shape, start="term_head")
    except LarkError:
        return None


@lru_cache(maxsize=4096)
def parse_designation(text: str) -> Designation | None:
    """Parse a candidate designation parenthesis; None if it is not one.

    Lark parses its shape: each quoted name written "T", each word "w" unless it is one
    of the collective words that decide what the names are; names and words are put
    back afterwards.
    """
    tokens = _designation_tokens(text)
    if tokens is None:
        return None
    shape = " ".join(
        '"T"' if kind == "QUOTED" else (_word_shape(value) if kind == "WORD" else value)
        for kind, value in tokens
    )
    parsed = _parse_designation_shape(shape)
    if parsed is None:
        return None
    aliases = tuple(unquote(value) for kind, value in tokens if kind == "QUOTED")
    words = tuple(value.lower() for kind, value in tokens if kind == "WORD")
    if len(aliases) != len(parsed.aliases) or len(words) != len(parsed.words):
        return None
    return Designation(aliases, words, parsed.group_from)


@lru_cache(maxsize=1024)
def _parse_designation_shape(shape: str) -> Designation | None:
    try:
        return document_parser().parse(shape, start="designation")
    except LarkError:
        return None


# The grammar's QUOTED terminal and WORD terminal, to write shapes; a span the grammar's
# lexer would not read the same way makes the shape fail, never a different parse.
_QUOTED = re.compile(
    r"\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”|'[^'\n]{0,78}[\w.)]'(?!\w)|‘[^’\n]{0,78}[\w.)]’(?!\w)"
)
_QUOTE_OPENING = re.compile(r"[\"“'‘”’]")
_TOKEN = re.compile(r"\s*(?:(?P<punct>[(),;])|(?P<word>[^\s()\"“”‘’',;]+)|(?=[\"“'‘”’])|$)")


def _quoted_spans(text: str) -> list[tuple[int, int]] | None:
    """Where each quoted term of a definition head is; None if a quotation mark does not
    open a quoted term (the grammar could not read it)."""
    spans = []
    at = 0
    while (mark := _QUOTE_OPENING.search(text, at)) is not None:
        quoted = _QUOTED.match(text, mark.start())
        if quoted is None:
            return None
        spans.append(quoted.span())
        at = quoted.end()
    return spans


def _with_terms_as_t(text: str, spans: list[tuple[int, int]]) -> str:
    parts = []
    at = 0
    for start, end in spans:
        parts.append(text[at:start])
        parts.append('"T"')
        at = end
    parts.append(text[at:])
    return "".join(parts)


def _designation_tokens(text: str) -> list[tuple[str, str]] | None:
    """The tokens of a designation as the grammar reads them: punctuation, quoted names
    and words; None where a character fits none of them."""
    tokens: list[tuple[str, str]] = []
    at = 0
    end = len(text)
    while at < end:
        match = _TOKEN.match(text, at)
        if match is None:
            return None
        if match.group("punct"):
            tokens.append(("PUNCT", match.group("punct")))
        elif match.group("word"):
            tokens.append(("WORD", match.group("word")))
        elif match.end() < end:
            quoted = _QUOTED.match(text, match.end())
            if quoted is None:
                return None
            tokens.append(("QUOTED", quoted.group()))
            at = quoted.end()
            continue
        at = match.end()
    return tokens


def _word_shape(word: str) -> str:
    lowered = word.lower()
    return lowered if lowered in _COLLECTIVE else "w"
