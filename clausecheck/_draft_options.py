"""Check what a caller asks ``draft`` for: the kind, the rules, the party names, the options.

Turns keyword options into a frozen ``DraftOptions`` and refuses, with a ``UsageError``
that says what to do, anything the templates cannot honour. Renders nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from clausecheck._draft_layout import STYLES
from clausecheck.errors import UsageError

KINDS = ("procurement", "service", "licence", "support")
RULES = (
    "DD1",
    "DD2",
    "DD3",
    "DD4",
    "DD5",
    "DD6",
    "DD7",
    "DD8",
    "OV1",
    "OV2",
    "OV3",
    "OV4",
    "OV5",
    "OV6",
    "TR1",
    "TR2",
    "TR3",
    "TR4",
    "GR1",
    "GR2",
    "GR3",
)
# The catalogue's applicability table marks these "–" (not checked) for a kind; no
# wording is drafted for them, so what is drafted is always what is checked.
NOT_CHECKED = {"licence": ("DD8",), "support": ("TR2", "TR3")}
# The support schedule has no government-request part: the State there is a lender or
# investor, not the authority that would order a shutdown, and TR2 is not checked for
# support. A drafter can still add GR1-GR3 wording as a clause (rules=["GR1"]).
SCHEDULE_OMITS = {"support": ("GR1", "GR2", "GR3")}
STANDARDS = ("ungps", "oecd", "ilo", "udhr")
REPORTING = ("annual", "semi-annual", "quarterly")
MONITOR_APPOINTERS = ("state", "jointly", "company")
# The keyword options of draft_text (the CLI spells them with dashes).
OPTIONS = (
    "notice_hours",
    "notice_days",
    "reporting",
    "monitor_appointed_by",
    "standards",
    "remediation_days",
    "target_clause",
    "subject_matter",
    "schedule_number",
    "numbering",
    "clause_number",
    "loan",
)
MAX_NAME = 200
# The largest number a new clause can take; 0 leaves it blank ("[●]") for the drafter.
# No contract runs to a thousand top-level clauses: a larger number is a misreading.
MAX_CLAUSE = 999
# Unicode categories no name can hold: controls (the template marks are among them),
# surrogates, and unassigned code points (including U+FFFE and U+FFFF, which XML 1.0,
# and so a Word file, cannot carry).
_REFUSED_CATEGORIES = {
    "Cc": "a control character",
    "Cs": "a surrogate code point",
    "Cn": "an unassigned code point",
}

# Public bodies are named with the article: "the Ministry of Health shall", not
# "Ministry of Health shall". Only multi-word names that begin with one of these nouns
# get it; a bare defined term ("Authority") is used exactly as the contract uses it.
_INSTITUTIONS = frozenset(
    {
        "ministry",
        "department",
        "government",
        "republic",
        "kingdom",
        "office",
        "agency",
        "commission",
        "council",
        "directorate",
        "secretariat",
        "federal",
        "state",
        "municipality",
        "city",
        "county",
        "province",
        "national",
        "central",
    }
)


@dataclass(frozen=True, slots=True, kw_only=True)
class DraftOptions:
    """The options a caller may set, validated (``draft_text(**options)``)."""

    notice: str = "72 hours"
    reporting: str = "annual"
    monitor_appointed_by: str = "state"
    standards: tuple[str, ...] = STANDARDS
    remediation_days: int = 30
    target: str | None = None
    subject_matter: str | None = None
    schedule_number: str | None = None
    numbering: str = "decimal"
    clause_number: int = 1
    loan: bool = False


def check_kind(kind: str) -> str:
    """The contract kind, checked.

    Raises:
        UsageError: the kind is not one of the catalogue's four.
    """
    if kind not in KINDS:
        raise UsageError(f"unknown contract kind {kind!r}", hint=f"use one of {', '.join(KINDS)}")
    return kind


def check_rules(kind: str, rules: Iterable[str]) -> tuple[str, ...]:
    """The rule ids to draft, upper-cased, de-duplicated, in catalogue order.

    Raises:
        UsageError: an unknown rule id, a rule not checked for the kind, or no rule.
    """
    wanted = {str(rule).strip().upper() for rule in rules}
    unknown = sorted(wanted - set(RULES))
    if unknown:
        raise UsageError(
            f"unknown rule {', '.join(unknown)}", hint="see `clausecheck rules` for the rule ids"
        )
    excluded = sorted(wanted & set(NOT_CHECKED.get(kind, ())))
    if excluded:
        raise UsageError(
            f"{', '.join(excluded)} is not checked for {kind} contracts",
            hint="the catalogue leaves it out for this kind; drop it",
        )
    if not wanted:
        raise UsageError("no rule to draft", hint="name at least one rule, e.g. DD2")
    return tuple(r for r in RULES if r in wanted)


def party_name(name: object, role: str) -> str:
    """A party name made safe to use as a template value (see ``one_line``).

    Public bodies named with a leading institutional noun get the article ("Ministry of
    Health" → "the Ministry of Health").

    Raises:
        UsageError: the name is empty, too long, or contains a refused character.
    """
    text = one_line(name, f"{role} name", flag=role)
    words = text.split(" ")
    if len(words) > 1 and words[0].lower() in _INSTITUTIONS and words[0][0].isupper():
        return f"the {text}"
    return text


def one_line(value: object, what: str, *, flag: str | None = None) -> str:
    """A user value made safe to use as a template value.

    Runs of white space become one space; the result must be one line of at most 200
    characters with no control character (the marks the templates use for paragraphs
    and references are control characters, so no value can forge one) and nothing that
    XML 1.0 cannot hold (surrogates, U+FFFE, unassigned code points), which would break
    Word output. Checked before anything is rendered, in every format.

    Raises:
        UsageError: the value is empty, too long, or contains a refused character.
    """
    # Not str.split(): it would silently turn control characters into spaces.
    text = re.sub(r"[ \t\r\n]+", " ", str(value)).strip(" ")
    if not text:
        raise UsageError(
            f"the {what} is empty", hint=f"give --{flag or what.replace(' ', '-')} a value"
        )
    if len(text) > MAX_NAME:
        raise UsageError(
            f"the {what} is longer than {MAX_NAME} characters",
            hint="use the short name the contract defines",
        )
    for ch in text:
        refused = _REFUSED_CATEGORIES.get(unicodedata.category(ch))
        if 0xFDD0 <= ord(ch) <= 0xFDEF or ord(ch) & 0xFFFE == 0xFFFE:
            refused = "a Unicode noncharacter"
        elif refused is None and not _is_xml_char(ch):
            refused = "a character a Word file cannot hold"
        if refused is not None:
            raise UsageError(
                f"the {what} contains {refused} (U+{ord(ch):04X})",
                hint="a name is one line of printable text",
            )
    return text


def _is_xml_char(ch: str) -> bool:
    """Whether XML 1.0 (and so a Word file) can hold the character at all."""
    code = ord(ch)
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def parse_options(options: dict[str, object], *, schedule: bool) -> DraftOptions:
    """Validate the keyword options of ``draft_text``.

    Raises:
        UsageError: an unknown option, a value out of range, or an option that does
            not apply (numbering for a schedule, schedule_number for clauses).
    """
    known = set(OPTIONS)
    given = {k: v for k, v in options.items() if v is not None}
    unknown = sorted(set(given) - known)
    if unknown:
        raise UsageError(
            f"unknown drafting option {', '.join(unknown)}", hint=f"use {', '.join(sorted(known))}"
        )
    if schedule and ({"numbering", "clause_number"} & set(given)):
        raise UsageError(
            "numbering and clause_number apply to clauses drafted for some rules",
            hint="a schedule numbers its own paragraphs; pass rules=... or drop them",
        )
    if not schedule and "schedule_number" in given:
        raise UsageError(
            "schedule_number applies to a whole schedule",
            hint="drop rules=... to draft the schedule, or drop schedule_number",
        )
    values: dict[str, Any] = {}
    if "notice_hours" in given and "notice_days" in given:
        raise UsageError("give the incident notice period in hours or in days, not both")
    for key, unit, top in (("notice_hours", "hour", 24 * 30), ("notice_days", "day", 90)):
        if key in given:
            count = _whole(key, given[key], 1, top)
            values["notice"] = f"{count} {unit}{'s' if count > 1 else ''}"
    for key, allowed in (
        ("reporting", REPORTING),
        ("monitor_appointed_by", MONITOR_APPOINTERS),
        ("numbering", STYLES),
    ):
        if key in given:
            values[key] = _choice(key, given[key], allowed)
    if "standards" in given:
        values["standards"] = _standards(given["standards"])
    if "remediation_days" in given:
        values["remediation_days"] = _whole("remediation_days", given["remediation_days"], 1, 180)
    if "clause_number" in given:
        values["clause_number"] = _whole("clause_number", given["clause_number"], 0, MAX_CLAUSE)
    if "loan" in given:
        values["loan"] = _flag("loan", given["loan"])
    if "target_clause" in given:
        values["target"] = one_line(given["target_clause"], "target clause")
    if "subject_matter" in given:
        values["subject_matter"] = one_line(given["subject_matter"], "subject matter")
    if "schedule_number" in given:
        values["schedule_number"] = one_line(given["schedule_number"], "schedule number")
    return DraftOptions(**values)


def _whole(key: str, value: object, low: int, high: int) -> int:
    try:
        number = int(str(value))
    except ValueError:
        raise UsageError(f"{key} must be a whole number, not {value!r}") from None
    if not low <= number <= high:
        raise UsageError(f"{key} must be between {low} and {high}, not {number}")
    return number


def _flag(key: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "1"):
        return True
    if text in ("false", "no", "0"):
        return False
    raise UsageError(f"{key} must be true or false, not {value!r}")


def _choice(key: str, value: object, allowed: tuple[str, ...]) -> str:
    text = str(value).strip().lower()
    if text not in allowed:
        raise UsageError(f"unknown {key} {value!r}", hint=f"use one of {', '.join(allowed)}")
    return text


def _standards(value: object) -> tuple[str, ...]:
    parts = value.split(",") if isinstance(value, str) else list(value)  # type: ignore[call-overload]
    wanted = {str(p).strip().lower() for p in parts if str(p).strip()}
    unknown = sorted(wanted - set(STANDARDS))
    if unknown:
        raise UsageError(
            f"unknown standard {', '.join(unknown)}", hint=f"use some of {', '.join(STANDARDS)}"
        )
    return tuple(s for s in STANDARDS if s in wanted)
