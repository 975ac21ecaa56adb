"""Suggestions: model wording fitted to the contract in hand (names, numbering, place)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clausecheck._draft_fit import fitted_clause
from clausecheck._draft_layout import Numbering, to_text
from clausecheck.drafting import RULES, add_suggestions
from clausecheck.errors import DraftError
from clausecheck.model import (
    Block,
    BlockKind,
    Clause,
    Document,
    DocumentInfo,
    Evidence,
    Finding,
    Kind,
    Level,
    Location,
    Party,
    Region,
    Report,
    Role,
    Status,
)
from clausecheck.pipeline import read

DECIMAL = """\
AGREEMENT FOR THE SUPPLY OF BODY-WORN CAMERAS

THIS AGREEMENT is made on 2 May 2025 BETWEEN:

(1) THE POLICE SERVICE OF NORTH PROVINCE (the "Authority"); and

(2) OPTIVISTA SYSTEMS LTD, whose registered office is at 4 Dock Road (the "Contractor").

IT IS AGREED as follows:

1. DEFINITIONS

1.1 In this Agreement, "Goods" means the cameras described in Schedule 1.

2. SUPPLY

2.1 The Contractor shall supply the Goods.

2.2 The Authority shall pay for the Goods within 30 days.

3. INSTRUCTIONS

3.1 The Contractor shall disable any camera feature on the Authority's instruction.

4. GENERAL

4.1 This Agreement is governed by the laws of North Province.

SCHEDULE 1 - GOODS

1. Body-worn cameras, 400 units.
"""

ARTICLES = """\
LICENCE FOR THE PROVISION OF PUBLIC MOBILE SERVICES

THIS LICENCE is made on 1 June 2025

BETWEEN:

(1) THE COMMUNICATIONS REGULATORY AUTHORITY, of 2 Signal Street, Capital City (the
"Regulator"); and

(2) TELVORA NETWORKS LIMITED, a company incorporated in Ruritania ("Telvora").

IT IS AGREED as follows:

Article 1 - Grant

(1) The Regulator grants Telvora the right to operate the Network.

(2) Telvora shall pay the licence fee each year.

Article 2 - Term

