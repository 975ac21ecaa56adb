"""Compute the automatic numbering labels Word displays ("12.3", "(b)", "Article 5").

Reads ``numbering.xml`` once into level definitions, then counts paragraphs in document
order (``docs/design/word-numbering.md`` gives the algorithm and its limits). Knows
nothing about text or styles beyond the numbering-style links it is given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from lxml import etree

from clausecheck._numerals import LARGEST, letter, roman
from clausecheck.read._docx_xml import W, is_on, to_int, val

_ABSTRACT = W + "abstractNum"
_ABSTRACT_ID = W + "abstractNumId"
_NUM = W + "num"
_NUM_ID = W + "numId"
_LVL = W + "lvl"
_ILVL = W + "ilvl"
_START = W + "start"
_FMT = W + "numFmt"
_TEXT = W + "lvlText"
_RESTART = W + "lvlRestart"
_LEGAL = W + "isLgl"
_PSTYLE = W + "pStyle"
_OVERRIDE = W + "lvlOverride"
_START_OVERRIDE = W + "startOverride"
_STYLE_LINK = W + "numStyleLink"
_PLACEHOLDER = re.compile(r"%([1-9])")
LEVELS = 9
# Every numbered paragraph carries its own copy of its label, so a label is cut here:
# real ones ("Schedule 2, Part 3, paragraph 7(b)") are far shorter, and a level text
# that repeats a placeholder of 1,261 letters must not cost megabytes per paragraph.
MAX_LABEL = 200


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a list definition (``w:lvl``)."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # w:lvlRestart, 1-based; 0 = never restart
    legal: bool = False
    pstyle: str | None = None


_DEFAULT_LEVEL = Level()


@dataclass(frozen=True, slots=True)
class _Instance:
    """A ``w:num``: its list definition, its effective levels, the levels it restarts."""

    abstract: int
    levels: tuple[Level, ...]
    restarts: tuple[int, ...]  # levels with a startOverride: restarted at first use


class Numbering:
    """The list definitions of one document."""

    def __init__(
        self,
        numbering: etree._Element | None,
        numbering_styles: Mapping[str, int],
        warn: Callable[[str], None],
    ) -> None:
        self._warn = warn
        self._abstracts: dict[int, tuple[Level, ...]] = {}
        self._links: dict[int, str] = {}
        self._nums: dict[int, tuple[int, etree._Element]] = {}
        self._instances: dict[int, _Instance | None] = {}
        self._numbering_styles = numbering_styles
        self._unknown_formats: set[str] = set()
        if numbering is not None:
            self._load(numbering)

    def _load(self, numbering: etree._Element) -> None:
        for abstract in numbering.iterchildren(_ABSTRACT):
            key = to_int(abstract.get(_ABSTRACT_ID))
            if key is None:
                continue
            levels = [_DEFAULT_LEVEL] * LEVELS
            for lvl in abstract.iterchildren(_LVL):
                ilvl = to_int(lvl.get(_ILVL))
                if ilvl is not None and 0 <= ilvl < LEVELS:
                    levels[ilvl] = _read_level(lvl, _DEFAULT_LEVEL)
            self._abstracts[key] = tuple(levels)
            link = val(abstract.find(_STYLE_LINK))
            if link:
                self._links[key] = link
        for num in numbering.iterchildren(_NUM):
            num_id = to_int(num.get(_NUM_ID))
            abstract_id = to_int(val(num.find(_ABSTRACT_ID)))
            if num_id is not None and abstract_id is not None:
                self._nums[num_id] = (abstract_id, num)

    def instance(self, num_id: int) -> _Instance | None:
        """The effective list of a ``numId``, or None when it is not defined."""
        try:
            return self._instances[num_id]
        except KeyError:
            pass
        built = self._build(num_id, depth=0)
        self._instances[num_id] = built
        return built

    def _build(self, num_id: int, depth: int) -> _Instance | None:
        if num_id not in self._nums or depth > 4:
            return None
        abstract_id, num = self._nums[num_id]
        link = self._links.get(abstract_id)
        if link is not None and link in self._numbering_styles:
            linked = self._build(self._numbering_styles[link], depth + 1)
            if linked is None:
                return None
            abstract_id, levels = linked.abstract, list(linked.levels)
        elif abstract_id in self._abstracts:
            levels = list(self._abstracts[abstract_id])
        else:
            return None
        restarts = []
        for override in num.iterchildren(_OVERRIDE):
            ilvl = to_int(override.get(_ILVL))
            if ilvl is None or not 0 <= ilvl < LEVELS:
                continue
            lvl = override.find(_LVL)
            if lvl is not None:
                levels[ilvl] = _read_level(lvl, levels[ilvl])
            start_override = override.find(_START_OVERRIDE)
            start = _start(start_override)
            if start is not None:
                levels[ilvl] = replace(levels[ilvl], start=start)
            if start_override is not None or lvl is not None:  # a malformed value restarts
                restarts.append(ilvl)  # at the level's own start
        return _Instance(abstract=abstract_id, levels=tuple(levels), restarts=tuple(restarts))

    def level_for_style(self, num_id: int, style_id: str | None) -> int:
        """The level whose ``w:pStyle`` names the paragraph's style, else 0."""
        found = self.instance(num_id)
        if found is not None and style_id is not None:
            for ilvl, level in enumerate(found.levels):
                if level.pstyle == style_id:
                    return ilvl
        return 0

    def format(self, number: int, fmt: str) -> str:
        """One number in a ``w:numFmt``; unknown formats fall back to decimal."""
        formatter = _FORMATS.get(fmt)
        if formatter is None:
            if fmt not in self._unknown_formats:
                self._unknown_formats.add(fmt)
                self._warn(f"numbering format {fmt!r} is shown as decimal")
            return str(number)
        return formatter(number)


