"""Read one clause of a sentence: who is bound, how strongly, to do what.

Given the elements of a sentence and the span of one clause, decides the clause's role
(subject, pronoun, passive agent, interjection), its modality (with the qualifiers that
weaken it), its concepts and its conditions. ``_clauses.py`` decides the spans.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from lark import Token

from clausecheck._elements import (
    BOUNDARY,
    CONSENT_PROVISO,
    MENTIONS,
    VOUCHING,
    Condition,
    Core,
    Element,
    Marker,
    Reading,
    _end,
    _Plan,
    _tokens_of,
    _type,
)
from clausecheck._references import PART_UNITS, REFERENCE, listed
from clausecheck._tokens import PARTY_TYPES, concepts_of, prefilter
from clausecheck.model import Modality, Role

# Words right before a party that make it the one who acts: "give the Authority access",
# "make the records available to the Authority", "permit the Authority to".
_GRANTING = re.compile(
    r"\b(?:give|gives|giving|provide|provides|providing|afford|affords|"
    r"enable|enables|enabling|entitle|entitles|grant|grants|granting|allow|"
    r"allows|permit|permits|(?:available|accessible|open)\s+(?:to|for)|"
    r"submit\s+to|co-?operate\s+(?:fully\s+)?with|assist|"
    r"(?:provide|provides|give|gives|furnish|furnishes|deliver|delivers|"
    r"supply|supplies|send|sends)\b[^.;:]{0,40}?\bto)\s*$",
    re.IGNORECASE,
)
# Weakest wins: a negation outranks a discretion, which outranks "should", and so on.
_PRECEDENCE = (
    Modality.NEGATED,
    Modality.PERMISSION,
    Modality.RECOMMENDATION,
    Modality.BEST_EFFORTS,
)


# ---------------------------------------------------------------------------
# Reading one clause
# ---------------------------------------------------------------------------


def _read(
    text: str, plan: _Plan, index: int, start: int, end: int, context: Role | None
) -> Reading | None:
    elements = plan.elements
    core = elements[index]
    assert isinstance(core, Core)
    span = elements[start:end]
    tokens = [t for e in span for t in _tokens_of(e)]
    if not tokens:
        return None
    first, last = tokens[0].start_pos, tokens[-1].end_pos
    full = [t for t in plan.tokens if first <= t.start_pos < last]
    resolve = _pronouns(elements, context)
    role, subject = _role(elements, plan, index, start, resolve, context)
    agent = _agent(text, elements, index, end, resolve, full)
    passive = _is_passive(elements, index)
    if passive and agent is not None:
        # "The Agency shall be notified by the Company": the one who acts is bound.
        role, subject = agent, "(by) " + (_agent_words(elements, index, end) or "the State")
    modal_end = core.end
    if passive and (late := _delayed_be(elements, index)) is not None:
        modal_end = late.end
    if core.form == "nothing":
        role, subject, modal_end = _released(elements, index, end, resolve)
    mentions = frozenset(resolve(t) for t in tokens if t.type in MENTIONS or t.type == "PRONOUN")
    mentions = frozenset(m for m in mentions if m is not None)
    modality, prohibitive = _modality(core, role, tokens)
    opening = _opening_token(span)
    if opening is not None and opening.type == "NO" and modality is not Modality.STATEMENT:
        modality, prohibitive = Modality.NEGATED, False  # "No audit shall be required ..."
    if prohibitive and any(
        isinstance(e, Condition)
        and e.tokens[0].value.lower().startswith(("unless", "except", "save"))
        for e in span
    ):
        prohibitive = False  # "shall not engage a subcontractor unless ...": a requirement
    if prohibitive and _UNLESS_BOUND.search(text, core.end, last):
        # "shall not source from any supplier that has not agreed in writing to respect
        # human rights": the same requirement, written as a relative clause.
        prohibitive = False
    qualifiers = _qualifiers(plan, span, index)
    modality = _weakest(modality, qualifiers)
    concepts = set().union(*(concepts_of(t) for t in full))
    concepts.update(_derived(tokens, prohibitive, role, agent, mentions))
    if _state_request(full):
        concepts.add("state_request")
    if "public_authority" in concepts:
        concepts.add("@state")  # "any public authority", "law enforcement": the State's side
    if opening is not None and opening.type == "NO" and "deeming" in concepts:
        # "No breach of Clause 18 entitles the Authority to terminate": a ground taken away.
        modality, prohibitive = Modality.NEGATED, False
    consent = _consent(full)
    if not consent and plan.weakened.get(index) == CONSENT_PROVISO:
        consent = CONSENT_PROVISO  # "provided that the scope is agreed by the Supplier"
    if consent and modality is Modality.RIGHT:
        # "may review ... only with the Supplier's prior written agreement": a right of the
        # State that the company can refuse is the company's permission (reading rule 5).
        modality = Modality.PERMISSION
        qualifiers.append((consent, Modality.PERMISSION))
    return Reading(
        start=first,
        end=last,
        subject=subject,
        role=role,
        form=core.form,
        modality=modality,
        modal=text[core.words[0].start_pos : modal_end].strip(" ,"),
        action=text[core.end : last].strip(" ,;:"),
        prohibitive=prohibitive,
        agent=agent,
        mentions=mentions,
        concepts=frozenset(concepts),
        conditions=tuple(
            text[e.start : _group_end(elements, i, end)].strip(" ,;")
            for i, e in enumerate(elements[start:end], start)
            if isinstance(e, Condition)
        ),
        qualifiers=tuple(q for q, _ in qualifiers),
        disapplies=_disapplied(text, core, tokens, elements[start:end])
        if modality is Modality.NEGATED
        else (),
    )


def _pronouns(elements: Sequence[Element], context: Role | None):
    """A function giving the role of a mention token; "it" takes the nearest party before."""
    flat = [t for e in elements for t in _tokens_of(e)]
    roles: dict[int, Role | None] = {}
    last: Role | None = None
    for t in flat:
        if t.type in PARTY_TYPES:
            last = PARTY_TYPES[t.type]
            roles[id(t)] = last
        elif t.type == "PRONOUN":
            roles[id(t)] = last or context
    return lambda token: roles.get(id(token))


def _role(
    elements: Sequence[Element], plan: _Plan, index: int, start: int, resolve, context: Role | None
) -> tuple[Role, str]:
    core = elements[index]
    assert isinstance(core, Core)
    if core.subject is not None:
        role = resolve(core.subject) or Role.OTHER
        return role, core.subject.value
    if core.form == "statement":
        return Role.OTHER, ""  # "... whenever there is ...": a statement binds no one
    before = elements[index - 1] if index else None
    if isinstance(before, Condition) and before.tokens[-1].type in MENTIONS | {"PRONOUN"}:
        token = before.tokens[-1]
        return resolve(token) or Role.OTHER, token.value
    in_group = False
    nearest: Token | None = None
    # The party that opens the clause: "The Supplier, in relation to goods supplied to
    # the Authority, shall ...". When an interjection sits between subject and modal,
    # the subject is the party before the first comma, not the one nearest the modal.
    opening: list[Token] = []
    head: Token | None = None
    for j in range(start, index):
        element = elements[j]
        if isinstance(element, Condition):
            in_group = True
            continue
        if in_group and _type(element) in BOUNDARY:
            in_group = False
            opening = []
            continue
        if in_group or j in plan.in_condition:
            continue
        for t in _tokens_of(element):
            if (
                head is None
                and t.type == "COMMA"
                and len(opening) == 1
                and opening[0].type in MENTIONS
            ):
                head = opening[0]
            opening.append(t)
            if t.type in MENTIONS or t.type == "PRONOUN":
                nearest = t
    if head is not None and _type(elements[index - 1]) == "COMMA":
        return resolve(head) or Role.OTHER, head.value
    if nearest is not None:
        return resolve(nearest) or Role.OTHER, nearest.value
    first = next((t for e in elements[start:index] for t in _tokens_of(e)), None)
    if first is not None and first.type == "WORDS" and _OWN_SUBCONTRACTS.match(first.value):
        return Role.COMPANY, first.value
    if context is not None:
        return context, ""
    return Role.OTHER, ""


_UNLESS_BOUND = re.compile(
    r"\b(?:that|who|which)\s+(?:has|have)\s+not\s+(?:first\s+)?(?:agreed|undertaken|committed"
    r"|signed|accepted|confirmed)\b",
    re.IGNORECASE,
)

# "Every subcontract relating to the Services shall oblige the subcontractor to ...": a
# duty written on the company's own subcontracts binds the company, which alone makes
# them (catalogue DD6: the company flows its obligations down).
_OWN_SUBCONTRACTS = re.compile(
    r"^(?:every|each|any|all)\s+(?:sub-?contracts?|sub-?processing\s+(?:agreements?|contracts?)"
    r"|(?:contracts?|agreements?)\s+with\s+(?:(?:a|its|any)\s+)?(?:sub-?contractors?|sub-?processors?|suppliers?))\b",
    re.IGNORECASE,
)


def _agent(
    text: str, elements: Sequence[Element], index: int, end: int, resolve, full: Sequence[Token]
) -> Role | None:
    """The party after "by" (passive), or after "permit / allow / grant access"."""
    core = elements[index]
    assert isinstance(core, Core)
    flat = [t for e in elements[index + 1 : end] for t in _tokens_of(e)]
    if _is_passive(elements, index):
        for a, b in pairwise(flat):
            if _is_by(a) and b.type in MENTIONS:
                return resolve(b)
        after_core = [t for t in full if t.start_pos >= core.end]
        for a, b in pairwise(after_core):
            if _is_by(a) and b.type == "PUBLIC_AUTHORITY":
                return Role.STATE  # "... for audit by governmental agencies"
    after = [t for t in full if t.start_pos >= core.end]
    for i, t in enumerate(after):
        if t.type == "PERMIT":
            for u in after[i + 1 : i + 4]:
                if u.type in MENTIONS or u.type == "PRONOUN":
                    return resolve(u)
                if u.type == "PUBLIC_AUTHORITY":
                    return Role.STATE  # "to allow contracting agencies to conduct audits"
        if t.type in MENTIONS and _GRANTING.search(
            text[max(core.end, t.start_pos - 40) : t.start_pos]
        ):
            return resolve(t)
    return None


def _is_passive(elements: Sequence[Element], index: int) -> bool:
    """ "shall be carried out by", "shall be subject to inspection by": the passive."""
    core = elements[index]
    assert isinstance(core, Core)
    if core.form not in ("obligation", "prohibition", "right", "recommendation"):
        return False
    if core.words[-1].type == "BE":
        return True
    return _delayed_be(elements, index) is not None or _subject_to(elements, index)


def _subject_to(elements: Sequence[Element], index: int) -> bool:
    after = elements[index + 1] if index + 1 < len(elements) else None
    return (
        isinstance(after, Token)
        and after.type == "IDIOM"
        and after.value.lower().startswith(("be subject", "be open"))
    )


def _delayed_be(elements: Sequence[Element], index: int) -> Core | None:
    """The "be" of "shall, at all times, be available": a passive split by an adverb."""
    for element in elements[index + 1 : index + 5]:
        if isinstance(element, Core):
            if (
                element.subject is None
                and element.form == "statement"
                and element.words[0].type == "BE"
                and len(element.words) == 1
            ):
                return element
            return None
        if not (isinstance(element, Token) and element.type in ("COMMA", "WORDS")):
            return None
    return None


def _agent_words(elements: Sequence[Element], index: int, end: int) -> str:
    flat = [t for e in elements[index + 1 : end] for t in _tokens_of(e)]
    for a, b in pairwise(flat):
        if _is_by(a) and b.type in MENTIONS:
            return b.value
    return ""


def _is_by(token: Token) -> bool:
    """ "by", alone or ending a phrase ("designated by")."""
    return token.type == "BY" or token.value.lower().endswith(" by")


def _released(elements: Sequence[Element], index: int, end: int, resolve) -> tuple[Role, str, int]:
    """ "Nothing ... obliges the Supplier to": the first party named after it is released.

    Returns the role, the party's words, and where the negating words end.
    """
    core = elements[index]
    assert isinstance(core, Core)
    flat = [t for e in elements[index + 1 : end] for t in _tokens_of(e)]
    for t in flat:
        if t.type in MENTIONS or t.type == "PRONOUN":
            return resolve(t) or Role.OTHER, t.value, t.start_pos
    return Role.OTHER, "", core.end


def _modality(core: Core, role: Role, tokens: Sequence[Token]) -> tuple[Modality, bool]:
    form = core.form
    neither = core.subject is not None and core.subject.type == "NEITHER"
    if form == "obligation":
        return Modality.OBLIGATION, neither
    if form == "prohibition":
        if core.words[0].type == "MAY" and role in (Role.STATE, Role.BOTH) and not neither:
            return Modality.NEGATED, False  # "the Authority may not audit": no right
        return Modality.OBLIGATION, True
    if form == "right":
        if neither:
            return Modality.NEGATED, False
        return (Modality.PERMISSION if role is Role.COMPANY else Modality.RIGHT), False
    if form == "recommendation":
        return Modality.RECOMMENDATION, False
    if form == "best_efforts":
        return Modality.BEST_EFFORTS, False
    if form in ("negated", "disapplication", "nothing"):
        return Modality.NEGATED, False
    if form == "part_of":
        negative = tokens[0].type in ("NO", "NEITHER") or any(w.type == "NOT" for w in core.words)
        return (Modality.NEGATED if negative else Modality.STATEMENT), False
    return Modality.STATEMENT, False


def _qualifiers(plan: _Plan, span: Sequence[Element], index: int) -> list[tuple[str, Modality]]:
    """The words that weaken a clause, with the modality each one brings."""
    found: list[tuple[str, Modality]] = []
    elements = plan.elements
    core = elements[index]
    assert isinstance(core, Core)
    state_named = False  # "enabling the Agency to ... at its sole discretion": not ours
    before: Token | None = None
    for element in span:
        tokens = _tokens_of(element)
        for t in tokens:
            if t.type in ("STATE", "STATE_POSS") and t.start_pos > core.end:
                state_named = True
            if t.type == "PRACTICABLE":
                found.append((t.value, Modality.BEST_EFFORTS))
            elif (
                t.type == "DISCRETION"
                and not (
                    state_named and t.start_pos > core.end and _DISCRETION_OF_ITS.match(t.value)
                )
                and _judged_by_company(t, before)
            ):
                found.append((t.value, Modality.PERMISSION))
            before = t
    if index < _semi_after(elements, 0):
        # "Where practicable, the Contractor shall evaluate ... and shall document ...":
        # a qualifier that opens the sentence governs every clause up to a semicolon.
        first = next((i for i, e in enumerate(elements) if isinstance(e, Core)), index)
        spanned = {id(t) for e in span for t in _tokens_of(e)}
        for element in elements[:first]:
            if (
                isinstance(element, Marker)
                and element.token.type == "PRACTICABLE"
                and id(element.token) not in spanned
            ):
                found.append((element.token.value, Modality.BEST_EFFORTS))
    for dependent, governing in plan.dependent.items():
        if governing == index:
            inner = elements[dependent]
            if isinstance(inner, Core) and inner.form == "best_efforts":
                found.append((" ".join(w.value for w in inner.words), Modality.BEST_EFFORTS))
    if index in plan.weakened:
        found.append((plan.weakened[index], Modality.PERMISSION))
    return found


# "at its sole discretion" after the State's verb is the State's; "as it considers
# material", "if and when it considers appropriate" speak of the one bound.
_DISCRETION_OF_ITS = re.compile(r"(?:at|in)\s", re.IGNORECASE)


# "as Contractor considers appropriate": the judge is the party named just before; it
# weakens the duty only when that party is the company, never "as the Authority considers
# appropriate".
def _judged_by_company(discretion: Token, before: Token | None) -> bool:
    """Whether a discretion is the company's: always, unless it is the bare "considers
    appropriate" whose judge is named just before it and is not the company."""
    return not _JUDGES.match(discretion.value) or (before is not None and before.type == "COMPANY")


