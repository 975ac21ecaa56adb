"""Scan text for many regular expressions at once, fast, taking the longest match.

Python's ``re`` tries every branch of an alternation at every position, and takes the
first branch that matches rather than the longest. With a hundred lexicon terminals that
is both slow and fragile. A :class:`Scanner` first finds, with one small trie of
three-letter word beginnings (read from each pattern's own parse, ``re._parser``), the
few places where some pattern could start, and only there tries the few patterns that
can start with those letters, keeping the longest match (the earlier pattern on a tie).
Where several patterns share a beginning, one expression joining them all is tried
first: at most places nothing matches, and one failed try rules the whole bucket out.

Knows nothing of grammars or contracts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

try:  # Python 3.11+: the parser is re._parser (sre_parse is its deprecated alias).
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons are not supported anyway
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

KEY = 3  # letters of a word's beginning that choose the patterns to try
REACH = 8  # letters of a pattern's literal beginning the finder looks for
LIMIT = 600  # more beginnings than this and a pattern is tried everywhere
GATE = 3  # a bucket of this many patterns is first tried as one expression
BOUNDARY = "#"  # any character that is not a letter or digit, or the end of the text
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def prefix_keys(pattern: str, length: int = KEY) -> frozenset[str] | None:
    """The lower-case beginnings (``length`` characters) a match of ``pattern`` can have.

    Characters that are not letters or digits become "#"; a match shorter than KEY is
    followed by "#" (a word boundary). None when the pattern cannot be analysed or
    could begin in too many ways.

    >>> sorted(prefix_keys(r"(?i:shall|may)"))
    ['may', 'sha']
    """
    try:
        parsed = _p.parse(pattern, 0)
    except re.error:
        return None
    cut = length > KEY  # a long key may stop early where the pattern stops being literal
    found = _sequence(list(parsed), length, cut)
    if found is None:
        return None
    keys = set()
    for text, finished in found:
        text = _NOT_ALNUM.sub(BOUNDARY, text.lower())
        if len(text) < length:
            if finished:
                text += BOUNDARY
            if len(text) < KEY:
                return None
        if not any(ch.isalnum() for ch in text[:KEY]):
            return None  # a beginning without a letter would match anywhere
        keys.add(text)
    return frozenset(keys)


Expansion = set[tuple[str, bool]]  # (characters, whether the item ended within them)


def _sequence(items: Sequence, budget: int, cut: bool = False) -> Expansion | None:
    """The beginnings of a sequence of items; with ``cut``, an item that cannot be
    analysed ends the beginning there instead of failing."""
    partial: Expansion = {("", False)}
    done: Expansion = set()
    for op, arg in items:
        grown: Expansion = set()
        for text, _ in partial:
            expansion = _item(op, arg, budget - len(text), cut)
            if expansion is None and cut:
                done.add((text, False))
                continue
            if expansion is None:
                return None
            for more, finished in expansion:
                joined = text + more
                if len(joined) >= budget:
                    done.add((joined[:budget], False))
                elif finished:
                    grown.add((joined, False))
                else:
                    done.add((joined, False))  # cut short inside the item
        partial = grown
        if len(partial) + len(done) > LIMIT:
            return None
        if not partial:
            return done
    return done | {(text, True) for text, _ in partial}


def _item(op, arg, budget: int, cut: bool = False) -> Expansion | None:
    if budget <= 0:
        return {("", True)}
    if op is _c.LITERAL:
        return {(chr(arg), True)}
    if op is _c.IN:
        chars = _charset(arg)
        return None if chars is None else {(c, True) for c in chars}
    if op is _c.BRANCH:
        out: Expansion = set()
        for branch in arg[1]:
            found = _sequence(list(branch), budget, cut)
            if found is None:
                return None
            out |= found
        return out
    if op is _c.SUBPATTERN:
        return _sequence(list(arg[3]), budget, cut)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = arg
        out = {("", True)} if low == 0 else set()
        for count in range(max(low, 1), min(high, budget) + 1):
            found = _sequence(list(sub) * count, budget, cut)
            if found is None:
                return None
            out |= found
        return out
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {("", True)}
    return None


def _charset(items) -> set[str] | None:
    chars: set[str] = set()
    for kind, value in items:
        if kind is _c.LITERAL:
            chars.add(chr(value))
        elif kind is _c.RANGE and value[1] - value[0] < 80:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        elif kind is _c.CATEGORY and value in (_c.CATEGORY_SPACE, _c.CATEGORY_UNI_SPACE):
            chars.add(" ")
        elif kind is _c.CATEGORY and value in (_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT):
            chars.update("0123456789")
        else:
            return None
    return chars


# ---------------------------------------------------------------------------
# The scanner
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Scanner:
    """Finds, left to right, the first pattern (in the given order) at each word start."""

    finder: re.Pattern[str]  # where a pattern could start (on lower-cased text)
    # beginning -> (name, pattern, which pattern it is a branch of)
    buckets: dict[str, tuple[tuple[str, re.Pattern[str], int], ...]]
    wild: tuple[tuple[str, re.Pattern[str], int], ...]  # patterns that could start anywhere
    punctuation: frozenset[str] = frozenset()
    # beginning -> one expression matching where any of its bucket's patterns matches:
    # at most places the finder stops at, no pattern matches, and one try says so.
    gates: dict[str, re.Pattern[str]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        patterns: Sequence[tuple[str, str]],
        before: str = "",
        after: str = "",
        punctuation: Sequence[tuple[str, str]] = (),
    ) -> Scanner:
        """A scanner for named patterns, tried in the order given.

        Args:
            patterns: (name, pattern); names may repeat.
            before: a zero-width assertion every match must satisfy at its start.
            after: a zero-width assertion every match must satisfy at its end.
            punctuation: (name, single character) tokens found anywhere.
        """
        by_key: dict[str, list[tuple[str, str, int]]] = {}
        wild: list[tuple[str, str, int]] = []
        reach: set[str] = set()  # longer literal beginnings, for the finder
        # Each branch of a pattern's top-level alternation is bucketed by its own
        # beginnings: at "the" only the branches that can start with "the" are tried,
        # not every pattern one of whose branches can. (A pattern's branches then compete
        # by length like separate patterns, which is the rule anyway.)
        # Within one pattern the first branch that matches wins, as in ``re``.
        split = [
            (name, branch, n)
            for n, (name, pattern) in enumerate(patterns)
            for branch in branches(pattern)
        ]
        for name, pattern, n in split:
            keys = prefix_keys(pattern)
            if keys is None:
                wild.append((name, pattern, n))
                continue
            for key in keys:
                by_key.setdefault(key, []).append((name, pattern, n))
            reach |= prefix_keys(pattern, REACH) or keys
        for n, (name, char) in enumerate(punctuation, len(split)):
            by_key.setdefault(char, []).append((name, re.escape(char), n))
        buckets = {
            key: _compiled(members, before, after)
            if len(key) == KEY
            else _compiled(members, "", "")
            for key, members in by_key.items()
        }
        finder_parts = [_trie(reach)]
        finder_parts.extend(re.escape(char) for _, char in punctuation)
        finder = re.compile(
            f"(?:{before}{finder_parts[0]})" + "".join(f"|{p}" for p in finder_parts[1:])
        )
        gates = {}
        for key, members in by_key.items():
            if len(members) >= GATE:
                wrap = (before, after) if len(key) == KEY else ("", "")
                gate = _gate([pattern for _, pattern, _ in members], *wrap)
                if gate is not None:
                    gates[key] = gate
        return cls(
            finder,
            buckets,
            _compiled(wild, before, after),
            frozenset(char for _, char in punctuation),
            gates,
        )

    def scan(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int, str]]:
        """(start, end, name) of every match, left to right, never overlapping."""
        stop = len(text) if end is None else end
        low = text.lower()
        if len(low) != len(text):  # a character whose lower case is longer: slow path
            low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        if self.wild:
            yield from self._scan_everywhere(text, low, start, stop)
            return
        finder, buckets, gates = self.finder.search, self.buckets, self.gates
        punctuation = self.punctuation
        position = start
        while position < stop:
            hit = finder(low, position, stop)
            if hit is None:
                return
            at = hit.start()
            position = at + 1
            key = low[at : at + KEY] if at + KEY <= stop else low[at:stop]
            if low[at] in punctuation:
                key = low[at]
            elif len(key) != KEY or not (key.isascii() and key.isalnum()):
                key = _key(low, at, stop)
            gate = gates.get(key)
            if gate is not None and gate.match(text, at, stop) is None:
                continue  # no pattern of the bucket matches here: the usual case
            best_end, best_name = _longest(buckets.get(key, ()), text, at, stop)
            if best_end < 0:
                continue
            yield at, best_end, best_name
            position = max(best_end, position)

    def _scan_everywhere(
        self, text: str, low: str, start: int, stop: int
    ) -> Iterator[tuple[int, int, str]]:
        """The scan when some pattern could start anywhere: every position is tried."""
        position = start
        while position < stop:
            at = position
            key = low[at] if low[at] in self.punctuation else _key(low, at, stop)
            best_end, best_name = _longest(self.buckets.get(key, ()) + self.wild, text, at, stop)
            if best_end < 0:
                position = at + 1
                continue
            yield at, best_end, best_name
            position = max(best_end, at + 1)

    def search(self, text: str) -> bool:
        """Whether any pattern matches anywhere in ``text``."""
        return next(self.scan(text), None) is not None


_FLAGS = re.compile(r"^\(\?([aiLmsux]+):")


def _longest(
    candidates: Sequence[tuple[str, re.Pattern[str], int]], text: str, at: int, stop: int
) -> tuple[int, str]:
    """The end and name of the longest candidate matching at ``at`` (-1 when none does);
    on a tie the earlier candidate. Once a branch of a pattern has matched, its later
    branches are not tried: the pattern as a whole would have stopped there."""
    best_end, best_name = -1, ""
    matched = -1
    for name, pattern, whole in candidates:
        if whole == matched:
            continue
        m = pattern.match(text, at, stop)
        if m is None:
            continue
        matched = whole
        if m.end() > best_end:
            best_end, best_name = m.end(), name
    return best_end, best_name


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern, each a pattern of its own.

    >>> branches(r"(?i:shall|must(?:\\s+not)?)")
    ['(?i:shall)', '(?i:must(?:\\\\s+not)?)']
    """
    flags = _FLAGS.match(pattern)
    body, wrap = pattern, "{}"
    if flags is not None and _closing(pattern, 0) == len(pattern) - 1:
        body, wrap = pattern[flags.end() : -1], f"(?{flags.group(1)}:{{}})"
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if body[i + 1 : i + 2] == "]" or body[i + 1 : i + 3] == "^]":
                i += 2 if body[i + 1] == "]" else 3  # a "]" first in a class is literal
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    parts.append(body[start:])
    if len(parts) == 1 or any(not p for p in parts):
        return [pattern]
    split = [wrap.format(p) for p in parts]
    try:
        for p in split:
            re.compile(p)
    except re.error:
        return [pattern]
    return split


