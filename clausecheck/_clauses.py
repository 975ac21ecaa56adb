"""Assemble the pieces provision.lark finds in one sentence into clauses.

The grammar marks cores (subject + modal complex), conditions, provisos, qualifiers and
concepts; this module decides which core each piece belongs to: where each clause starts
and ends, which core a condition governs, which clause is embedded in another ("shall
ensure that its subcontractors shall ..."), and which party "it" or a bare "and shall"
refers to. Works on one sentence's elements; knows nothing of documents or rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lark import Token

from clausecheck._elements import (
    BOUNDARY,
    CONSENT_PROVISO,
    VOUCHING,
    Condition,
    Core,
    Element,
    Marker,
    Reading,
    _Plan,
    _tokens_of,
    _type,
)
from clausecheck._reading import _pronouns, _read
from clausecheck.model import Modality, Role

_RELATIVE = re.compile(r"\b(?:which|that|whom|whose)\s*$", re.IGNORECASE)
_APPOSITIVE = re.compile(r",\s*(?:who|which)\s*$", re.IGNORECASE)
_SCOPE = frozenset({"human_rights"})
_STRUCTURAL = frozenset({"ensure", "prohibition"})
_JOINS = re.compile(r"^(?:and|or|but|and/or)$", re.IGNORECASE)
_FILLER = re.compile(r"^(?:and|or|and/or|also|hereby|further|each|in\s+turn|only)$", re.I)


__all__ = ["Condition", "Core", "Element", "Marker", "Reading", "read_clauses", "shared_concepts"]


def read_clauses(
    text: str, elements: Sequence[Element], tokens: Sequence[Token], context: Role | None = None
) -> list[Reading]:
    """Read every independent clause of one sentence.

    Args:
        text: the sentence (token positions are offsets in it).
        elements: the sentence's elements in order, as the Transformer made them from
            the parser's (shortened) token stream.
        tokens: every token of the sentence, concepts included, in order.
        context: the party the previous sentence was about, for "It shall ...".
    """
    plan = _Plan(list(elements), list(tokens))
    _mark_conditions(plan)
    _mark_dependents(plan)
    cores = [
        i
        for i, e in enumerate(plan.elements)
        if isinstance(e, Core) and i not in plan.in_condition and i not in plan.dependent
    ]
    _mark_provisos(plan, cores)
    spans = _spans(plan, cores)
    readings: list[Reading] = []
    elided: list[bool] = []  # per reading: its subject is left out ("..., and may ...")
    previous: Role | None = None
    vouching: Role | None = None
    for n, index in enumerate(cores):
        start, end = spans[n]
        if _opens_content(plan.elements[index]) and n + 1 < len(cores):
            # "The Parties agree that X does not apply": X's clause speaks. But "the
            # Supplier ensures / undertakes that the data shall be tested" binds the
            # Supplier to the result when X names no party of its own.
            vouching = _voucher(plan, index, previous or context)
            continue
        if _action_is_empty(plan, index, end) and n + 1 < len(cores):
            nxt = plan.elements[cores[n + 1]]
            if (
                isinstance(nxt, Core)
                and nxt.subject is None
                and not _opens_content(plan.elements[index])
                and nxt.form not in ("statement", "disapplication", "part_of")
            ):
                end = spans[n + 1][1]  # "shall, and shall procure that ..., respect"
            else:
                continue  # "agrees that the Authority may ...": the inner clause speaks
        reading = _read(text, plan, index, start, end, previous or context)
        if (
            reading is not None
            and vouching is not None
            and reading.role is Role.OTHER
            and reading.form not in ("disapplication", "part_of", "nothing")
        ):
            side = "@company" if vouching is Role.COMPANY else "@state"
            reading = replace(
                reading,
                role=vouching,
                concepts=reading.concepts | {side, "ensure"}
                if vouching is not Role.BOTH
                else reading.concepts | {"@company", "@state", "ensure"},
            )
        vouching = None
        if reading is not None:
            if readings and _APPOSITIVE.search(text, 0, reading.start):
                # "appoint an independent monitor, who shall monitor compliance with the
                # Human Rights Standards": the relative clause says what the thing named
                # before it is for.
                scope = {c for c in reading.concepts if c in _SCOPE}
                readings[-1] = replace(readings[-1], concepts=readings[-1].concepts | scope)
            if (
                readings
                and readings[-1].modality is Modality.STATEMENT
                and _RELATIVE.search(text, 0, reading.start)
            ):
                # "requests ... are classified information which the Supplier shall not
                # disclose": what the relative clause acts on is the noun before it.
                inherited = {c for c in readings[-1].concepts if c not in _STRUCTURAL}
                reading = replace(reading, concepts=reading.concepts | inherited)
            readings.append(reading)
            elided.append(len(readings) > 1 and _is_coordinate(plan.elements, index))
            previous = reading.role if reading.role is not Role.OTHER else previous
    return _share_topics(readings, elided, text)


# What coordinated clauses of one subject talk about together: "The Company shall
# examine the legality of every request from a public body and shall contest any request
# it considers unlawful"; "... shall treat all requests from the Agency as confidential
# and shall not reveal their existence". The subject matter (never the verbs: those say
# what each clause does) goes on from the first clause to the clauses whose subject is
# left out after "and" or a comma. Human rights go back too, from a purpose that closes
# the sentence: "The Department may audit the records, and may interview the staff, to
# verify compliance with this Article 9". A duty to refrain takes no human rights from
# its neighbour: "shall suspend the service ... and shall not restore it" is no
# undertaking not to abuse human rights.
TOPICS = frozenset({"human_rights", "gov_request", "state_request", "ai_system"})
_PURPOSE = re.compile(
    r",\s*(?:in\s+order\s+)?to\s+(?:verify|ensure|check|monitor|confirm|assess|review|"
    r"audit|evaluate|establish)\b|,\s*for\s+the\s+purposes?\s+of\b",
    re.IGNORECASE,
)


def _is_coordinate(elements: Sequence[Element], index: int) -> bool:
    """A modal with no subject of its own, right after "and", "or" or a comma."""
    core = elements[index]
    if not isinstance(core, Core) or core.subject is not None or index == 0:
        return False
    before = elements[index - 1]
    if _type(before) == "COMMA":
        return True
    return _type(before) == "WORDS" and bool(_COORDINATOR.search(before.value))


_COORDINATOR = re.compile(r"(?:^|\s)(?:and|or|and/or)(?:\s+(?:also|further))?$", re.I)


def _share_topics(readings: list[Reading], elided: list[bool], text: str) -> list[Reading]:
    out = list(readings)
    for i, reading in enumerate(readings):
        if (
            i
            and elided[i]
            and readings[i - 1].role is reading.role
            and reading.form not in ("statement", "disapplication", "part_of", "nothing")
        ):
            out[i] = replace(reading, joined=True)
    concepts = shared_concepts(out, [r.concepts for r in out], text)
    return [
        r if c == r.concepts else replace(r, concepts=c) for r, c in zip(out, concepts, strict=True)
    ]


def shared_concepts(
    readings: Sequence[Reading], concepts: Sequence[frozenset[str]], text: str
) -> list[frozenset[str]]:
    """The concepts of each clause of a sentence once coordinated clauses share their
    subject matter (``Reading.joined`` marks a clause coordinated with the one before).

    ``concepts`` may hold more than the readings do (provisions.py adds what defined
    terms and cross-references stand for), so it is passed on its own.
    """
    groups: list[list[int]] = []
    for i, reading in enumerate(readings):
        if reading.joined and groups:
            groups[-1].append(i)
        else:
            groups.append([i])
    out = list(concepts)
    for group in groups:
        if len(group) < 2:
            continue
        last = readings[group[-1]]
        shared = concepts[group[0]] & TOPICS
        if "human_rights" in concepts[group[-1]] and _PURPOSE.search(text, last.start, last.end):
            shared |= {"human_rights"}
        for i in group:
            out[i] = out[i] | (shared - ({"human_rights"} if readings[i].prohibitive else set()))
    return out


def _segment_end(elements: Sequence[Element], i: int) -> int:
    for j in range(i, len(elements)):
        if _type(elements[j]) == "SEMI":
            return j
    return len(elements)


def _mark_conditions(plan: _Plan) -> None:
    """Cores inside a condition ("If the Supplier is in breach, ...") are not clauses."""
    elements = plan.elements
    seen_core = False
    for i, element in enumerate(elements):
        if _type(element) == "SEMI":
            seen_core = False
        if isinstance(element, Core) and i not in plan.in_condition:
            seen_core = True
        if not isinstance(element, Condition):
            continue
        stop = _segment_end(elements, i)
        if seen_core:
            # A trailing condition ("... may terminate if the Supplier is in breach")
            # runs to the next comma.
            # "... may revoke this Licence where: the Licensee has committed ...": a
            # colon right after the condition word opens it rather than ends it.
            first = i + 2 if i + 1 < stop and _type(elements[i + 1]) == "COLON" else i + 1
            end = next((j for j in range(first, stop) if _type(elements[j]) in BOUNDARY), stop)
            # "... if the Service has harmed, or may harm, anyone's rights": a verb
            # joined to the condition's own is still the condition.
            while (
                end + 2 < stop
                and _type(elements[end]) == "COMMA"
                and _JOINS.match(str(elements[end + 1]).strip())
                and isinstance(elements[end + 2], Core)
                and elements[end + 2].subject is None
            ):
                end = next(
                    (j for j in range(end + 3, stop) if _type(elements[j]) in BOUNDARY), stop
                )
            # "..., save that paragraph 6 shall not apply": the exception disapplies.
            carve_out = element.tokens[0].value.lower().startswith(("save", "except"))
            plan.in_condition.update(
                j
                for j in range(i + 1, end)
                if isinstance(elements[j], Core)
                and not (carve_out and elements[j].form == "disapplication")
            )
            continue
        # A leading condition runs, across commas, until the first modal clause: "Where
        # the Operator becomes aware, or has reasonable grounds to suspect, that the
        # System is misused, it shall suspend it". Statements ("is", "has") belong to it.
        inner = [j for j in range(i + 1, stop) if isinstance(elements[j], Core)]
        main = next((j for j in inner if elements[j].form != "statement"), None)
        # "If X is in breach the Authority is entitled ...": without a modal, the last rules.
        inner = inner[:-1] if main is None else [j for j in inner if j < main]
        plan.in_condition.update(inner)


def _mark_dependents(plan: _Plan) -> None:
    """Clauses introduced by "ensure that" or a relative word belong to the clause before."""
    elements = plan.elements
    governing: int | None = None
    previous: int | None = None
    for i, element in enumerate(elements):
        if not isinstance(element, Core) or i in plan.in_condition:
            continue
        head = elements[governing] if governing is not None else None
        unbroken = governing is not None and not any(
            _type(e) in ("SEMI", "COLON") for e in elements[governing + 1 : i]
        )
        if isinstance(head, Core) and head.form == "nothing" and unbroken:
            plan.dependent[i] = governing  # "Nothing ... shall require X to ...": all negated
            previous = i
            continue
        if element.subject is None and _is_infinitive(elements, i) and unbroken:
            # "designate a senior officer to be responsible for its policies": "to be" is
            # part of the action before, not a modal of its own.
            plan.dependent[i] = governing
            previous = i
            continue
        if (
            element.form == "statement"
            and (element.subject is None or _is_contact_clause(elements, i))
            and unbroken
            and isinstance(head, Core)
            and head.form != "statement"
        ):
            # "... to visit, inspect and have full access", "... whenever there is a
            # change": a verb inside the clause before, not a clause of its own.
            plan.dependent[i] = governing
            previous = i
            continue
        if (
            previous is not None
            and previous in plan.dependent
            and _coordinated(elements, i)
            and unbroken
            and _type(elements[previous - 1]) == "THAT"
        ):
            # "an Officer, who shall be responsible for ... and shall report to the
            # board": the second verb is the Officer's too, still inside the relative
            # clause.
            plan.dependent[i] = plan.dependent[previous]
            previous = i
            continue
        if previous is not None and governing is not None:
            # The link word must come after the last colon or semicolon: "shall: publish a
            # report describing how it has ..." is linked; "deploy it as a black box: it
            # shall document ..." is not.
            between = [_type(e) for e in elements[previous + 1 : i]]
            stops = [n for n, t in enumerate(between) if t in ("SEMI", "COLON")]
            after = between[stops[-1] + 1 :] if stops else between
            if any(t in ("THAT", "ENSURE_THAT") for t in after) and not _coordinated(elements, i):
                head = elements[governing]
                if isinstance(head, Core) and head.form not in ("statement", "part_of"):
                    plan.dependent[i] = governing
                    previous = i
                    continue
        governing = i
        previous = i


def _is_infinitive(elements: Sequence[Element], i: int) -> bool:
    """ "... to be responsible for", "... to have in place": a verb after "to"."""
    core = elements[i]
    before = elements[i - 1] if i else None
    return (
        isinstance(core, Core)
        and core.words[0].type in ("BE", "HAVE")
        and isinstance(before, Token)
        and before.type == "WORDS"
        and before.value.lower().endswith((" to", "\nto"))
    )


def _coordinated(elements: Sequence[Element], i: int) -> bool:
    """ "... treat all requests as strictly confidential and shall not reveal ...": a modal
    with no subject of its own right after "and" goes on the main clause, whatever
    relative word came before."""
    core = elements[i]
    before = elements[i - 1] if i else None
    return (
        isinstance(core, Core)
        and core.subject is None
        and isinstance(before, Token)
        and before.type == "WORDS"
        and bool(_JOINS.match(before.value.split()[-1]))
    )


def _is_contact_clause(elements: Sequence[Element], i: int) -> bool:
    """A relative clause without "that": "a statement of the steps it has taken to
    respect human rights" -- "it has" straight after a noun, with nothing between."""
    core = elements[i]
    before = elements[i - 1] if i else None
    if not (
        isinstance(core, Core)
        and core.subject is not None
        and isinstance(before, Token)
        and before.type == "WORDS"
        and before.value.strip()
    ):
        return False
    last = before.value.split()[-1]
    if _JOINS.match(last):
        return False
    # "it has taken": any pronoun after a noun; a party's name only after a relative word
    # that a concept phrase took in ("a statement about how you have respected ...").
    return core.subject.type == "PRONOUN" or bool(_RELATIVE_WORD.match(last))