_JUDGES = re.compile(
    r"(?:considers?|deems?|thinks?|judges?)\s+(?:it\s+)?(?:appropriate|fit|necessary|suitable|desirable)$",
    re.IGNORECASE,
)


def _opening_token(span: Sequence[Element]) -> Token | None:
    """The first word of a clause after its leading conditions ("Notwithstanding Section
    8.1(k), no breach ..." opens with "no")."""
    for element in span:
        if isinstance(element, Condition) or _type(element) in BOUNDARY:
            continue
        tokens = _tokens_of(element)
        return tokens[0] if tokens else None
    return None


_CONSENT = re.compile(
    r"^(?:prior\s+)?(?:written\s+|express\s+)?(?:agreement|consent|approval|permission)\b", re.I
)


def _consent(full: Sequence[Token]) -> str:
    """ "with the Supplier's prior written agreement": the words, when the company's
    consent conditions the clause; "" otherwise."""
    for a, b, c in zip(full, full[1:], full[2:], strict=False):
        if (
            b.type == "COMPANY_POSS"
            and c.type == "WORDS"
            and _CONSENT.match(c.value)
            and a.value.lower().rstrip().endswith(("with", "subject to", "upon", "without"))
            and not a.value.lower().rstrip().endswith("without")
        ):
            return f"{a.value.split()[-1]} {b.value} {c.value.split()[0]} ..."
    return ""