(1) This Licence lasts fifteen years.
"""


def _document(tmp_path: Path, text: str):
    path = tmp_path / "contract.txt"
    path.write_text(text, encoding="utf-8")
    return read(path)


def _text(paragraphs) -> str:
    return to_text(paragraphs, Numbering(style="decimal", first=5)).rstrip("\n")


def _finding(rule: str, status: Status, label: str | None = None) -> Finding:
    evidence = ()
    if label:
        location = Location(block=0, label=label, heading=None, part="body", start=0, end=1)
        evidence = (Evidence(text="…", location=location),)
    level = Level.GUARDRAIL if rule.startswith("GR") else Level.REQUIRED
    return Finding(
        rule=rule, name=rule.lower(), level=level, status=status, reason="…", evidence=evidence
    )


def _report(kind: Kind, *findings: Finding) -> Report:
    info = DocumentInfo(path="contract.txt", format="txt", sha256="0")
    return Report(
        document=info, kind=kind, kind_detected=False, company=(), state=(), findings=findings
    )


def test_missing_rule_gets_a_new_clause_after_the_last_one_with_the_contracts_names(
    tmp_path: Path,
) -> None:
    report = _report(Kind.PROCUREMENT, _finding("OV3", Status.MISSING))
    suggestion = add_suggestions(report, _document(tmp_path, DECIMAL)).finding("OV3").suggestion
    lead, wording = suggestion.split("\n\n", 1)
    assert lead == "Add this wording as a new clause 5 after clause 4:"
    assert wording.startswith("5. HUMAN RIGHTS\n\n5.1 In this Clause 5, the following words")
    assert "5.2 The Contractor shall notify the Authority in writing" in wording


def test_weak_rule_points_at_the_clause_to_strengthen(tmp_path: Path) -> None:
    report = _report(Kind.PROCUREMENT, _finding("DD2", Status.WEAK, label="2.1"))
    suggestion = add_suggestions(report, _document(tmp_path, DECIMAL)).finding("DD2").suggestion
    assert suggestion.startswith(
        "Strengthen clause 2.1 to match this wording, or add it as a new clause 5 after clause 4:"
    )
    assert "The Contractor shall carry out Human Rights Due Diligence" in suggestion


def test_flagged_guardrail_carries_safeguards_for_the_clause_that_holds_the_term(
    tmp_path: Path,
) -> None:
    report = _report(Kind.PROCUREMENT, _finding("GR1", Status.FLAGGED, label="3.1"))
    suggestion = add_suggestions(report, _document(tmp_path, DECIMAL)).finding("GR1").suggestion
    assert suggestion.startswith(
        "Add this safeguard for the clause that holds the term "
        "(clause 3.1) as a new clause 5 after clause 4:"
    )
    assert "including any instruction under clause 3.1," in suggestion
    assert "authorised in advance by a court or other independent and impartial body" in suggestion


def test_met_and_clear_findings_get_no_suggestion(tmp_path: Path) -> None:
    report = _report(
        Kind.PROCUREMENT,
        _finding("DD1", Status.MET),
        _finding("GR2", Status.CLEAR),
        _finding("OV1", Status.MISSING),
    )
    fitted = add_suggestions(report, _document(tmp_path, DECIMAL))
    assert fitted.finding("DD1").suggestion is None
    assert fitted.finding("GR2").suggestion is None
    assert fitted.finding("OV1").suggestion is not None
    assert [f.rule for f in fitted.findings] == ["DD1", "GR2", "OV1"]


def test_article_numbering_and_a_proper_name_are_followed(tmp_path: Path) -> None:
    report = _report(Kind.LICENCE, _finding("OV6", Status.MISSING))
    suggestion = add_suggestions(report, _document(tmp_path, ARTICLES)).finding("OV6").suggestion
    assert suggestion.startswith("Add this wording as a new Article 3 after Article 2:")
    assert "Article 3 – Human Rights" in suggestion
    assert "(2) The Regulator may suspend, vary or revoke this Licence" in suggestion
    assert "(a) Telvora commits a serious breach" in suggestion


def test_contract_without_known_parties_gets_generic_names(tmp_path: Path) -> None:
    text = "SERVICES CONTRACT\n\n1. SERVICES\n\n1.1 The services are described in Annex A.\n"
    report = _report(Kind.SERVICE, _finding("TR1", Status.MISSING))
    suggestion = add_suggestions(report, _document(tmp_path, text)).finding("TR1").suggestion
    assert "the Provider shall give the Authority a written human rights report" in suggestion
    assert suggestion.startswith("Add this wording as a new clause 2 after clause 1:")


@pytest.mark.parametrize("status", [Status.WEAK, Status.MISSING])
def test_every_suggestion_is_plain_text_without_template_marks(
    tmp_path: Path, status: Status
) -> None:
    rules = [r for r in RULES if not r.startswith("GR")]
    report = _report(Kind.SERVICE, *(_finding(r, status, label="2.1") for r in rules))
    fitted = add_suggestions(report, _document(tmp_path, DECIMAL))
    for finding in fitted.findings:
        assert finding.suggestion and "{{" not in finding.suggestion
        assert not any(ord(ch) < 32 and ch != "\n" for ch in finding.suggestion)


def test_suggestions_name_the_subject_matter_as_the_contract_defines_it(tmp_path: Path) -> None:
    report = _report(Kind.PROCUREMENT, _finding("DD7", Status.MISSING))
    suggestion = add_suggestions(report, _document(tmp_path, DECIMAL)).finding("DD7").suggestion
    assert "build into the Goods, by design and by default" in suggestion
    assert "Deliverables" not in suggestion


# ---------------------------------------------------------------------------
# Suggestions adopted together make one clause (review L5)
# ---------------------------------------------------------------------------


def _wording(suggestion: str) -> list[str]:
    """The paragraphs a suggestion proposes, without its lead line, as written."""
    return [p.strip() for p in suggestion.split("\n\n")[1:]]


def _several(tmp_path: Path) -> Report:
    report = _report(
        Kind.PROCUREMENT,
        _finding("DD1", Status.MET),
        _finding("DD2", Status.WEAK, label="2.1"),
        _finding("DD5", Status.MISSING),
        _finding("OV3", Status.MISSING),
        _finding("TR1", Status.MISSING),
        _finding("GR1", Status.FLAGGED, label="3.1"),
    )
    return add_suggestions(report, _document(tmp_path, DECIMAL))


def test_suggestions_of_one_report_are_consecutive_parts_of_one_new_clause(
    tmp_path: Path,
) -> None:
    fitted = _several(tmp_path)
    rules = ["DD2", "DD5", "OV3", "TR1", "GR1"]
    parts = {rule: _wording(fitted.finding(rule).suggestion) for rule in rules}
    # Only the first part opens the clause: its heading and the definitions, once.
    assert parts["DD2"][:2] == ["5. HUMAN RIGHTS", parts["DD2"][1]]
    assert parts["DD2"][1].startswith("5.1 In this Clause 5, the following words")
    everything = [line for rule in rules for line in parts[rule]]
    assert sum(line.startswith('"Human Rights" means') for line in everything) == 1
    assert not any(line.startswith('"') for rule in rules[1:] for line in parts[rule])
    # The numbered paragraphs run 5.2, 5.3 ... across the suggestions, none twice.
    labels = [line.split(" ", 1)[0] for line in everything if re.match(r"5\.\d+ ", line)]
    assert labels == [f"5.{n}" for n in range(1, len(labels) + 1)]
    # Adopted together, they are exactly the clause drafted for all their rules at once.
    paragraphs, _ = fitted_clause(fitted, _document(tmp_path, DECIMAL), rules)
    assert everything == [p.strip() for p in _text(paragraphs).split("\n\n")]


def test_each_later_part_says_where_it_goes_and_which_shared_terms_it_uses(
    tmp_path: Path,
) -> None:
    fitted = _several(tmp_path)
    lead = fitted.finding("OV3").suggestion.split("\n\n", 1)[0]
    assert lead.startswith("Add this wording as clauses 5.6 and 5.7 of the new clause 5 after")
    assert "opens with the suggestion for DD2" in lead
    used = re.search(r"the terms it uses \((.*)\) are defined in clause 5\.1:$", lead)
    assert used, lead
    definitions = _wording(fitted.finding("DD2").suggestion)
    for term in re.split(r", | and ", used[1]):
        assert any(line.startswith(f'"{term}" means') for line in definitions), term
    weak = fitted.finding("DD2").suggestion.split("\n\n", 1)[0]
    assert weak.startswith(
        "Strengthen clause 2.1 to match this wording, or add it as clause 5.2 of a new "
        "clause 5 after clause 4. Clause 5 opens with the definitions in clause 5.1"
    )
    flagged = fitted.finding("GR1").suggestion
    assert flagged.startswith("Add this safeguard for the clause that holds the term (clause 3.1)")
    assert "including any instruction under clause 3.1," in flagged


def test_suggestions_adopted_together_make_their_rules_met(tmp_path: Path) -> None:
    import clausecheck

    path = tmp_path / "contract.txt"
    path.write_text(DECIMAL, encoding="utf-8")
    before = clausecheck.check(path)
    suggested = [f for f in before.findings if f.suggestion]
    assert len(suggested) > 2
    clause = "\n\n".join(line for f in suggested for line in f.suggestion.split("\n\n")[1:])
    changed = DECIMAL.replace("SCHEDULE 1 - GOODS", f"{clause}\n\nSCHEDULE 1 - GOODS")
    path.write_text(changed, encoding="utf-8")
    after = clausecheck.check(path, str(before.kind))
    for finding in suggested:
        assert after.finding(finding.rule).status is Status.MET, finding.rule


def test_a_word_redline_inserts_exactly_the_suggested_wording(tmp_path: Path) -> None:
    import clausecheck

    example = Path(__file__).resolve().parent.parent / "examples" / "procurement-draft.docx"
    report = clausecheck.check(example)
    out = tmp_path / "redlined.docx"
    report.annotate(example, out, redline=True)
    suggested = [
        f for f in report.findings if f.suggestion and f.status in (Status.WEAK, Status.MISSING)
    ]
    suggested.sort(key=lambda f: RULES.index(f.rule))
    expected = [line for f in suggested for line in _wording(f.suggestion)]
    redlined = read(out)
    shown = [f"{b.label} {b.text}" if b.label else b.text for b in redlined.blocks]
    first = shown.index(next(s for s in shown if s.casefold() == expected[0].casefold()))
    assert [s.casefold() for s in shown[first : first + len(expected)]] == [
        e.casefold() for e in expected
    ]


# ---------------------------------------------------------------------------
# Suggestions never fail or slow a check (review 8)
# ---------------------------------------------------------------------------


def _labelled(*labels: str, company: str = "Supplier") -> Document:
    """A contract of operative clauses with these labels, as structure() leaves it."""
    blocks = tuple(
        Block(index=i, text="The Supplier shall do things.", kind=BlockKind.PARAGRAPH)
        for i in range(len(labels))
    )
    clauses = tuple(
        Clause(block=i, label=label, own_label=label, heading=None, region=Region.OPERATIVE)
        for i, label in enumerate(labels)
    )
    return Document(
        path="numbered.txt",
        format="txt",
        sha256="0",
        blocks=blocks,
        clauses=clauses,
        parties=(Party(name=None, terms=(company,), role=Role.COMPANY),),
    )


def test_a_contract_numbered_beyond_999_gets_its_new_clause_number_left_blank() -> None:
    report = _report(Kind.PROCUREMENT, _finding("DD2", Status.MISSING))
    suggestion = add_suggestions(report, _labelled("998", "999.1", "1000")).finding("DD2")
    lead, wording = suggestion.suggestion.split("\n\n", 1)
    assert lead == "Add this wording as a new clause [●] after clause 1000:"
    assert wording.startswith("[●]. HUMAN RIGHTS\n\n[●].1 In this Clause [●], the following")


@pytest.mark.parametrize(
    "label",
    ["Section 99999999.01", "ARTICLE " + "M" * 100_000, "9" * 5000 + ".1", "Article 123456789"],
)
def test_absurd_clause_numbers_never_fail_or_bloat_a_suggestion(label: str) -> None:
    report = _report(Kind.PROCUREMENT, _finding("OV3", Status.MISSING))
    suggestion = add_suggestions(report, _labelled("1", label)).finding("OV3").suggestion
    assert suggestion and "The Supplier shall notify" in suggestion
    assert len(suggestion) < 5000


def test_a_party_name_a_word_file_cannot_hold_falls_back_to_the_generic_name() -> None:
    report = _report(Kind.PROCUREMENT, _finding("OV3", Status.MISSING))
    document = _labelled("1", "2", company="Acme\ufffe")
    suggestion = add_suggestions(report, document).finding("OV3").suggestion
    assert "The Supplier shall notify the Authority in writing" in suggestion
    assert "\ufffe" not in suggestion


def test_a_drafting_failure_is_a_warning_naming_the_contract_not_a_failed_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import clausecheck.drafting

    def broken(*args: object, **kwargs: object) -> None:
        raise DraftError("cannot render: boom", path="templates/clauses/OV3.j2")

    monkeypatch.setattr(clausecheck.drafting, "compose", broken)
    report = _report(Kind.PROCUREMENT, _finding("OV3", Status.MISSING))
    fitted = add_suggestions(report, _labelled("1"))
    assert fitted.finding("OV3").suggestion is None
    assert fitted.warnings == (
        "numbered.txt: no wording suggested: templates/clauses/OV3.j2: cannot render: boom",
    )


# ---------------------------------------------------------------------------
# State support that is a loan, and support that is not (review L2)
# ---------------------------------------------------------------------------


def _support(defined: str) -> str:
    return f"""GRANT AGREEMENT

THIS AGREEMENT is made on 2 May 2025 BETWEEN:

(1) THE NATIONAL DEVELOPMENT AGENCY (the "Agency"); and

(2) KESTREL NETWORKS LTD, whose registered office is at 4 Dock Road (the "Company").

IT IS AGREED as follows:

1. DEFINITIONS

1.1 In this Agreement, "{defined}" means the support described in Schedule 1, and
"Project" means the rural broadband project described in Schedule 2.

2. SUPPORT

2.1 The Agency shall provide the {defined} to the Company for the Project.
"""


@pytest.mark.parametrize(("defined", "is_loan"), [("Facility", True), ("Grant", False)])
def test_support_suggestions_accelerate_only_a_loan(
    tmp_path: Path, defined: str, is_loan: bool
) -> None:
    report = _report(Kind.SUPPORT, _finding("OV6", Status.MISSING))
    suggestion = add_suggestions(report, _document(tmp_path, _support(defined)))
    text = suggestion.finding("OV6").suggestion
    assert "may, by written notice to the Company, suspend or withdraw the Support" in text
    assert ("immediately due and payable" in text) is is_loan
    assert ("event of default" in text) is is_loan