_RELATIVE_WORD = re.compile(r"^(?:how|that|which|who|whom|whose|whether|what|why|where)$", re.I)


def _mark_provisos(plan: _Plan, cores: list[int]) -> None:
    """A proviso that hands the duty back to the company's discretion weakens it."""
    elements = plan.elements
    for i, element in enumerate(elements):
        if not (isinstance(element, Marker) and element.kind == "proviso"):
            continue
        before = [c for c in cores if c < i]
        if not before:
            continue
        stop = _segment_end(elements, i)
        tail = elements[i + 1 : stop]
        discretion = any(isinstance(e, Marker) and e.token.type == "DISCRETION" for e in tail)
        company_may = any(
            isinstance(e, Core)
            and e.form == "right"
            and (e.subject is None or e.subject.type in ("COMPANY", "PRONOUN"))
            for e in tail
        )
        if _company_consents(tail):
            plan.weakened[before[-1]] = CONSENT_PROVISO
        elif discretion or company_may:
            plan.weakened[before[-1]] = "proviso leaves it to the company's discretion"


# "provided that the timing, scope and auditor are agreed by the Supplier", "provided
# that the Supplier has consented", "provided that it is with the Supplier's prior
# approval": a State right the company must first agree to is one it can refuse, so the
# company decides (reading rule 5; catalogue OV1: an audit at the company's discretion
# is weak).
_CONSENT_BY = re.compile(
    r"\b(?:agreed|approved|accepted|consented\s+to|authori[sz]ed)\s+(?:in\s+advance\s+|"
    r"beforehand\s+|in\s+writing\s+|(?:in\s+)?each\s+case\s+)*(?:with|by)?\s*$",
    re.IGNORECASE,
)
_CONSENT_OF = re.compile(
    r"\b(?:(?:prior\s+)?(?:written\s+)?(?:consent|agreement|approval)\s+of|"
    r"agreement\s+with)\s*$",
    re.IGNORECASE,
)
_CONSENT_WORD = re.compile(
    r"^\s*(?:(?:prior|written|express)\s+)*(?:consent|agreement|approval)\b", re.IGNORECASE
)
_CONSENT_VERB = re.compile(r"^\s*(?:has\s+|have\s+)?(?:agreed|consented|approved)\b", re.I)


