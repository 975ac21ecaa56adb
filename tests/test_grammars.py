"""Property tests of the provision grammar and of the checker built on it (Hypothesis).

Sentences are generated from ``grammars/provision.lark`` itself with
``hypothesis.extra.lark.from_lark``: a subject from the ``subject`` rule and a modal
complex from one of the modal rules (``obligation``, ``right``, ...), each terminal written
as a phrase a drafter uses. Reading the sentence back must give the subject's party and the
modal rule's modality. The other properties work on whole (small) contracts: "shall"
turned into "should" never raises a status, inserting a negation never turns missing into
met, renaming the company's defined term changes no status, and no input text makes the
checker fail with anything but a ClausecheckError.
"""

from __future__ import annotations

import os
import re
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.lark import from_lark
from lark import Lark, Token

from clausecheck import _tokens
from clausecheck._examples import example_document
from clausecheck.errors import ClausecheckError
from clausecheck.match import check_document
from clausecheck.model import Modality, Role, Status
from clausecheck.provisions import read_sentence
from clausecheck.rules import load_rules

# CLAUSECHECK_EXAMPLES=600 for a longer search than the suite's budget allows.
SETTINGS = settings(
    max_examples=int(os.environ.get("CLAUSECHECK_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# How a drafter writes each terminal the subject and modal rules use. Every phrase must
# lex back as its own terminal (test_phrases_lex_as_their_terminal checks it).
PHRASES: dict[str, tuple[str, ...]] = {
    "COMPANY": ("the Supplier", "The Contractor", "the Licensee"),
    "STATE": ("the Authority", "the Ministry"),
    "BOTH": ("each Party", "either party", "the Parties", "both Parties"),
    "NEITHER": ("neither Party",),
    "PRONOUN": ("it",),
    "SHALL": ("shall",),
    "MUST": ("must",),
    "WILL": ("will",),
    "SHOULD": ("should", "ought to"),
    "MAY": ("may",),
    "NOT": ("not",),
    "CANNOT": ("cannot", "can't"),
    "SURVIVES": ("shall survive", "will continue in full force and effect"),
    "NO": ("no",),
    "BE": ("be", "is"),
    "HAVE": ("have", "has"),
    "NEED": ("need",),
    "DOES": ("does",),
    "REQUIRED": ("required to", "obliged to", "bound to"),
    "RESPONSIBLE": ("responsible for",),
    "OBLIGATION_TO": ("an obligation to", "a duty to"),
    "NO_OBLIGATION": ("under no obligation to", "no duty to"),
    "ENTITLED": ("entitled to", "authorised to", "permitted to"),
    "RIGHT_TO": ("the right to", "a right to"),
    "RESERVES": ("reserves the right to",),
    "AGREE": ("agrees to",),
    "UNDERTAKE": ("undertakes to", "hereby undertakes to"),
    "COMMIT": ("commits to",),
    "PROHIBITED": ("prohibited from",),
    "NEVER_TO": ("undertakes never to", "agrees not to"),
    "ENCOURAGED": ("encouraged to", "expected to"),
    "EFFORTS": (
        "use reasonable efforts to",
        "use its best endeavours to",
        "use all reasonable endeavours to",
    ),
    "ENDEAVOUR": ("endeavour to", "strive to"),
    "WARRANT": ("warrants that",),
    "APPLY": ("apply",),
    "DISAPPLIED": ("is disapplied",),
    "NOTHING": ("Nothing in this Agreement",),
    "FORMS_PART": ("forms part of",),
}

# The modal rules of provision.lark and what each reads as with each kind of subject.
FORMS = ("obligation", "prohibition", "negated", "right", "recommendation", "best_efforts")
ACTION = "carry out human rights due diligence on the Services."


@cache
def grammar() -> Lark:
    """provision.lark with one start per rule tested (token types as its terminals)."""
    return Lark(
        _tokens.grammar_text(),
        parser="lalr",
        lexer="basic",
        start=["provision", "subject", *FORMS],
        import_paths=[_tokens._load_import],
        maybe_placeholders=False,
    )


@cache
def sentences(start: str) -> st.SearchStrategy[str]:
    """Strings the rule ``start`` derives, each terminal written as a drafter would (and
    wrapped in spaces, since from_lark joins terminals as they come)."""
    _terminals, rules, _ignore = grammar().grammar.compile([start], ())
    used = {t.name for r in rules for t in r.expansion if t.is_term}
    explicit = {name: st.sampled_from([f" {p} " for p in PHRASES[name]]) for name in used}
    return from_lark(grammar(), start=start, explicit=explicit).map(lambda s: " ".join(s.split()))


NAMES = _tokens.party_names(("Supplier", "Contractor", "Licensee"), ("Authority", "Ministry"))
SUBJECT_ROLE = {"COMPANY": Role.COMPANY, "STATE": Role.STATE, "BOTH": Role.BOTH}


def expected_modality(form: str, role: Role, modal: str) -> Modality:
    """The modality each modal rule reads as (docs/design/modality.md)."""
    if form == "prohibition" and modal.startswith("may") and role is not Role.COMPANY:
        return Modality.NEGATED  # "the Authority may not audit": the right is withheld
    if form in ("obligation", "prohibition"):
        return Modality.OBLIGATION
    if form == "right":
        return Modality.PERMISSION if role is Role.COMPANY else Modality.RIGHT
    return {
        "negated": Modality.NEGATED,
        "recommendation": Modality.RECOMMENDATION,
        "best_efforts": Modality.BEST_EFFORTS,
    }[form]


@pytest.mark.parametrize("name", sorted(PHRASES))
def test_phrases_lex_as_their_terminal(name: str) -> None:
    for phrase in PHRASES[name]:
        tokens = _tokens.tokenize(phrase, NAMES)
        assert [t.type for t in tokens if t.type != "WORDS"][:1] or name == "NOTHING"
        if name not in ("NOTHING", "DISAPPLIED", "BOTH", "NEITHER", "PRONOUN"):
            assert tokens[0].type == name, (phrase, tokens)


@SETTINGS
@given(data=st.data(), form=st.sampled_from(FORMS))
def test_generated_sentences_parse_back_to_their_subject_and_modality(
    data: st.DataObject, form: str
) -> None:
    subject = data.draw(sentences("subject"), label="subject")
    modal = data.draw(sentences(form), label="modal")
    sentence = f"{subject} {modal} {ACTION}"
    readings = read_sentence(sentence, NAMES)
    assert readings, sentence
    reading = readings[0]
    kind = _tokens.tokenize(subject, NAMES)[0].type
    if kind in SUBJECT_ROLE:  # ("neither Party shall" binds both sides not to act)
        role = SUBJECT_ROLE[kind]
        assert reading.role is role, sentence
        assert reading.modality is expected_modality(form, role, modal), sentence
        assert reading.prohibitive is (
            reading.modality is Modality.OBLIGATION and form == "prohibition"
        ), sentence


@SETTINGS
@given(
    types=st.lists(
        st.sampled_from(
            sorted({t.name for t in _tokens.parser().terminals} | {"COMPANY", "STATE", "WORDS"})
        ),
        max_size=40,
    )
)
def test_every_token_sequence_parses(types: list[str]) -> None:
    """The grammar accepts any token stream: unparseable text degrades, never fails."""
    tokens = [Token(t, "x", start_pos=i, end_pos=i + 1) for i, t in enumerate(types)]
    _tokens.parse(tokens)


# ---------------------------------------------------------------------------
# Properties of the checker on rulebook wording
# ---------------------------------------------------------------------------

RANK = {Status.MISSING: 0, Status.WEAK: 1, Status.MET: 2}
COMPANY_RULES = [r for r in load_rules() if r.bound == "company"]
EXAMPLES = [(r, e.text) for r in COMPANY_RULES for e in r.examples if e.status in ("met", "weak")]
MISSING = [
    (r, e.text)
    for r in load_rules()
    if r.bound != "guardrail"
    for e in r.examples
    if e.status == "missing"
]
_STRONG = re.compile(r"\b(shall|must|will)\b")
_MODAL = re.compile(r"\b(shall|must|will|may)\b")


def status(rule, text: str) -> Status:
    report = check_document(example_document(text), "service", select=(rule.id,))
    return report.findings[0].status if report.findings else Status.MISSING


@SETTINGS
@given(case=st.sampled_from(EXAMPLES), which=st.integers(min_value=0, max_value=3))
def test_should_for_shall_never_raises_a_status(case, which: int) -> None:
    rule, text = case
    matches = list(_STRONG.finditer(text))
    if not matches:
        return
    m = matches[which % len(matches)]
    softened = text[: m.start()] + "should" + text[m.end() :]
    assert RANK[status(rule, softened)] <= RANK[status(rule, text)], softened


@SETTINGS
@given(case=st.sampled_from(MISSING), which=st.integers(min_value=0, max_value=3))
def test_inserting_a_negation_never_turns_missing_into_met(case, which: int) -> None:
    rule, text = case
    if re.search(r"\b(?:not|no|nothing|neither)\b", text, re.I):
        return  # a second negation would cancel the first
    if status(rule, text) is not Status.MISSING:
        return
    matches = list(_MODAL.finditer(text))
    if not matches:
        return
    m = matches[which % len(matches)]
    negated = text[: m.end()] + " not" + text[m.end() :]
    assert status(rule, negated) is not Status.MET, negated


# A defined term nobody's lexicon knows: capitalised letters only, not a word any
# terminal of the grammar matches.
_LEXICON = re.compile("|".join(f"(?:{p})" for _n, p in _tokens.lexicon().words), re.I)
new_names = (
    st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=4, max_size=9)
    .map(lambda s: s.capitalize() + "o")
    .filter(lambda s: not _LEXICON.search(s))
)


@SETTINGS
@given(case=st.sampled_from(EXAMPLES), name=new_names)
def test_renaming_the_company_changes_no_status(case, name: str) -> None:
    rule, text = case
    if "Supplier" not in text:
        return
    before = check_document(example_document(text), "service", select=(rule.id,))
    renamed = example_document(
        text.replace("Supplier", name), company=(name,), state=("Authority",)
    )
    after = check_document(renamed, "service", select=(rule.id,))
    assert [f.status for f in after.findings] == [f.status for f in before.findings], name


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(max_size=400)
    | st.lists(
        st.sampled_from(
            [
                "shall",
                "not",
                "Supplier",
                "Authority",
                "human rights",
                ":",
                ";",
                "(a)",
                "Nothing",
                "Clause 14",
                "does not apply",
                "provided that",
                "may",
                "audit",
                "where",
                ",",
                ".",
                "\n",
                "terminate",
                "by",
            ]
        ),
        max_size=60,
    ).map(" ".join)
)
def test_arbitrary_text_never_fails(text: str) -> None:
    try:
        report = check_document(example_document(text), None)
    except ClausecheckError:
        return
    assert len(report.findings) > 0