def _semi_after(elements: Sequence[Element], start: int) -> int:
    return next(
        (i for i in range(start, len(elements)) if _type(elements[i]) == "SEMI"), len(elements)
    )


def _weakest(modality: Modality, qualifiers: Sequence[tuple[str, Modality]]) -> Modality:
    if modality in (Modality.NEGATED, Modality.STATEMENT) or not qualifiers:
        return modality
    candidates = [modality, *(m for _, m in qualifiers)]
    if modality is Modality.RIGHT:
        # A right the State may use at its discretion is still its right; only a
        # best-efforts or permission qualifier on a company duty weakens.
        return modality
    for weak in _PRECEDENCE:
        if weak in candidates:
            return weak
    return modality


def _derived(
    tokens: Sequence[Token],
    prohibitive: bool,
    role: Role,
    agent: Role | None,
    mentions: frozenset[Role],
) -> set[str]:
    """Concepts that come from the clause's structure rather than from one word."""
    derived = set()
    if any(
        t.type == "ENSURE_THAT" or (t.type == "UNDERTAKE" and VOUCHING.search(t.value))
        for t in tokens
    ):
        derived.add("ensure")
    if prohibitive:
        derived.add("prohibition")
    sides = {role, *mentions} | ({agent} if agent else set())
    if Role.STATE in sides or Role.BOTH in sides:
        derived.add("@state")
    if Role.COMPANY in sides or Role.BOTH in sides:
        derived.add("@company")
    return derived


