"""The catalogue as data: one TOML record per rule, and the pages and tables made from it.

Each ``clausecheck/rulebook/<ID>.toml`` says what a rule checks (concept groups), who
must be bound, which scopes are only a hook (weak), why it matters and how it reads in
examples. ``match.py`` is the one engine that applies these records; this module only
loads, validates and describes them. ``python -m clausecheck.rules --write-docs
docs/rules`` regenerates the documentation pages from the same records.

Knows nothing of documents; grading examples for the pages is delegated to match.py.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

from clausecheck.errors import GrammarError, UsageError
from clausecheck.model import Kind, Level

FAMILIES = ("DD", "OV", "TR", "GR")
BOUNDS = ("company", "state", "either", "guardrail")
DERIVED = frozenset({"ensure", "prohibition", "@state", "@company", "@public", "state_request"})
LEVELS = {"R": Level.REQUIRED, "r": Level.RECOMMENDED, "on": Level.GUARDRAIL, "-": None}
KIND_ORDER = (Kind.PROCUREMENT, Kind.SERVICE, Kind.LICENCE, Kind.SUPPORT)
PAGE_HEADINGS = (
    "What it checks",
    "Why it matters",
    "Met / Weak / Missing",
    "Model wording",
    "Known limits",
    "References",
)


@dataclass(frozen=True, slots=True)
class Group:
    """Concepts that must all be in one clause (``required``), and none of ``absent``."""

    required: tuple[str, ...]
    absent: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> Group:
        words = text.split()
        return cls(
            tuple(w for w in words if not w.startswith("!")),
            tuple(w[1:] for w in words if w.startswith("!")),
        )

    def matches(self, concepts: frozenset[str]) -> bool:
        for concept in self.required:
            if concept not in concepts:
                return False
        return concepts.isdisjoint(self.absent)

    @property
    def anchor(self) -> str:
        """The concept that makes a sentence worth parsing for this group."""
        return self.required[0]

    def __str__(self) -> str:
        return " ".join([*self.required, *(f"!{c}" for c in self.absent)])


@dataclass(frozen=True, slots=True)
class WeakScope:
    """A form of the rule whose scope is not tied to human rights: at most weak."""

    when: Group
    reason: str


@dataclass(frozen=True, slots=True)
class Example:
    """A wording and the status it must receive (the examples are tests)."""

    text: str
    status: str
    why: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """One rule of the catalogue."""

    id: str
    name: str
    title: str
    ungp: tuple[str, ...]
    applies: dict[Kind, Level | None]
    bound: str
    concepts: tuple[Group, ...]
    weak_scope: tuple[WeakScope, ...] = ()
    deeming: tuple[Group, ...] = ()
    safeguards: tuple[Group, ...] = ()
    prohibition: str = "negates"
    wrong_party: bool = True
    message: str
    suggestion: str
    why: str
    limits: str
    references: tuple[str, ...]
    template: str
    examples: tuple[Example, ...] = field(default=())

    def level(self, kind: Kind) -> Level | None:
        """R, r, guardrail, or None when the rule is not checked for this kind."""
        return self.applies.get(kind)

    @property
    def anchors(self) -> frozenset[str]:
        groups = [*self.concepts, *self.deeming, *(w.when for w in self.weak_scope)]
        return frozenset(g.anchor for g in groups)


@cache
def load_rules() -> tuple[Rule, ...]:
    """Every rule of the rulebook, in catalogue order (DD, OV, TR, GR; by number).

    Raises:
        GrammarError: a rule file is invalid; the message names the file and field.
    """
    folder = files("clausecheck") / "rulebook"
    rules = [
        _load(entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    ]
    rules.sort(key=lambda r: (FAMILIES.index(r.id[:2]), int(r.id[2:])))
    return tuple(rules)


def _load(filename: str, text: str) -> Rule:
    path = f"clausecheck/rulebook/{filename}"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise GrammarError(f"not valid TOML: {err}", path=path) from err
    try:
        rule = _rule(data)
    except KeyError as err:
        raise GrammarError(
            f"the rule record has no field {err}",
            path=path,
            hint="see docs/design/modality.md for the fields",
        ) from err
    except (TypeError, ValueError) as err:
        raise GrammarError(
            f"invalid rule record: {err}",
            path=path,
            hint="see docs/design/modality.md for the fields",
        ) from err
    if filename != f"{rule.id}.toml":
        raise GrammarError(
            f"the file holds rule {rule.id}", path=path, hint=f"name it {rule.id}.toml"
        )
    _validate(rule, path)
    return rule


def _rule(data: dict) -> Rule:
    applies = {Kind(k): LEVELS[v] for k, v in data["applies"].items()}
    examples = data.get("examples", {})
    listed = [
        Example(examples[s], s)
        for s in ("met", "weak", "missing", "flagged", "clear")
        if s in examples
    ]
    if "negated" in examples:
        listed.append(Example(examples["negated"], "missing", "negated"))
    if "absent" in examples:
        listed.append(Example(examples["absent"], "clear", "no such term"))
    listed += [
        Example(d["text"], d["status"], d.get("why", "")) for d in examples.get("distractor", [])
    ]
    return Rule(
        id=data["id"],
        name=data["name"],
        title=data["title"],
        ungp=tuple(data["ungp"]),
        applies=applies,
        bound=data["bound"],
        concepts=tuple(Group.parse(g) for g in data["concepts"]),
        weak_scope=tuple(
            WeakScope(Group.parse(w["when"]), w["reason"]) for w in data.get("weak_scope", [])
        ),
        deeming=tuple(Group.parse(g) for g in data.get("deeming", [])),
        safeguards=tuple(Group.parse(g) for g in data.get("safeguards", [])),
        prohibition=data.get("prohibition", "negates"),
        wrong_party=data.get("wrong_party", True),
        message=data["message"].strip(),
        suggestion=data["suggestion"].strip(),
        why=data["why"].strip(),
        limits=data["limits"].strip(),
        references=tuple(data["references"]),
        template=data["template"],
        examples=tuple(listed),
    )


def _validate(rule: Rule, path: str) -> None:
    from clausecheck._tokens import lexicon

    known = {n.lower() for n in lexicon().concept_set}
    if rule.bound not in BOUNDS:
        raise GrammarError(f"bound {rule.bound!r} is not one of {', '.join(BOUNDS)}", path=path)
    if rule.prohibition not in ("counts", "negates"):
        raise GrammarError("prohibition must be 'counts' or 'negates'", path=path)
    groups = [*rule.concepts, *rule.deeming, *rule.safeguards, *(w.when for w in rule.weak_scope)]
    for group in groups:
        for concept in (*group.required, *group.absent):
            if concept not in known and concept not in DERIVED:
                raise GrammarError(
                    f"unknown concept {concept!r} in {str(group)!r}",
                    path=path,
                    hint="concepts are the terminals of grammars/terms/*.lark",
                )
        if group.anchor not in known:
            raise GrammarError(
                f"group {str(group)!r} must start with a lexicon concept",
                path=path,
                hint="the first concept of a group is its anchor",
            )
    if not rule.template.startswith("clauses/"):
        raise GrammarError("template must be clauses/<ID>.j2", path=path)


def anchors() -> frozenset[str]:
    """The concepts that can make a sentence matter to some rule (the pre-filter)."""
    return frozenset().union(*(r.anchors for r in load_rules()))


def find_rule(key: str) -> Rule:
    """A rule by id ("DD2", any case) or name ("due-diligence").

    Raises:
        UsageError: no rule has that id or name.
    """
    wanted = key.strip().lower()
    for rule in load_rules():
        if wanted in (rule.id.lower(), rule.name):
            return rule
    known = ", ".join(r.id for r in load_rules())
    raise UsageError(f"unknown rule {key!r}", hint=f"use one of {known}, or a rule name")


# ---------------------------------------------------------------------------
# Tables and pages
# ---------------------------------------------------------------------------


def rules_table(kind: str | None = None) -> str:
    """The rules as a plain-text table, all kinds or one.

    Raises:
        UsageError: the kind is unknown.
    """
    kinds = KIND_ORDER if kind is None else (_kind(kind),)
    header = ["id", "name", *[k.value for k in kinds], "title"]
    rows = []
    for rule in load_rules():
        marks = [_mark(rule.level(k)) for k in kinds]
        if kind is not None and marks == ["-"]:
            continue
        rows.append([rule.id, rule.name, *marks, rule.title])
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in [header, *rows]
    ]
    legend = (
        "R required (missing is an error)   r recommended (missing is a warning)   "
        "on guardrail   - not checked"
    )
    return "\n".join([*lines, "", legend])


def _kind(kind: str) -> Kind:
    try:
        return Kind(kind)
    except ValueError:
        known = ", ".join(k.value for k in KIND_ORDER)
        raise UsageError(f"unknown contract kind {kind!r}", hint=f"use one of {known}") from None


def _mark(level: Level | None) -> str:
    return {Level.REQUIRED: "R", Level.RECOMMENDED: "r", Level.GUARDRAIL: "on", None: "-"}[level]


def explain(key: str) -> str:
    """The documentation page of one rule, as the terminal shows it.

    Raises:
        UsageError: no rule has that id or name.
    """
    return page(find_rule(key))


def page(rule: Rule) -> str:
    """The Markdown page of a rule: the same text as ``docs/rules/<ID>.md``."""
    from clausecheck._examples import grade_example

    applies = ", ".join(f"{k.value} {_mark(rule.level(k))}" for k in KIND_ORDER)
    lines = [
        f"# {rule.id} {rule.name}: {rule.title}",
        "",
        f"Applies: {applies}. UNGP {', '.join(rule.ungp)}.",
        "",
        f"## {PAGE_HEADINGS[0]}",
        "",
        _checks(rule),
        "",
        f"## {PAGE_HEADINGS[1]}",
        "",
        rule.why,
        "",
        f"## {PAGE_HEADINGS[2]}",
        "",
    ]
    for example in rule.examples:
        status, reason = grade_example(rule, example.text)
        label = example.status + (f" ({example.why})" if example.why else "")
        lines += [f"- **{label}**: \u201c{example.text}\u201d", f"  \u2192 `{status}`: {reason}"]
    lines += [
        "",
        f"## {PAGE_HEADINGS[3]}",
        "",
        rule.suggestion,
        "",
        f"Template: `templates/{rule.template}`.",
        "",
        f"## {PAGE_HEADINGS[4]}",
        "",
        rule.limits,
        "",
        f"## {PAGE_HEADINGS[5]}",
        "",
    ]
    lines += [f"- {ref}" for ref in rule.references]
    return "\n".join(lines) + "\n"


def _question(rule: Rule) -> str:
    """What the rule asks, from its message: "No clause obliges ..." becomes "Whether a
    clause obliges ..."; a guardrail's message describes the term it flags."""
    message = rule.message
    if message.startswith("No clause "):
        return "Whether a clause " + message[len("No clause ") :].rstrip(".") + "."
    if rule.bound == "guardrail":
        return f"Flags a term where {message[0].lower()}{message[1:]}"
    return message


