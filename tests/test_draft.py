"""Drafting: what the model wording says, how it is numbered, and that names stay values."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from clausecheck._draft_layout import MARK, REF, Kind
from clausecheck._resources import resource_dir
from clausecheck.drafting import (
    KINDS,
    NOT_CHECKED,
    RULES,
    SCHEDULE_OMITS,
    compose,
    draft_text,
    environment,
)
from clausecheck.errors import UsageError
from clausecheck.pipeline import read

SUPPLIER, AUTHORITY = "the Supplier", "the Authority"


def applicable(kind: str) -> tuple[str, ...]:
    return tuple(r for r in RULES if r not in NOT_CHECKED.get(kind, ()))


def anchors(paragraphs) -> dict[str, object]:
    return {p.anchor: p for p in paragraphs if p.anchor and p.kind is not Kind.ENTRY}


# ---------------------------------------------------------------------------
# The environment and the templates
# ---------------------------------------------------------------------------


def test_environment_is_sandboxed_strict_and_built_once() -> None:
    env = environment()
    assert isinstance(env, ImmutableSandboxedEnvironment)
    assert env.undefined is StrictUndefined
    assert env.trim_blocks and env.lstrip_blocks and env.keep_trailing_newline
    assert environment() is env


@pytest.mark.parametrize("rule", RULES)
def test_every_rule_has_a_template_whose_header_names_rule_ungps_and_variables(rule: str) -> None:
    source = (resource_dir("templates") / "clauses" / f"{rule}.j2").read_text("utf-8")
    header = source.split("-#}", 1)[0]
    assert header.startswith("{#-")
    assert rule in header and "UNGP" in header and "Variables (draft.ClauseTerms)" in header


@pytest.mark.parametrize("kind", KINDS)
def test_schedule_holds_the_wording_of_every_rule_checked_for_its_kind(kind: str) -> None:
    paragraphs, _ = compose(kind, company=SUPPLIER, state=AUTHORITY)
    drafted = {a for a in anchors(paragraphs) if a in RULES}
    assert drafted == set(applicable(kind)) - set(SCHEDULE_OMITS.get(kind, ()))


@pytest.mark.parametrize("kind", KINDS)
def test_schedule_defines_its_terms_and_cites_its_own_paragraph_numbers(kind: str) -> None:
    paragraphs, _ = compose(kind, company=SUPPLIER, state=AUTHORITY, schedule_number="7")
    assert paragraphs[0].kind is Kind.TITLE and paragraphs[0].text == "Schedule 7 – Human Rights"
    terms = {p.anchor for p in paragraphs if p.kind is Kind.ENTRY}
    assert {
        "Human Rights",
        "Human Rights Due Diligence",
        "Adverse Human Rights Impact",
        "Affected Persons",
        "Independent Monitor",
        "Grievance Mechanism",
        "Remediation Plan",
    } <= terms
    plan = anchors(paragraphs)["OV4-plan"]
    definition = next(p.text for p in paragraphs if p.anchor == "Remediation Plan")
    assert definition.endswith(f"under paragraph {plan.label}.")
    assert "OV4" not in definition
    for p in paragraphs:
        assert MARK not in p.text and REF not in p.text


def test_paragraph_numbers_follow_headings_items_and_subitems() -> None:
    paragraphs, _ = compose("service", company=SUPPLIER, state=AUTHORITY)
    labels = [p.label for p in paragraphs if p.label]
    assert labels[:3] == ["1.", "1.1", "1.2"]
    assert "3.2(b)" not in labels  # items are labelled on their own: "(b)", cited in full
    dd3 = anchors(paragraphs)["DD3"]
    following = paragraphs[paragraphs.index(dd3) + 1 : paragraphs.index(dd3) + 4]
    assert [p.label for p in following] == ["(a)", "(b)", "(i)"]


def test_a_clause_for_some_rules_keeps_only_the_definitions_it_uses() -> None:
    without_plan, _ = compose("procurement", company=SUPPLIER, state=AUTHORITY, rules=["OV6"])
    with_plan, _ = compose("procurement", company=SUPPLIER, state=AUTHORITY, rules=["OV4", "OV6"])
    terms = {p.anchor for p in without_plan if p.kind is Kind.ENTRY}
    assert "Remediation Plan" not in terms and "Grievance Mechanism" not in terms
    assert "Human Rights" in terms and "Adverse Human Rights Impact" in terms
    assert "Remediation Plan" in {p.anchor for p in with_plan if p.kind is Kind.ENTRY}
    # OV6 refers to the Remediation Plan only when OV4 is drafted with it.
    assert "Remediation Plan" not in anchors(without_plan)["OV6"].text + "".join(
        p.text for p in without_plan if p.kind is Kind.ITEM
    )


@pytest.mark.parametrize(
    ("numbering", "heading", "first", "citation"),
    [
        ("decimal", "27. HUMAN RIGHTS", "27.1 ", "clause 27.3"),
        ("clause", "Clause 27 – HUMAN RIGHTS", "27.1 ", "Clause 27.3"),
        ("article", "Article 27 – Human Rights", "(1) ", "Article 27(3)"),
        ("section", "ARTICLE XXVII – HUMAN RIGHTS", "Section 27.01 ", "Section 27.03"),
    ],
)
def test_clauses_take_the_numbering_style_asked_for(
    numbering: str, heading: str, first: str, citation: str
) -> None:
    text = draft_text(
        "service",
        company=SUPPLIER,
        state=AUTHORITY,
        rules=["OV4", "OV6"],
        numbering=numbering,
        clause_number=27,
    )
    blocks = text.split("\n\n")
    assert blocks[0] == heading
    assert blocks[1].startswith(first)
    assert f"as required by {citation}." in text  # OV6 cites the Remediation Plan paragraph


def test_options_change_the_wording() -> None:
    def text(**options: object) -> str:
        return draft_text(
            "licence",
            company="the Licensee",
            state="the Regulator",
            rules=["DD1", "OV2", "OV3", "OV4", "TR1"],
            **options,
        )

    default = text()
    assert "within 72 hours after becoming aware" in default
    assert "within 5 days after becoming aware" in text(notice_days=5)
    assert "within 1 hour after" in text(notice_hours=1)
    quarterly = text(reporting="quarterly")
    assert "At least once every three months, the Licensee shall give" in quarterly
    assert "The Regulator and the Licensee shall appoint the Independent Monitor jointly" in text(
        monitor_appointed_by="jointly"
    )
    assert "with the prior written approval of the Regulator" in text(
        monitor_appointed_by="company"
    )
    assert "Within 14 days after becoming aware" in text(remediation_days=14)
    platform = draft_text("procurement", rules=["DD7"], subject_matter="the Platform")
    assert "build into the Platform, by design" in platform and "Deliverables" not in platform
    narrow = text(standards="ungps")
    assert "consistently with the UNGPs." in narrow and "OECD" not in narrow
    assert "Universal Declaration" not in narrow and "ILO" not in narrow


def test_guardrail_safeguards_name_the_clause_they_attach_to() -> None:
    text = draft_text(
        "licence",
        company="the Licensee",
        state="the Regulator",
        rules=["GR1", "GR2", "GR3"],
        target_clause="clause 14.2",
    )
    assert "including any instruction under clause 14.2," in text
    assert "(including access under clause 14.2)" in text
    assert "(including clause 14.2)" in text
    for safeguard in (
        "in writing",
        "legality",
        "legitimacy",
        "necessity and proportionality",
        "authorised in advance by a court",
        "inform the users affected",
        "in aggregate",
    ):
        assert safeguard in text


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: draft_text("lease"), "unknown contract kind 'lease'"),
        (lambda: draft_text("service", rules=["DD9"]), "unknown rule DD9"),
        (lambda: draft_text("service", rules=[]), "no rule to draft"),
        (lambda: draft_text("licence", rules=["DD8"]), "DD8 is not checked for licence"),
        (lambda: draft_text("support", rules=["TR2", "DD1"]), "TR2 is not checked for support"),
        (lambda: draft_text("service", format="pdf"), "unknown draft format 'pdf'"),
        (lambda: draft_text("service", colour="red"), "unknown drafting option colour"),
        (lambda: draft_text("service", numbering="article"), "apply to clauses drafted"),
        (lambda: draft_text("service", rules=["DD1"], schedule_number="3"), "whole schedule"),
        (lambda: draft_text("service", notice_days=2, notice_hours=2), "not both"),
        (lambda: draft_text("service", notice_days=0), "between 1 and 90"),
        (lambda: draft_text("service", reporting="weekly"), "unknown reporting 'weekly'"),
        (lambda: draft_text("service", standards="ungps,iso"), "unknown standard iso"),
        (lambda: draft_text("service", company="  "), "the company name is empty"),
        (lambda: draft_text("service", state="A\x00B"), "control character"),
        (lambda: draft_text("service", company="x" * 201), "longer than 200"),
    ],
)
def test_bad_requests_are_usage_errors_that_say_what_is_wrong(call, message: str) -> None:
    with pytest.raises(UsageError, match=re.escape(message)):
        call()


def test_public_draft_still_works_after_the_drafting_module_is_imported() -> None:
    import clausecheck.drafting  # a submodule import must not rebind the public name

    assert clausecheck.draft(
        "support", company="the Borrower", state="the Bank", rules=["OV6"]
    ) == draft_text("support", company="the Borrower", state="the Bank", rules=["OV6"])


def test_public_bodies_take_the_article_and_defined_terms_are_kept_as_written() -> None:
    text = draft_text(
        "service", company="Acme Analytics Ltd", state="Ministry of Health", rules=["OV1"]
    )
    assert "The Ministry of Health, and any auditor" in text
    assert "Acme Analytics Ltd's compliance" in text
    bare = draft_text("service", company="Provider", state="Authority", rules=["OV1"])
    assert "Authority, and any auditor or other person it appoints, may audit" in bare


# ---------------------------------------------------------------------------
# Names are values, never template source
# ---------------------------------------------------------------------------

TEMPLATE_SYNTAX = [
    "{{ 7*7 }}",
    "{% raw %}",
    "{# x #}",
    "{{ company }}",
    "{%- endif %}",
    "${7*7}",
    "}}{{",
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("syntax", TEMPLATE_SYNTAX)
def test_template_syntax_in_a_name_comes_out_literally(kind: str, syntax: str) -> None:
    company, state = f"Acme {syntax} Ltd", f"Agency {syntax}"
    text = draft_text(kind, company=company, state=state)
    assert f"{company} shall respect Human Rights" in text
    assert state in text
    assert "49" not in text


def test_seven_times_seven_never_becomes_49_in_any_format() -> None:
    name = "{{ 7*7 }}"
    text = draft_text("licence", company=name, state=name)
    markdown = draft_text("licence", company=name, state=name, format="markdown")
    word = draft_text("licence", company=name, state=name, format="docx")
    xml = zipfile.ZipFile(io.BytesIO(word)).read("word/document.xml").decode()
    assert "{{ 7*7 }} shall respect" in text and "49" not in text
    assert "{{ 7\\*7 }} shall respect" in markdown and "49" not in markdown
    assert "{{ 7*7 }} shall respect" in xml and ">49<" not in xml


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    company=st.text(
        st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Zl", "Zp")), min_size=1, max_size=40
    ).filter(lambda s: s.strip()),
    kind=st.sampled_from(KINDS),
    rule=st.sampled_from(("DD1", "OV1", "OV3", "OV6")),
)
def test_any_printable_name_is_written_exactly_as_given(company: str, kind: str, rule: str) -> None:
    name = " ".join(company.split(" ")).strip(" ")
    name = re.sub(" +", " ", name)
    text = draft_text(kind, company=name, state="the Authority", rules=[rule])
    assert name in text
    assert MARK not in text and REF not in text


# ---------------------------------------------------------------------------
# Formats
# ---------------------------------------------------------------------------


def test_markdown_escapes_what_would_change_the_markup_in_names() -> None:
    markdown = draft_text(
        "service",
        company="*Acme* [Data] & <Co> #1",
        state="the Authority",
        rules=["DD1"],
        format="markdown",
    )
    assert "\\*Acme\\* \\[Data\\] \\& \\<Co\\> \\#1 shall respect Human Rights" in markdown
    assert markdown.startswith("### 1. Human Rights\n\n1.1 In this Clause 1,")


def test_plain_text_writes_names_unescaped() -> None:
    text = draft_text(
        "service", company="*Acme* [Data] & <Co>", state="the Authority", rules=["DD1"]
    )
    assert "*Acme* [Data] & <Co> shall respect Human Rights" in text


def test_word_output_has_heading_styles_and_automatic_numbering() -> None:
    from docx import Document

    data = draft_text(
        "support", company="the Borrower", state="the Lender", format="docx", schedule_number="4"
    )
    word = Document(io.BytesIO(data))
    styles = [p.style.name for p in word.paragraphs]
    assert styles[0] == "Heading 1" and word.paragraphs[0].text == "Schedule 4 – Human Rights"
    assert styles.count("Heading 2") == 12
    numbered = [p for p in word.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    levels = {p._p.pPr.numPr.ilvl.val for p in numbered}
    assert levels == {0, 1, 2, 3}
    numbering = word.part.numbering_part.element.xml
    assert 'w:val="%1.%2"' in numbering and 'w:val="(%3)"' in numbering


def test_word_numbering_reads_back_as_the_labels_the_text_cites(tmp_path) -> None:
    data = draft_text(
        "procurement",
        company=SUPPLIER,
        state=AUTHORITY,
        format="docx",
        rules=["OV4", "OV6"],
        clause_number=12,
    )
    path = tmp_path / "clause.docx"
    path.write_bytes(data)
    document = read(path)
    labels = [c.label for c in document.clauses if c.label]
    text = draft_text(
        "procurement", company=SUPPLIER, state=AUTHORITY, rules=["OV4", "OV6"], clause_number=12
    )
    assert "12.3" in labels and "12.3(b)" in labels
    assert "as required by clause 12.3." in text


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


def test_cli_prints_a_schedule_for_the_kind_and_names(run_cli) -> None:
    code, out, err = run_cli(
        "draft",
        "--kind",
        "service",
        "--company",
        "Acme Analytics Ltd",
        "--state",
        "Ministry of Health",
    )
    assert code == 0 and err == ""
    assert out.startswith("HUMAN RIGHTS SCHEDULE\n\n1. APPLICATION AND INTERPRETATION")
    assert "Acme Analytics Ltd shall respect Human Rights" in out
    assert "The Ministry of Health may terminate this Agreement" in out


def test_cli_drafts_chosen_rules_with_options(run_cli) -> None:
    code, out, _ = run_cli(
        "draft",
        "--kind",
        "licence",
        "--rules",
        "ov3,OV6",
        "--notice-days",
        "2",
        "--numbering",
        "article",
        "--clause-number",
        "31",
    )
    assert code == 0
    assert out.startswith("Article 31 – Human Rights")
    assert "within 2 days after becoming aware" in out
    assert "may suspend, vary or revoke this Licence" in out


def test_cli_writes_word_output_to_a_file(run_cli, tmp_path) -> None:
    target = tmp_path / "schedule.docx"
    code, out, _ = run_cli("draft", "--kind", "procurement", "--format", "docx", "-o", str(target))
    assert code == 0 and out == ""
    assert zipfile.is_zipfile(target)
    assert [p.name for p in tmp_path.iterdir()] == ["schedule.docx"]  # no temporary left


def test_cli_refuses_to_write_word_bytes_to_a_terminal(run_cli, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    code, out, err = run_cli("draft", "--kind", "procurement", "--format", "docx")
    assert code == 2 and out == ""
    assert err.startswith("clausecheck: will not write a Word file to the terminal; add -o")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--kind", "licence", "--rules", "DD8"), "DD8 is not checked for licence contracts"),
        (("--kind", "service", "--company", ""), "the company name is empty"),
        (("--kind", "service", "--numbering", "article"), "apply to clauses drafted"),
    ],
)
def test_cli_reports_bad_requests_on_one_line_with_exit_2(run_cli, args, message) -> None:
    code, out, err = run_cli("draft", *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


# ---------------------------------------------------------------------------
# Render failures
# ---------------------------------------------------------------------------


def test_a_missing_template_is_a_draft_error_naming_it() -> None:
    from clausecheck.drafting import ClauseTerms, render
    from clausecheck.errors import DraftError

    terms = ClauseTerms(kind="service", company="A", state="B", part="this Clause 1", rules=())
    with pytest.raises(DraftError, match=re.escape("no template 'clauses/XX9.j2'")):
        render("clauses/XX9.j2", terms)


def test_wording_outside_a_paragraph_mark_is_a_draft_error() -> None:
    from clausecheck._draft_layout import Numbering, lay_out
    from clausecheck.errors import DraftError

    with pytest.raises(DraftError, match="text outside any paragraph"):
        lay_out("The Supplier shall", Numbering(), source="templates/clauses/DD1.j2")


def test_drafted_rules_and_kinds_are_the_catalogues() -> None:
    from clausecheck.model import Kind as ContractKind
    from clausecheck.rules import load_rules

    catalogue = load_rules()
    assert tuple(rule.id for rule in catalogue) == RULES
    for kind in KINDS:
        unchecked = {r.id for r in catalogue if r.level(ContractKind(kind)) is None}
        assert unchecked == set(NOT_CHECKED.get(kind, ()))
    for rule in catalogue:
        assert (resource_dir("templates") / rule.template).is_file(), rule.template


# ---------------------------------------------------------------------------
# Names and options a Word file cannot hold (review 11)
# ---------------------------------------------------------------------------

NOT_XML = ["\ufffe", "\uffff", "\ud800", "\u0378", "\U0001fffe"]


@pytest.mark.parametrize("char", NOT_XML)
@pytest.mark.parametrize("fmt", ["text", "markdown", "docx"])
@pytest.mark.parametrize("field", ["company", "state", "target_clause", "subject_matter"])
def test_characters_outside_xml_are_refused_before_rendering_in_every_format(
    char: str, fmt: str, field: str
) -> None:
    values = {"company": SUPPLIER, "state": AUTHORITY, field: f"Acme {char} Ltd"}
    with pytest.raises(UsageError, match=re.escape(f"(U+{ord(char):04X})")):
        draft_text("service", rules=["GR1", "DD7"], format=fmt, **values)


def test_cli_refuses_a_noncharacter_in_a_name_on_one_line_and_writes_nothing(
    run_cli, tmp_path
) -> None:
    target = tmp_path / "clause.docx"
    code, out, err = run_cli(
        "draft", "--kind", "service", "--company", "Acme \ufffe Ltd", "--format", "docx",
        "-o", str(target),
    )  # fmt: skip
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "noncharacter (U+FFFE)" in err
    assert not target.exists()


# ---------------------------------------------------------------------------
# Legal wording (review L1-L5)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_clause_never_limits_a_duty_to_its_own_paragraphs(kind: str) -> None:
    """L1: governance, flow-down and audit cover every human rights obligation of the
    contract; "this Clause 24" appears only where the clause scopes its definitions."""
    for rule in applicable(kind):
        text = draft_text(kind, company=SUPPLIER, state=AUTHORITY, rules=[rule], clause_number=24)
        own = text.replace("In this Clause 24, the following words", "")
        assert "this Clause" not in own, rule
    governance = draft_text(kind, company=SUPPLIER, state=AUTHORITY, rules=["DD5", "DD6"])
    assert "for its performance of its obligations relating to Human Rights under" in governance
    assert "training on Human Rights and on the Supplier's obligations relating to" in governance
    assert "no less protective than those that this" in governance


def test_support_withdrawal_fits_grants_guarantees_cover_and_equity_and_a_loan_on_request(
    run_cli,
) -> None:
    """L2: State support is not always a loan."""
    generic = draft_text("support", company="the Company", state="the Agency", rules=["OV6"])
    for loan_word in ("Facility", "outstanding", "due and payable", "Event of Default"):
        assert loan_word not in generic
    assert (
        "may, by written notice to the Company, suspend or withdraw the Support in whole or in "
        "part, refuse any further disbursement, payment, guarantee, cover or investment under "
        "this Agreement, and terminate this Agreement, if:"
    ) in generic
    assert '"Support" means the loan, grant, guarantee, insurance or other cover, equity' in generic
    code, loan, _ = run_cli("draft", "--kind", "support", "--rules", "OV6", "--loan")
    assert code == 0
    assert "declare all or part of the amounts outstanding under this Agreement" in loan
    assert "is an event of default for all purposes of this Agreement" in loan


def test_a_restriction_the_law_compels_follows_ungp_23_and_the_state_keeps_its_promise() -> None:
    """L3: comply with the law, but challenge, comply narrowly, inform, keep records."""
    text = draft_text(
        "licence", company="the Licensee", state="the Regulator", rules=["GR1"], clause_number=9
    )
    subject = "Subject to clause 9.3, the Licensee shall comply with a Restriction Request only if:"
    assert subject in text
    assert (
        "9.3 Where the law compels the Licensee to comply with a Restriction Request that does "
        "not meet the conditions in clause 9.2, the Licensee shall:"
    ) in text
    for step in (
        "challenge it before the competent court",
        "comply only to the extent the law compels, in the narrowest way",
        "inform the Regulator of it",
        "keep a written record of the request",
    ):
        assert step in text
    assert "The Regulator shall not make, or require the Licensee to comply with," in text


def test_the_assessment_is_updated_before_a_planned_change_and_otherwise_without_delay() -> None:
    """L4: one timing for each case."""
    text = draft_text("service", company=SUPPLIER, state=AUTHORITY, rules=["DD3"])
    assert (
        "(b) whenever there is a material change, including any of the following, before the "
        "change takes effect where it is planned, and otherwise without delay after the "
        "Supplier becomes aware of it:"
    ) in text


@pytest.mark.parametrize("kind", KINDS)
def test_every_period_in_days_is_in_calendar_days(kind: str) -> None:
    """L5: "five days" to acknowledge a complaint cannot be argued to mean working days."""
    for rule in applicable(kind):
        text = draft_text(kind, company=SUPPLIER, state=AUTHORITY, rules=[rule])
        has_days = re.search(r"\bdays?\b", text.replace('"day" means', ""))
        assert bool(has_days) == ('"day" means a calendar day.' in text), rule
    schedule = draft_text(kind, company=SUPPLIER, state=AUTHORITY)
    assert '"day" means a calendar day.' in schedule


# ---------------------------------------------------------------------------
# A blank clause number, and one Markdown escaper
# ---------------------------------------------------------------------------


def test_clause_number_zero_is_left_blank_for_the_drafter_in_text_and_word() -> None:
    text = draft_text("service", company=SUPPLIER, state=AUTHORITY, rules=["OV4"], clause_number=0)
    assert text.startswith("[●]. HUMAN RIGHTS\n\n[●].1 In this Clause [●], the following")
    assert "[●].3 Within 30 days after becoming aware" in text
    word = draft_text(
        "service", company=SUPPLIER, state=AUTHORITY, rules=["OV4"], clause_number=0, format="docx"
    )
    numbering = zipfile.ZipFile(io.BytesIO(word)).read("word/numbering.xml").decode()
    assert 'w:val="[●]."' in numbering and 'w:val="[●].%2"' in numbering


def test_drafted_markdown_and_the_markdown_report_share_one_escaper() -> None:
    from clausecheck import _draft_layout, _markdown_escape
    from clausecheck.render import markdown

    assert markdown.escape is _markdown_escape.escape_markdown
    assert _draft_layout.escape_markdown is _markdown_escape.escape_markdown
    text = draft_text(
        "service", company="$x$ ~Co~ Ltd", state=AUTHORITY, rules=["DD1"], format="markdown"
    )
    assert "\\$x\\$ \\~Co\\~ Ltd shall respect Human Rights" in text