class Counter:
    """The running counters of one part (the body, a header, the notes)."""

    def __init__(self, numbering: Numbering) -> None:
        self._numbering = numbering
        self._counts: dict[int, list[int | None]] = {}
        self._seen: set[int] = set()

    def advance(self, num_id: int, ilvl: int) -> tuple[str | None, bool] | None:
        """Count one paragraph of list ``num_id`` at level ``ilvl``.

        Returns:
            (label, is_bullet), or None when ``num_id`` names no list.
        """
        instance = self._numbering.instance(num_id)
        if instance is None:
            return None
        ilvl = min(max(ilvl, 0), LEVELS - 1)
        counts = self._counts.setdefault(instance.abstract, [None] * LEVELS)
        if num_id not in self._seen:
            self._seen.add(num_id)
            for restarted in instance.restarts:
                counts[restarted] = None
        level = instance.levels[ilvl]
        current = counts[ilvl]
        counts[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, LEVELS):
            restart = instance.levels[deeper].restart
            if restart is None or (restart != 0 and ilvl < restart):
                counts[deeper] = None
        if level.fmt == "bullet":
            return None, True
        return self._label(instance, ilvl, counts), False

    def _label(self, instance: _Instance, ilvl: int, counts: list[int | None]) -> str | None:
        """The level text with each %n replaced, cut at ``MAX_LABEL`` characters.

        Legal numbering (``w:isLgl``, ISO/IEC 29500-1 §17.9.4) shows the numbers of the
        *previous* levels in decimal; the level's own number keeps its format, which is
        how "ARTICLE I" over "Section 1.01" (upperRoman, then decimalZero) is built.
        """
        level = instance.levels[ilvl]
        pieces: list[str] = []
        room = MAX_LABEL
        at = 0
        for match in _PLACEHOLDER.finditer(level.text):
            pieces.append(level.text[at : match.start()][:room])
            room -= len(pieces[-1])
            at = match.end()
            shown_at = int(match.group(1)) - 1
            shown = instance.levels[shown_at]
            if room <= 0:
                break
            if shown.fmt == "none":
                continue
            count = counts[shown_at]
            value = shown.start - 1 if count is None else count  # an unused level shows 0
            fmt = "decimal" if level.legal and shown_at < ilvl else shown.fmt
            pieces.append(self._numbering.format(value, fmt)[:room])
            room -= len(pieces[-1])
        else:
            pieces.append(level.text[at:][:room])
        label = "".join(pieces).strip()
        return label or None


def _read_level(lvl: etree._Element, base: Level) -> Level:
    """One ``w:lvl`` over ``base``; a missing or malformed value keeps the base's."""
    text_element = lvl.find(_TEXT)
    start = _start(lvl.find(_START))
    restart = to_int(val(lvl.find(_RESTART)))
    return Level(
        start=base.start if start is None else start,
        fmt=val(lvl.find(_FMT)) or base.fmt,
        text=(val(text_element) or "") if text_element is not None else base.text,
        restart=base.restart if restart is None else restart,
        legal=is_on(lvl.find(_LEGAL)),
        pstyle=val(lvl.find(_PSTYLE)) or base.pstyle,
    )


def _start(element: etree._Element | None) -> int | None:
    """A ``w:start`` or ``w:startOverride`` value within Word's range 0-32767, or None.

    Word never writes a start outside that range; a hostile one (10**15 in upper roman)
    would otherwise build a label of gigabytes.
    """
    number = to_int(val(element))
    return None if number is None else min(max(number, 0), LARGEST)


# ---------------------------------------------------------------------------
# Number formats
# ---------------------------------------------------------------------------

_ONES = (
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_WORDS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st.

    >>> ordinal(22)
    '22nd'
    """
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def cardinal_words(number: int) -> str:
    """English words for 1-999, as Word's ``cardinalText`` ("Twenty-One").

    >>> cardinal_words(21)
    'Twenty-One'
    """
    if not 0 < number < 1000:
        return str(number)
    hundreds, rest = divmod(number, 100)
    words = []
    if hundreds:
        words.append(f"{_ONES[hundreds]} hundred")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    elif rest:
        words.append(_ONES[rest])
    return " ".join(words).title()


def ordinal_words(number: int) -> str:
    """English ordinal words for 1-999, as Word's ``ordinalText`` ("Twenty-First")."""
    text = cardinal_words(number)
    if text.isdigit():
        return ordinal(number)
    head, _, last = text.rpartition(" ")
    stem, dash, word = last.rpartition("-")
    lower = word.lower()
    if lower in _ORDINAL_WORDS:
        word = _ORDINAL_WORDS[lower].capitalize()
    elif lower.endswith("y"):
        word = word[:-1] + "ieth"
    else:
        word = word + "th"
    last = f"{stem}{dash}{word}"
    return f"{head} {last}" if head else last


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}" if 0 <= n < 10 else str(n),
    "lowerLetter": letter,
    "upperLetter": lambda n: letter(n).upper(),
    "lowerRoman": roman,
    "upperRoman": lambda n: roman(n).upper(),
    "ordinal": ordinal,
    "cardinalText": cardinal_words,
    "ordinalText": ordinal_words,
    "none": lambda n: "",
}