def _checks(rule: Rule) -> str:
    who = {
        "company": "a duty of the company (met only with mandatory force: shall, must, will, "
        "agrees to, undertakes to, is required to, is responsible for)",
        "state": "a right of the State (may, is entitled to, has the right to are its proper "
        "mandatory form; the company obliged to let the State act also counts)",
        "either": "a mechanism either side may set up: the company obliged to submit to it, "
        "or the State entitled to appoint it",
        "guardrail": "a guardrail: flagged when such a term appears without its safeguards",
    }[rule.bound]
    parts = [
        f"{_question(rule)} This rule is {who}.",
        "",
        "Substance (all concepts of one group in the same clause): "
        + "; ".join(f"`{g}`" for g in rule.concepts)
        + ".",
    ]
    if rule.deeming:
        parts.append(
            "Also counted, whoever the subject: " + "; ".join(f"`{g}`" for g in rule.deeming) + "."
        )
    if rule.weak_scope:
        parts.append(
            "Weak at best: " + "; ".join(f"`{w.when}` ({w.reason})" for w in rule.weak_scope) + "."
        )
    if rule.safeguards:
        parts.append(
            "Safeguards that clear it (in the same passage): "
            + "; ".join(f"`{g}`" for g in rule.safeguards)
            + "."
        )
    return "\n".join(parts)


def write_docs(folder: str | Path) -> list[Path]:
    """Write ``<folder>/<ID>.md`` for every rule; returns the paths written."""
    from clausecheck._files import write_atomically

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for rule in load_rules():
        path = target / f"{rule.id}.md"
        write_atomically(path, page(rule))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m clausecheck.rules --write-docs docs/rules``."""
    parser = argparse.ArgumentParser(prog="python -m clausecheck.rules")
    parser.add_argument(
        "--write-docs",
        metavar="FOLDER",
        required=True,
        help="write one Markdown page per rule into FOLDER",
    )
    args = parser.parse_args(argv)
    for path in write_docs(args.write_docs):
        print(path)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