_FROM = re.compile(r"^(?:(?:received|made|issued|sent)\s+)?(?:from|by|of)(?:\s+the\s+\w+)?$", re.I)


def _state_request(full: Sequence[Token]) -> bool:
    """ "requests from the Agency", "orders issued by the Ministry", "if requested by the
    Bank": a request of the State is a government request, though the party's name
    splits the phrase. So is "on the Department's request"."""
    for a, b in pairwise(full):
        if (
            a.type == "STATE_POSS"
            and b.type in ("REQUESTS", "INSTRUCTION")
            and b.value.lower().startswith(("request", "demand", "direction", "instruction"))
        ):
            return True
        if (
            a.type == "STATE"
            and b.type in ("REQUESTS", "INSTRUCTION")
            and b.value.lower().startswith(("requests", "demands", "asks"))
        ):
            return True  # "if the Ministry requests it"
    for a, b, c in zip(full, full[1:], full[2:], strict=False):
        if (
            a.type in ("REQUESTS", "INSTRUCTION")
            and a.value.lower().startswith(
                ("request", "demand", "order", "direction", "instruction")
            )
            and ((b.type == "WORDS" and _FROM.match(b.value)) or b.type == "BY")
            and c.type in ("STATE", "STATE_POSS", "PUBLIC_AUTHORITY")
        ):
            return True
    return False


