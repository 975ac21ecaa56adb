"""Draft model human-rights wording from the templates: clauses, schedules, suggestions.

One sandboxed Jinja environment renders ``templates/clauses/<RULE>.j2`` and
``templates/schedules/<kind>.j2`` with the variables of a frozen dataclass
(``ClauseTerms``, ``ClauseSetTerms``, ``ScheduleTerms``). Party names and every other
user value are only ever template *values*, never template source, and are checked
before rendering (``_draft_options.py``). Numbering, cross-references and output formats
are ``_draft_layout.py`` and ``_draft_docx.py``; fitting wording to a checked contract
(its party names and numbering) is ``_draft_fit.py``. This module grades nothing and
reads no contract.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound
from jinja2.exceptions import TemplateError, TemplateSyntaxError
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment

from clausecheck._draft_layout import (
    Numbering,
    Paragraph,
    lay_out,
    template_globals,
    to_markdown,
    to_text,
)
from clausecheck._draft_options import (
    KINDS,
    NOT_CHECKED,
    OPTIONS,
    RULES,
    SCHEDULE_OMITS,
    STANDARDS,
    check_kind,
    check_rules,
    one_line,
    parse_options,
    party_name,
)
from clausecheck._resources import resource_dir
from clausecheck.errors import DraftError, UsageError
from clausecheck.model import Document, Report

FORMATS = ("text", "markdown", "docx")

__all__ = [
    "FORMATS",
    "KINDS",
    "NOT_CHECKED",
    "OPTIONS",
    "RULES",
    "SCHEDULE_OMITS",
    "ClauseSetTerms",
    "ClauseTerms",
    "ScheduleTerms",
    "add_suggestions",
    "compose",
    "draft_text",
    "environment",
    "render",
]

# ---------------------------------------------------------------------------
# Template variables
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ClauseTerms:
    """The variables every clause template may use.

    ``company`` and ``state`` are the names exactly as written in the contract ("the
    Supplier", "Acme Analytics Ltd"); ``part`` is how the wording names itself ("this
    Schedule", "this Clause 27"); ``rules`` are the rules drafted together, so that a
    clause cross-refers only to wording that is there.
    """

    kind: str
    company: str
    state: str
    part: str
    rules: tuple[str, ...]
    notice: str = "72 hours"  # OV3: the longest time before an incident is notified
    reporting: str = "annual"  # TR1: "annual", "semi-annual" or "quarterly"
    monitor_appointed_by: str = "state"  # OV2: "state", "jointly" or "company"
    standards: tuple[str, ...] = STANDARDS  # instruments named (DD1, definitions)
    remediation_days: int = 30  # OV4: days to submit a Remediation Plan
    target: str | None = None  # GR1-GR3: the clause the safeguard attaches to
    # GR1-GR3: the clause each safeguard attaches to, when they differ (rule, clause)
    targets: tuple[tuple[str, str], ...] = ()
    subject_matter: str | None = None  # what is supplied, as the contract names it
    loan: bool = False  # OV6 (support): the support is a loan, which can be accelerated


@dataclass(frozen=True, slots=True, kw_only=True)
class ClauseSetTerms(ClauseTerms):
    """Variables of ``clauses/_clause.j2``: one new clause holding several rules."""

    clause_heading: str = "Human Rights"


@dataclass(frozen=True, slots=True, kw_only=True)
class ScheduleTerms(ClauseTerms):
    """Variables of ``schedules/<kind>.j2``: a whole human-rights schedule."""

    schedule_number: str | None = None


# ---------------------------------------------------------------------------
# The environment
# ---------------------------------------------------------------------------


class _PackageTemplates(BaseLoader):
    """Load templates from the installed package's ``templates/`` folder."""

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
        node = resource_dir("templates")
        for piece in split_template_path(template):
            node = node / piece
        if not node.is_file():
            raise TemplateNotFound(template)
        return node.read_text(encoding="utf-8"), f"templates/{template}", lambda: True


@cache
def environment() -> ImmutableSandboxedEnvironment:
    """The one Jinja environment for model wording (STYLE.md §8), built once."""
    env = ImmutableSandboxedEnvironment(
        loader=_PackageTemplates(),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # plain text; Markdown escaping is done per format on output
    )
    env.globals.update(template_globals())
    env.filters["capfirst"] = capfirst
    env.filters["join_and"] = join_and
    return env


def capfirst(name: str) -> str:
    """A name at the start of a sentence: "the Supplier" → "The Supplier".

    Only a leading lower-case "the" changes; every other name is kept as written.
    """
    return "The" + name[3:] if name.startswith("the ") else name


def join_and(items: Iterable[str]) -> str:
    """ "a, b and c" (no serial comma, as most contracts write lists)."""
    words = list(items)
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else "".join(words)


def render(template: str, terms: ClauseTerms) -> str:
    """Render one template with a terms dataclass as its only variables.

    Raises:
        DraftError: the template is missing, invalid, or uses an undefined variable.
    """
    values = {f.name: getattr(terms, f.name) for f in dataclasses.fields(terms)}
    try:
        return environment().get_template(template).render(values)
    except TemplateNotFound as err:
        raise DraftError(
            f"no template {err.name!r}",
            path="templates",
            hint="reinstall clausecheck: its templates are missing",
        ) from err
    except TemplateSyntaxError as err:
        raise DraftError(
            f"invalid template: {err.message}",
            path=err.filename or template,
            location=str(err.lineno),
        ) from err
    except TemplateError as err:
        raise DraftError(f"cannot render: {err.message}", path=f"templates/{template}") from err


# ---------------------------------------------------------------------------
# Drafting
# ---------------------------------------------------------------------------


def draft_text(
    kind: str,
    *,
    company: str = "the Company",
    state: str = "the Authority",
    rules: Iterable[str] | None = None,
    format: str = "text",
    **options: object,
) -> str | bytes:
    """Model wording for a contract kind: a whole schedule, or clauses for some rules.

    Args:
        kind: "procurement", "service", "licence" or "support".
        company: the business party's name as the contract uses it ("the Supplier").
        state: the public party's name as the contract uses it ("the Authority").
        rules: rule ids to draft as one new clause; None drafts the whole schedule.
        format: "text", "markdown" or "docx" (the bytes of a Word file).
        **options: notice_hours / notice_days (OV3), reporting (TR1: annual,
            semi-annual, quarterly), monitor_appointed_by (OV2: state, jointly,
            company), standards (ungps, oecd, ilo, udhr), remediation_days (OV4),
            target_clause (GR1-GR3: "clause 14.2"), schedule_number (schedules),
            numbering (decimal, clause, article, section), clause_number (clauses;
            0 leaves it blank, "[●]") and loan (OV6 for support: the support is a
            loan, so the State may also accelerate it).

    >>> "shall respect Human Rights" in draft_text("service", rules=["DD1"])
    True

    Raises:
        UsageError: an unknown kind, rule, format or option, or an unusable name.
        DraftError: a template failed to render.
    """
    if format not in FORMATS:
        raise UsageError(
            f"unknown draft format {format!r}", hint=f"use one of {', '.join(FORMATS)}"
        )
    paragraphs, numbering = compose(kind, company=company, state=state, rules=rules, **options)
    if format == "markdown":
        return to_markdown(paragraphs, numbering)
    if format == "docx":
        from clausecheck._draft_docx import to_docx

        return to_docx(paragraphs, numbering)
    return to_text(paragraphs, numbering)


def compose(
    kind: str,
    *,
    company: str,
    state: str,
    rules: Iterable[str] | None = None,
    targets: Mapping[str, str] | None = None,
    **options: object,
) -> tuple[tuple[Paragraph, ...], Numbering]:
    """The numbered paragraphs of a schedule or a clause, and their numbering style.

    Args:
        targets: for suggestions, the clause each guardrail safeguard attaches to
            ({"GR1": "clause 3.1"}), where ``target_clause`` would give one for all.
        Others: as ``draft_text``.

    Raises:
        UsageError: as ``draft_text``.
        DraftError: a template failed to render.
    """
    kind = check_kind(kind)
    company, state = party_name(company, "company"), party_name(state, "state")
    opts = parse_options(options, schedule=rules is None)
    fitted = tuple(
        (rule, one_line(clause, "target clause")) for rule, clause in (targets or {}).items()
    )
    common = {
        "kind": kind,
        "company": company,
        "state": state,
        "notice": opts.notice,
        "reporting": opts.reporting,
        "monitor_appointed_by": opts.monitor_appointed_by,
        "standards": opts.standards,
        "remediation_days": opts.remediation_days,
        "target": opts.target,
        "targets": fitted,
        "subject_matter": opts.subject_matter,
        "loan": opts.loan,
    }
    if rules is None:
        numbering = Numbering(style="schedule")
        left_out = NOT_CHECKED.get(kind, ()) + SCHEDULE_OMITS.get(kind, ())
        schedule_rules = tuple(r for r in RULES if r not in left_out)
        terms: ClauseTerms = ScheduleTerms(
            part=numbering.part,
            rules=schedule_rules,
            schedule_number=opts.schedule_number,
            **common,
        )
        template = f"schedules/{kind}.j2"
    else:
        numbering = Numbering(style=opts.numbering, first=opts.clause_number)
        chosen = check_rules(kind, rules)
        terms = ClauseSetTerms(part=numbering.part, rules=chosen, **common)
        template = "clauses/_clause.j2"
    return lay_out(render(template, terms), numbering, source=f"templates/{template}"), numbering


# ---------------------------------------------------------------------------
# Suggestions for a checked contract
# ---------------------------------------------------------------------------


def add_suggestions(report: Report, document: Document) -> Report:
    """The report with model wording in every weak, missing or flagged finding.

    The wording uses the contract's own party names, its numbering style and the next
    free clause number (``_draft_fit.py``); a flagged guardrail carries the safeguard
    wording for the clause that holds the restriction. The suggestions of one report are
    consecutive parts of ONE new clause, whose first paragraph holds the definitions they
    share, so that they can be adopted together.

    Never raises: a suggestion never fails a check. When no wording can be drafted, the
    report gets a warning naming the contract instead.
    """
    from clausecheck._draft_fit import suggest

    return suggest(report, document)
