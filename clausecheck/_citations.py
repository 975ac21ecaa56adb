"""Compose the full label a reader cites from the labels of the blocks above.

``Outline`` keeps the open levels of the numbering ("13" > "13.4" > "(a)") while the
blocks are walked top to bottom and turns them into citations: "13.4(a)", "Article
5(2)(b)", "Article II.4(1)", "Section 4.02(c)", "Condition 12.1", "Schedule 4, paragraph
7". It is given labels already parsed (``_outline.read_head``); it does not read text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clausecheck._shapes import LETTER, ROMAN, UPPER_LETTER, UPPER_ROMAN, Label, Sub

_KEYWORD_CASE = {"§": "Section"}

_PREVIOUS_LETTER = {"i": "h", "v": "u", "x": "w", "I": "H", "V": "U", "X": "W"}


@dataclass(slots=True)
class Level:
    """One open level of the numbering."""

    key: tuple[str, ...]
    value: str  # the last number or letter seen at this level
    cite: str  # the citation of the block that opened it: "Schedule 4, Part B"
    prefix: str  # what levels under it build on
    title: str | None = None
    dotted: int = 0  # for dotted numbers, how many parts: "13.4" is 2
    heading: bool = False  # opened by a heading ("13. HUMAN RIGHTS"), not a clause


@dataclass(slots=True)
class Outline:
    """The open levels while walking a document top to bottom.

    ``restarting`` holds the citations of schedules whose Parts restart paragraph
    numbering; paragraphs there are cited with their Part.
    """

    restarting: frozenset[str] = frozenset()
    levels: list[Level] = field(default_factory=list)
    floating: str | None = None  # an unnumbered heading
    floating_depth: int = 0
    schedule: str | None = None  # what paragraphs of the current schedule (or Part) cite

    def reset(self) -> None:
        """Close every level (a new region begins)."""
        self.levels.clear()
        self.floating = None
        self.schedule = None

    def cite(self) -> str | None:
        """The full label of a block with no label of its own: its parent's."""
        return (self.levels[-1].prefix or None) if self.levels else None

    def depth(self) -> int:
        """How deep the last opened level is (0 for a top-level clause)."""
        return len(self.levels) - 1 if self.levels else 0

    def open(self, label: Label, title: str | None, heading: bool = False) -> str:
        """Open the levels of a block's own label; returns its full label."""
        kind = label.kind
        if kind == "number" or kind == "clause":
            self._open_number(label.number, "number")
        elif kind == "condition":
            self._open_number(label.number, _condition_unit(label.keyword))
        elif kind == "schedule":
            self.reset()
            name = f"{_keyword(label)} {label.number[0]}"
            self.schedule = name
            self.levels.append(Level(("schedule",), label.number[0], name, name))
        elif kind == "part":
            self._close(("schedule",), keep=True)
            schedule = self.levels[0].prefix if self.levels and self.schedule else ""
            name = f"Part {label.number[0]}"
            cite = f"{schedule}, {name}" if schedule else name
            prefix = cite if schedule in self.restarting else schedule
            if schedule:
                self.schedule = prefix
            self.levels.append(Level(("part",), label.number[0], cite, prefix))
        elif kind == "paragraph":
            self._open_number(label.number, "paragraph")
        elif kind == "article":
            name = f"Article {'.'.join(label.number)}"
            self._replace(("article",), label.number[-1], name, name)
        elif kind == "section":
            name = f"Section {'.'.join(label.number)}"
            self._replace(("section",), ".".join(label.number), name, name)
        elif kind == "lettered":
            style = self._resolve(label.style or UPPER_LETTER, label.number[0], ("lettered",))
            parent = self.levels[-1].prefix if self.levels else ""
            cite = f"{parent} {label.number[0]}" if parent else label.number[0]
            self._replace(("lettered", style), label.number[0], cite, cite)
        for sub in label.subs:
            self._open_sub(sub)
        if self.levels:
            if title:
                self.levels[-1].title = title
            self.levels[-1].heading = heading
        return self.levels[-1].cite if self.levels else label.render()

    def _open_number(self, number: tuple[str, ...], unit: str) -> None:
        """A dotted number closes every number level as deep or deeper than itself."""
        depth = len(number)
        levels = self.levels
        for at, level in enumerate(levels):
            if level.dotted >= depth:
                del levels[at:]
                if len(levels) < self.floating_depth:
                    self.floating = None
                break
        joined = ".".join(number)
        if self.schedule:
            cite = f"{self.schedule}, paragraph {joined}"
        elif unit.endswith("Condition"):
            cite = f"{unit} {joined}"
        elif unit == "number" and (condition := _condition_over(levels, number)):
            cite = f"{condition} {joined}"  # "12.1" under "Condition 12 - Human Rights"
        else:
            cite = joined if unit == "number" else f"Paragraph {joined}"
        levels.append(Level((unit, str(depth)), number[-1], cite, cite, None, depth))

    def _open_sub(self, sub: Sub) -> None:
        form = "enclosed" if sub.enclosed else "half"
        style = self._resolve(sub.style, sub.value, ("sub", form))
        key = ("sub", style, form)
        self._close(key)
        parent = self.levels[-1].prefix if self.levels else ""
        cite = f"{parent}({sub.value})"
        self.levels.append(Level(key, sub.value, cite, cite))

    def _resolve(self, style: str, value: str, kind: tuple[str, ...]) -> str:
        """Roman "(i)" is the letter i when the previous sibling is "(h)"."""
        if value not in _PREVIOUS_LETTER or style not in (ROMAN, UPPER_ROMAN):
            return style
        letter = LETTER if style == ROMAN else UPPER_LETTER
        key = (kind[0], letter, *kind[1:])
        for level in self.levels:
            if level.key == key and level.value == _PREVIOUS_LETTER[value]:
                return letter
        return style

    def _replace(self, key: tuple[str, ...], value: str, cite: str, prefix: str) -> None:
        self._close(key)
        self.levels.append(Level(key, value, cite, prefix))

    def _close(self, key: tuple[str, ...], keep: bool = False) -> None:
        """Close the open level with this key and all under it (``keep``: only those
        under it)."""
        levels = self.levels
        for at, level in enumerate(levels):
            if level.key == key:
                del levels[at + 1 if keep else at :]
                if len(levels) < self.floating_depth:
                    self.floating = None
                return

    def set_floating(self, title: str, *, closes: bool = False) -> str | None:
        """An unnumbered heading: it heads what follows until its level closes.

        It sits under the open levels that are headings themselves ("13. HUMAN RIGHTS",
        "SCHEDULE 4"), and beside the clauses: "PAYMENT" between clauses 2 and 3 heads
        clause 3, it is not a part of clause 2. Returns the heading's own citation, that of
        the heading levels it sits under. A heading styled as such (Word, Markdown)
        ``closes`` the clause before it, so what follows is cited by those levels too; a
        line in capitals may be page furniture a PDF left inside a clause, so the clause
        stays open for what follows.
        """
        depth = 0
        for level in self.levels:
            if not level.heading:
                break
            depth += 1
        if closes:
            del self.levels[depth:]
        self.floating = title
        self.floating_depth = depth
        return (self.levels[depth - 1].prefix or None) if depth else None

    def heading(self) -> str | None:
        """The nearest heading above: the deepest title, or an unnumbered heading."""
        levels = self.levels
        floating = self.floating
        for at in range(len(levels) - 1, -1, -1):
            if floating is not None and at < self.floating_depth:
                return floating
            title = levels[at].title
            if title:
                return title
        return floating