def _group_end(elements: Sequence[Element], i: int, end: int) -> int:
    """Where the condition starting at element i ends (offset in the sentence)."""
    last = _end(elements[i])
    for j in range(i + 1, end):
        if _type(elements[j]) in BOUNDARY or isinstance(elements[j], Core):
            break
        last = _end(elements[j])
    return last


def _disapplied(
    text: str, core: Core, tokens: Sequence[Token], span: Sequence[Element] = ()
) -> tuple[str, ...]:
    """Clause labels a disapplication takes out: named before it ("Clause 14 shall not
    apply ...", "Section 7.03 is deleted"), or after it ("... replaces Section 7.03",
    "waives the application of Section 5.09"); or overridden by a negation that opens
    "Notwithstanding Section 8.1(k), no breach ... shall entitle ..." (reading rule 2)."""
    if core.form == "part_of":
        # "Paragraph 3 of Schedule 5 does not form part of this Agreement": the labels
        # before the words are taken out, as by "shall not apply".
        before = text[tokens[0].start_pos : core.words[0].start_pos]
        before = before[before.rfind(":") + 1 :]
        return _labels_in(before)
    if core.form != "disapplication":
        for element in span:
            if isinstance(element, Condition) and element.tokens[0].value.lower().startswith(
                "notwithstanding"
            ):
                words = text[element.start : element.end]
                return _labels_in(words)
        return ()
    last = core.words[-1]
    if last.type == "DISAPPLIES":
        after = text[last.end_pos : tokens[-1].end_pos]
        m = REFERENCE.search(after)
        return () if m is None else _with_listed(after, m)
    deleted = next((w for w in core.words if w.type == "DELETED"), None)
    if deleted is not None:
        # "Article 22(3) is suspended [and shall not be applied]": the token names the
        # clause it deletes.
        before = text[tokens[0].start_pos : deleted.end_pos]
    elif _deleted_just_before(text, core.words[0].start_pos):
        # "The provisions of Article 22(3) are suspended and shall not be applied": the
        # second verb repeats the first, which names the clause.
        before = text[: core.words[0].start_pos]
    else:
        before = text[tokens[0].start_pos : core.words[0].start_pos]
    # "Particular Conditions, Clause 4: Clause 31 ... shall be deemed deleted", "Clause
    # 40.2: Paragraph 6 of Schedule 2 shall not apply": the label before the colon is
    # where the disapplication stands, not what it takes out.
    before = before[before.rfind(":") + 1 :]
    # The labels must be what does not apply ("Clause 14 and Schedule 3 shall not
    # apply"), not where a thing is found ("the offset right under Section 3.22 shall
    # not apply to ..." disapplies the right, not the section).
    if _EMBEDDED.search(before):
        return ()
    return _labels_in(before)


