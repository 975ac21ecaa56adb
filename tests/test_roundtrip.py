"""Round trip: what clausecheck drafts is exactly what it asks for.

Wording drafted for a set of rules, inserted into a contract as a new clause (after the
last operative clause, numbered in the contract's own style, with the contract's own
party names), makes exactly those rules ``met`` when the contract is checked; a whole
schedule makes the verdict ``pass``. Base contracts: a neutral contract per kind written
here (no human-rights terms; its parties clause defines the generated names), the
bundled example ``examples/procurement-draft.txt``, and real contracts from CUAD.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clausecheck._draft_fit import contract_style
from clausecheck._draft_layout import to_text
from clausecheck.drafting import KINDS, NOT_CHECKED, RULES, compose, draft_text
from clausecheck.match import check_document
from clausecheck.model import Document, Region, Report, Status, Verdict
from clausecheck.pipeline import check, read

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "procurement-draft.txt"
GUARDRAILS = ("GR1", "GR2", "GR3")

# Drafted wording that carries another rule by necessity, as the catalogue reads it.
# DD3: a duty to keep human rights due diligence ongoing is a duty to carry it out (DD2).
IMPLIED: dict[str, tuple[str, ...]] = {"DD3": ("DD2",)}

ROUNDTRIP = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# ---------------------------------------------------------------------------
# Names and base contracts
# ---------------------------------------------------------------------------

companies = st.builds(
    "{} {} {}".format,
    st.sampled_from(["Acme", "Nordström", "Éclair", "O'Brien", "Zhōu", "Kestrel", "Δelta"]),
    st.sampled_from(
        ["&", "& Søn", "“Blue”", "[Data]", "{{ 7*7 }}", "{% raw %}", "{#", "d'Or", "#1", "<Labs>"]
    ),
    st.sampled_from(["Ltd", "SA", "GmbH", "plc"]),
)
states = st.builds(
    "{} of {}".format,
    st.sampled_from(["Ministry", "Agency", "Department"]),
    st.sampled_from(
        [
            "Health & Care",
            "Ports [Central]",
            "Roads (North)",
            "“Public” Roads",
            "Données Publiques",
            "Digital {{ 7*7 }} Affairs",
            "Ōsaka Affairs",
            "Roads",
        ]
    ),
)
_SUBJECT = {
    "procurement": (
        "AGREEMENT FOR THE SUPPLY OF A CASE MANAGEMENT SYSTEM",
        '"Deliverables" means the software, equipment and documentation described in Schedule 1.',
        "shall supply the Deliverables in accordance with Schedule 1.",
    ),
    "service": (
        "AGREEMENT FOR THE OPERATION OF THE ONLINE BENEFITS SERVICE",
        '"Services" means the online benefits service described in Schedule 1, '
        "delivered to members of the public.",
        "shall provide the Services in accordance with Schedule 1.",
    ),
    "licence": (
        "LICENCE TO OPERATE A PUBLIC MOBILE NETWORK",
        '"Network" means the public mobile network described in Schedule 1, and '
        '"Licensed Services" means the mobile services provided over it.',
        "shall roll out the Network in accordance with Schedule 1.",
    ),
    "support": (
        "FACILITY AGREEMENT",
        '"Facility" means the term loan made available under this Agreement, and '
        '"Project" means the data-centre project described in Schedule 1.',
        "shall apply the Facility only to the Project.",
    ),
}


def neutral_contract(
    kind: str, company: str, state: str, inserted: str = "", schedule: str = ""
) -> str:
    """A short contract of the kind with no human-rights terms; clause 6 is free."""
    title, definition, duty = _SUBJECT[kind]
    return f"""{title}

THIS AGREEMENT is made on 3 March 2025

BETWEEN:

(1) THE {state.upper()}, of 1 Government Square, Capital City (the "{state}"); and

(2) {company.upper()}, a company incorporated in Ruritania, whose registered office is at 9 Quay
Street, Port Town ("{company}").

IT IS AGREED as follows:

1. DEFINITIONS

1.1 In this Agreement, {definition}