def _company_consents(tail: Sequence[Element]) -> bool:
    """Whether a proviso makes the act wait on the company's consent."""
    tokens = [t for e in tail for t in _tokens_of(e)]
    before = ""
    for i, token in enumerate(tokens):
        after = " ".join(str(t) for t in tokens[i + 1 : i + 3])
        if token.type == "COMPANY" and (_CONSENT_BY.search(before) or _CONSENT_OF.search(before)):
            return True
        if token.type in ("COMPANY", "PRONOUN") and _CONSENT_VERB.search(after):
            return True
        if token.type == "COMPANY_POSS" and _CONSENT_WORD.search(after):
            return True
        before = f"{before} {token}"
    return False


def _spans(plan: _Plan, cores: list[int]) -> list[tuple[int, int]]:
    """Element ranges [start, end) of the clause each independent core heads.

    The first clause takes everything before it (its leading conditions and
    qualifiers). A later clause starts after the last comma, semicolon or colon since the
    previous clause's action began — stretched back over a condition or qualifier that
    ends at that comma — or, with no such punctuation, at its own subject or modal
    ("... and shall ...": the words before belong to the previous action).
    """
    elements = plan.elements
    starts: list[int] = []
    for n, index in enumerate(cores):
        if n == 0:
            starts.append(0)
            continue
        previous = cores[n - 1]
        if _opens_content(elements[previous]):
            starts.append(previous + 1)  # "agrees that X ...": X is the next clause
            continue
        floor = _action_start(elements, previous)
        # A colon opens a list or an explanation that goes on the clause before it.
        boundary = next(
            (j for j in range(index - 1, floor - 1, -1) if _type(elements[j]) in ("COMMA", "SEMI")),
            None,
        )
        if boundary is None:
            starts.append(index)
            continue
        start = boundary + 1
        while (group := _lead_group(elements, boundary, floor)) is not None:
            before = elements[group - 1] if group > floor else None
            if before is not None and not (
                _type(before) in BOUNDARY
                or (_type(before) == "WORDS" and _JOINS.match(before.value))
            ):
                break  # "... immediately upon the instruction of X, and shall": trailing
            start = group  # ", and, if the Authority so requests, the Supplier shall"
            if before is not None and _type(before) in BOUNDARY:
                boundary = group - 1
                continue
            break
        starts.append(start)
    ends = [*starts[1:], len(elements)] if starts else []
    return list(zip(starts, ends, strict=True))