def _condition_unit(keyword: str | None) -> str:
    """How a condition is cited: "Condition", or "General Condition" / "Special
    Condition" where the two sets of conditions of contract stand side by side."""
    words = (keyword or "condition").split()
    qualifier = words[0].lower() if len(words) > 1 else ""
    return (
        f"{qualifier.capitalize()} Condition"
        if qualifier in {"general", "special"}
        else "Condition"
    )


def _condition_over(levels: list[Level], number: tuple[str, ...]) -> str | None:
    """The unit of the open condition a dotted number continues: "12.1" under Condition 12."""
    for level in levels:
        if level.key[0].endswith("Condition"):
            unit, _, own = level.cite.rpartition(" ")
            if number[: level.dotted] == tuple(own.split(".")):
                return unit
    return None


def _keyword(label: Label) -> str:
    word = label.keyword or ""
    return _KEYWORD_CASE.get(word, word[:1].upper() + word[1:].lower())


def restarting_schedules(labels: list[Label | None]) -> frozenset[str]:
    """Schedules in which a Part starts its paragraphs again at 1 (cite the Part then)."""
    restarting: set[str] = set()
    schedule: str | None = None
    seen_in_part = False
    parts = 0
    for label in labels:
        if label is None:
            continue
        if label.kind == "schedule":
            schedule = f"{_keyword(label)} {label.number[0]}"
            parts = 0
        elif label.kind == "part" and schedule:
            parts += 1
            seen_in_part = False
        elif label.kind in {"number", "paragraph"} and schedule and parts > 1 and not seen_in_part:
            seen_in_part = True
            if label.number == ("1",):
                restarting.add(schedule)
        elif label.kind in {"article", "section", "clause", "condition"}:
            schedule = None
    return frozenset(restarting)