1.2 The Schedules form part of this Agreement.

2. PERFORMANCE

2.1 {company} {duty}

3. PAYMENT

3.1 Amounts due under this Agreement are payable within 30 days after receipt of an invoice.

4. CONFIDENTIALITY

4.1 Each Party shall keep confidential the confidential information of the other Party.

5. GOVERNING LAW

5.1 This Agreement is governed by the laws of Ruritania.

{inserted}
SIGNED by the Parties on the date above.

SCHEDULE 1 – DESCRIPTION

1. The subject matter of this Agreement is as described in the tender documents.

{schedule}"""


def _write(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return path


def _check(path: Path, kind: str) -> Report:
    return check_document(read(path), kind)


def _statuses(report: Report) -> dict[str, Status]:
    return {f.rule: f.status for f in report.findings}


def _expected_met(base: dict[str, Status], rules: Iterable[str]) -> set[str]:
    drafted = {r for r in rules if r not in GUARDRAILS}
    drafted |= {implied for r in drafted for implied in IMPLIED.get(r, ())}
    return {r for r, s in base.items() if s is Status.MET} | drafted


def _assert_round_trip(base: dict[str, Status], after: Report, rules: Iterable[str]) -> None:
    """Exactly the drafted rules become met; no guardrail changes. (Whether a rule the
    wording does not draft moves from missing to weak is not claimed: the checker may
    read a neighbouring duty as a weak form of it.)"""
    rules = tuple(rules)
    statuses = _statuses(after)
    met = {r for r, s in statuses.items() if s is Status.MET}
    expected = _expected_met(base, rules)
    assert met == expected, _explain(after)
    for rule in GUARDRAILS:
        assert statuses[rule] is base[rule], _explain(after)


def _explain(report: Report) -> str:
    return "\n".join(f"{f.rule} {f.status}: {f.reason}" for f in report.findings)


def rule_sets(kind: str) -> st.SearchStrategy[tuple[str, ...]]:
    checked = [r for r in RULES if r not in NOT_CHECKED.get(kind, ())]
    return st.lists(st.sampled_from(checked), min_size=1, max_size=6, unique=True).map(tuple)


@st.composite
def drafts(draw: st.DrawFn) -> tuple[str, str, str, tuple[str, ...]]:
    kind = draw(st.sampled_from(KINDS))
    return kind, draw(companies), draw(states), draw(rule_sets(kind))


def _new_clause(kind: str, company: str, state: str, rules: Iterable[str], document) -> str:
    """The drafted clause, fitted to ``document`` as suggestions are: numbered as its next
    free clause, naming the subject matter as it defines it."""
    style = contract_style(document, kind)
    paragraphs, numbering = compose(
        kind,
        company=company,
        state=state,
        rules=list(rules),
        numbering=style.numbering,
        clause_number=style.next_number,
        subject_matter=style.subject_matter,
        loan=style.loan,
    )
    return to_text(paragraphs, numbering)


# ---------------------------------------------------------------------------
# The neutral contract, any kind, any names, any rules
# ---------------------------------------------------------------------------


@ROUNDTRIP
@given(draft=drafts())
def test_drafted_clauses_make_exactly_their_rules_met(tmp_path_factory, draft) -> None:
    kind, company, state, rules = draft
    tmp = tmp_path_factory.mktemp("neutral")
    base_path = _write(tmp, "base.txt", neutral_contract(kind, company, state))
    base_doc = read(base_path)
    base = _statuses(check_document(base_doc, kind))
    assert not {r for r, s in base.items() if s is Status.MET}  # the base is neutral
    clause = _new_clause(kind, company, state, rules, base_doc)
    after = _check(_write(tmp, "after.txt", neutral_contract(kind, company, state, clause)), kind)
    _assert_round_trip(base, after, rules)


@pytest.mark.parametrize("kind", KINDS)
def test_a_full_schedule_makes_the_verdict_pass(tmp_path: Path, kind: str) -> None:
    company, state = "Kestrel & Søn “Data” plc", "Ministry of Digital {{ 7*7 }} Affairs"
    schedule = draft_text(kind, company=company, state=state, schedule_number="2")
    after = _check(
        _write(tmp_path, "c.txt", neutral_contract(kind, company, state, schedule=schedule)), kind
    )
    assert after.verdict is Verdict.PASS, _explain(after)
    assert all(f.status in (Status.MET, Status.CLEAR) for f in after.findings)


# ---------------------------------------------------------------------------
# The bundled example and real contracts
# ---------------------------------------------------------------------------


def _insert_before_signature(text: str, clause: str, marker: str) -> str:
    at = text.index(marker)
    return f"{text[:at]}{clause}\n{text[at:]}"


@dataclass(frozen=True)
class Base:
    """A base contract read and checked once; its repr stays short in failure reports."""

    path: Path
    document: Document = field(repr=False)
    statuses: dict[str, Status] = field(repr=False)
    parties: tuple[tuple[str, ...], tuple[str, ...]] = field(repr=False)


@cache
def _base(path: Path, kind: str) -> Base:
    document = read(path)
    report = check_document(document, kind)
    return Base(
        path=path,
        document=document,
        statuses=_statuses(report),
        parties=(report.company, report.state),
    )


@ROUNDTRIP
@given(rules=rule_sets("procurement"))
def test_drafted_clauses_inserted_in_the_bundled_example(tmp_path_factory, rules) -> None:
    base = _base(EXAMPLE, "procurement")
    clause = _new_clause("procurement", "the Supplier", "the Ministry", rules, base.document)
    assert clause.startswith("24. HUMAN RIGHTS")
    text = EXAMPLE.read_text(encoding="utf-8")
    changed = _insert_before_signature(text, clause, "Signed for and on behalf of the Ministry")
    after = _check(_write(tmp_path_factory.mktemp("example"), "after.txt", changed), "procurement")
    _assert_round_trip(base.statuses, after, rules)


# Real contracts whose parties the checker sorts into a company and a State-like
# customer (most CUAD contracts are between two companies, and it sorts neither).
CUAD = (
    "Freecook_20180605_S-1_EX-10.3_11233807_EX-10.3_Hosting_Agreement.txt",
    "KUBIENT_INC_07_02_2020-EX-10.14-MASTER_SERVICES_AGREEMENT_Part1.txt",
)


@pytest.mark.parametrize("name", CUAD)
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(rules=rule_sets("service"))
def test_drafted_clauses_inserted_in_real_contracts(
    tmp_path_factory, corpus: Path, name: str, rules
) -> None:
    base = _base(corpus / "real" / "cuad" / name, "service")
    assert all(base.parties), f"{name}: the checker tells no company and State apart"
    style = contract_style(base.document, "service")
    clause = _new_clause("service", style.company, style.state, rules, base.document)
    clauses = base.document.clauses
    last = base.document.blocks[
        max(i for i, c in enumerate(clauses) if c.region is Region.OPERATIVE)
    ]
    end_line = max((line for _, line, _ in last.source_lines), default=last.line or 0)
    lines = base.path.read_text(encoding="utf-8").splitlines(keepends=True)
    changed = "".join(lines[:end_line]) + "\n" + clause + "\n" + "".join(lines[end_line:])
    after = _check(_write(tmp_path_factory.mktemp("cuad"), name, changed), "service")
    _assert_round_trip(base.statuses, after, rules)


# ---------------------------------------------------------------------------
# Through Word
# ---------------------------------------------------------------------------


def _with_parties(
    docx_bytes: bytes, kind: str, company: str, state: str, *, schedule: bool
) -> bytes:
    """The drafted Word file in a contract: title, parties and two clauses before it, and
    the signature line before a schedule or after a clause."""
    from docx import Document as WordDocument

    word = WordDocument(io.BytesIO(docx_bytes))
    first = word.paragraphs[0]
    title, definition, duty = _SUBJECT[kind]
    preamble = [
        (title, "Title"),
        ("THIS AGREEMENT is made on 3 March 2025", None),
        ("BETWEEN:", None),
        (
            f'(1) THE {state.upper()}, of 1 Government Square, Capital City (the "{state}"); and',
            None,
        ),
        (
            f"(2) {company.upper()}, a company incorporated in Ruritania, whose registered office "
            f'is at 9 Quay Street, Port Town ("{company}").',
            None,
        ),
        ("IT IS AGREED as follows:", None),
        ("1. DEFINITIONS", "Heading 1"),
        (f"1.1 In this Agreement, {definition}", None),
        ("1.2 The Schedules form part of this Agreement.", None),
        ("2. PERFORMANCE", "Heading 1"),
        (f"2.1 {company} {duty}", None),
    ]
    signature = "SIGNED by the Parties on the date above."
    for text, style in preamble:
        first.insert_paragraph_before(text, style=style)
    if schedule:
        first.insert_paragraph_before(signature)
    else:
        word.add_paragraph(signature)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


@pytest.mark.parametrize("kind", KINDS)
def test_a_drafted_word_schedule_checks_as_pass(tmp_path: Path, kind: str) -> None:
    company, state = "Nordström & Co", "Agency of Ports [Central]"
    data = draft_text(kind, company=company, state=state, format="docx", schedule_number="1")
    path = tmp_path / "contract.docx"
    path.write_bytes(_with_parties(data, kind, company, state, schedule=True))
    report = check(path, kind)
    assert report.verdict is Verdict.PASS, _explain(report)


def test_a_drafted_word_clause_makes_its_rules_met(tmp_path: Path) -> None:
    rules = ("DD2", "OV1", "OV6", "TR2")
    data = draft_text(
        "licence",
        company="Telvora Networks Ltd",
        state="Regulator",
        format="docx",
        rules=rules,
        clause_number=3,
    )
    path = tmp_path / "contract.docx"
    path.write_bytes(
        _with_parties(data, "licence", "Telvora Networks Ltd", "Regulator", schedule=False)
    )
    report = check(path, "licence")
    assert {f.rule for f in report.findings if f.status is Status.MET} == set(rules)
    assert report.finding("OV3").suggestion is not None  # suggestions ride along on check()


# ---------------------------------------------------------------------------
# One rule at a time: the wording for a rule carries that rule and no other
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "rule"),
    [(kind, rule) for kind in KINDS for rule in RULES if rule not in NOT_CHECKED.get(kind, ())],
)
def test_drafted_wording_for_one_rule_meets_that_rule_and_no_other(
    tmp_path: Path, kind: str, rule: str
) -> None:
    """Drafting rule X alone makes exactly {X} and what X implies met; wording for a
    guardrail makes no rule met and leaves every guardrail clear."""
    company, state = "Kestrel Data Ltd", "Ministry of Roads"
    base = neutral_contract(kind, company, state)
    clause = _new_clause(kind, company, state, [rule], read(_write(tmp_path, "base.txt", base)))
    after = _check(
        _write(tmp_path, "after.txt", neutral_contract(kind, company, state, clause)), kind
    )
    met = {f.rule for f in after.findings if f.status is Status.MET}
    expected = set() if rule in GUARDRAILS else {rule, *IMPLIED.get(rule, ())}
    assert met == expected, _explain(after)
    assert all(after.finding(g).status is Status.CLEAR for g in GUARDRAILS), _explain(after)


# Names that other stages once missed (a company name with parentheses, which the party
# finder in structure.py did not take as one name).
@pytest.mark.parametrize(
    ("company", "state", "rules"),
    [("Acme (Holdings) Ltd", "Ministry of Roads", ("DD1", "OV1"))],
)
def test_drafted_clauses_round_trip_with_names_other_stages_miss(
    tmp_path: Path, company: str, state: str, rules: tuple[str, ...]
) -> None:
    base = read(_write(tmp_path, "base.txt", neutral_contract("service", company, state)))
    clause = _new_clause("service", company, state, rules, base)
    after = _check(
        _write(tmp_path, "after.txt", neutral_contract("service", company, state, clause)),
        "service",
    )
    assert all(after.finding(rule).status is Status.MET for rule in rules), _explain(after)