def _action_start(elements: Sequence[Element], core: int) -> int:
    """Where a core's action begins, past a lead-in colon or a parenthetical right after
    the modal ("shall, where practicable, ...")."""
    i = core + 1
    if i < len(elements) and _type(elements[i]) == "COLON":
        return i + 1
    if i < len(elements) and _type(elements[i]) == "COMMA":
        for j in range(i + 1, min(i + 8, len(elements))):
            if isinstance(elements[j], Core) or _type(elements[j]) in ("SEMI", "COLON"):
                break
            if _type(elements[j]) == "COMMA":
                return j + 1
    return i


def _lead_group(elements: Sequence[Element], boundary: int, floor: int) -> int | None:
    """The start of a condition or qualifier that ends at a comma, if one does."""
    for j in range(boundary - 1, floor - 1, -1):
        element = elements[j]
        if isinstance(element, Condition | Marker):
            return j
        if isinstance(element, Core) or _type(element) in BOUNDARY:
            return None
    return None


def _voucher(plan: _Plan, index: int, context: Role | None) -> Role | None:
    """The party that answers for the clause after "ensures that" / "undertakes that"."""
    core = plan.elements[index]
    assert isinstance(core, Core)
    if not VOUCHING.search(core.words[-1].value):
        return None
    if core.subject is None:
        return context
    return _pronouns(plan.elements, context)(core.subject)


def _opens_content(element: Element) -> bool:
    """ "agrees that", "undertakes that": what follows is a clause of its own. (A
    warranty, "warrants that it has carried out ...", is read as the company's own
    statement.)"""
    return (
        isinstance(element, Core)
        and element.form != "statement"
        and element.words[-1].value.lower().endswith("that")
    )


def _action_is_empty(plan: _Plan, index: int, end: int) -> bool:
    for element in plan.elements[index + 1 : end]:
        kind = _type(element)
        if kind in BOUNDARY:
            continue
        if kind == "WORDS" and _FILLER.match(element.value.strip()):
            continue
        return False
    return True