_AND_AGAIN = re.compile(r"\s*,?\s*and(?:\s+(?:is|are|shall\s+be))?\s*", re.IGNORECASE)


def _deleted_just_before(text: str, core_start: int) -> bool:
    """Whether the grammar's own DELETED words ("Article 22(3) is suspended") end right
    before the core, joined to it by "and"."""
    return any(
        kind == "DELETED" and _AND_AGAIN.fullmatch(text, end, core_start)
        for _, end, kind in prefilter(frozenset()).scan(text, 0, core_start)
    )


def _labels_in(words: str) -> tuple[str, ...]:
    """Every clause label a text names, with the numbers listed after each; the schedule
    of "paragraph 6 of Schedule 2" is where the paragraph is, not a label of its own."""
    labels: list[str] = []
    position = 0
    for m in REFERENCE.finditer(words):
        if m.start() < position:
            continue
        labels += _with_listed(words, m)
        part = _OF_PART.match(words, m.end())
        position = part.end() if part is not None else m.end()
    return tuple(labels)


def _with_listed(text: str, m: re.Match[str]) -> tuple[str, ...]:
    """A reference with the numbers listed after it: "Sections 5.09 and 5.10" is two;
    "paragraph 6 of the Responsible Investment Annex" is paragraph 6 of the part so named
    ("paragraph 6@Responsible Investment Annex")."""
    unit = m.group(1)
    labels = [m.group(0).strip()]
    labels += [f"{item.group(1) or unit} {item.group(2)}" for item in listed(text, m.end())]
    part = _OF_PART.match(text, m.end())
    if part is not None:
        # "Paragraph 6 of Schedule 2": the paragraph numbered in that schedule, labelled
        # "Schedule 2, paragraph 6" as the structure stage labels it.
        return tuple(f"{part.group(1)} {part.group(2)}, {label}" for label in labels)
    named = _OF_NAMED.match(text, m.end())
    if named is not None and not REFERENCE.match(named.group(1)):
        labels = [f"{label}@{named.group(1)}" for label in labels]
    return tuple(labels)


_OF_PART = re.compile(
    rf"\s+(?:of|in|to)\s+(?:the\s+|this\s+)?({PART_UNITS})\s+(\d+|[A-Z]\b|[IVXLC]+\b)",
    re.IGNORECASE,
)
_OF_NAMED = re.compile(r"\s+(?:of|in)\s+(?:the\s+|this\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})")


_EMBEDDED = re.compile(
    r"\b(?:under|in|by|pursuant\s+to|(?<!provisions\s)(?<!terms\s)"
    r"(?<!requirements\s)(?<!obligations\s)of)\s+(?:this\s+|the\s+)?(?:clauses?|"
    r"sections?|articles?|paragraphs?|conditions?|schedules?|parts?)\b",
    re.IGNORECASE,
)