def _closing(pattern: str, open_at: int) -> int:
    """Where the group opened at ``open_at`` closes (-1 when it does not)."""
    depth, i, in_class = 0, open_at, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _key(low: str, start: int, stop: int) -> str:
    piece = low[start : min(start + KEY, stop)]
    if len(piece) == KEY and piece.isascii() and piece.isalnum():
        return piece  # the common case: three letters or digits
    piece = _NOT_ALNUM.sub(BOUNDARY, piece)
    return piece.ljust(KEY, BOUNDARY)


def _compiled(
    members: Sequence[tuple[str, str, int]], before: str, after: str
) -> tuple[tuple[str, re.Pattern[str], int], ...]:
    return tuple(
        (name, _compile(f"{before}(?:{pattern}){after}"), n) for name, pattern, n in members
    )


def _gate(patterns: Sequence[str], before: str, after: str) -> re.Pattern[str] | None:
    """One expression that matches wherever one of ``patterns`` does (None when they
    cannot be joined: a backreference would count groups anew, and two patterns may
    define the same group name)."""
    if any(_BACKREFERENCE.search(p) for p in patterns):
        return None
    try:
        return _compile(before + "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")" + after)
    except re.error:
        return None


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _trie(keys: set[str]) -> str:
    """A regular expression for a set of fixed-length beginnings, as a trie."""
    if not keys:
        return "(?!)"
    return _trie_level(sorted(keys))


def _trie_level(keys: list[str]) -> str:
    """A trie over keys; a key that ends here makes the rest optional."""
    if all(key == "" for key in keys):
        return ""
    optional = "" in keys
    groups: dict[str, list[str]] = {}
    for key in keys:
        if key:
            groups.setdefault(key[0], []).append(key[1:])
    parts = []
    for char, rests in groups.items():
        head = "(?:[^a-z0-9]|$)" if char == BOUNDARY else re.escape(char)
        parts.append(head + _trie_level(rests))
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if optional:
        return f"(?:{body})?"
    return body
