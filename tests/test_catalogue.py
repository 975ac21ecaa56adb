"""The rulebook: every rule's examples are tests, and every rule has its page.

Each rule must carry met / weak / missing examples (flagged / clear / absent for the
guardrails), a negated missing example, and the distractors the catalogue names for it;
each grades as labelled. ``docs/rules/<ID>.md`` must exist and equal what
``python -m clausecheck.rules --write-docs docs/rules`` would write.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecheck._examples import grade_example
from clausecheck.errors import UsageError
from clausecheck.model import Kind, Level
from clausecheck.rules import PAGE_HEADINGS, explain, find_rule, load_rules, page, rules_table

REPO = Path(__file__).resolve().parent.parent
RULES = load_rules()
IDS = [r.id for r in RULES]
CATALOGUE_ORDER = (
    [f"DD{i}" for i in range(1, 9)]
    + [f"OV{i}" for i in range(1, 7)]
    + [f"TR{i}" for i in range(1, 5)]
    + ["GR1", "GR2", "GR3"]
)

# The distractors catalogue.md names (its rule text and reading rules 3 to 6), and words
# by which each rule's examples must show one.
DISTRACTORS = {
    "OV1": ("financial records", "licence audit", "permission"),  # reading rules 3 and 5
    "DD1": ("applicable laws", "data-protection", "anti-bribery"),  # reading rule 4
    "DD2": ("ethics", "financial due diligence"),
    "DD3": ("prior to the commencement date",),  # a one-off pre-contract assessment
    "DD5": ("contract manager",),  # ordinary contract management (reading rule 3)
    "TR1": ("performance report",),  # performance reporting (reading rule 3)
    "OV3": ("personal data breach",),  # reading rule 3
    "OV5": ("complaints procedure",),  # a customer-service procedure (reading rule 3)
    "OV6": ("convenience", "own termination right"),  # reading rules 3 and 6
}


def test_rulebook_is_the_catalogue_in_order() -> None:
    assert IDS == CATALOGUE_ORDER


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_has_every_kind_of_example(rule) -> None:
    statuses = {e.status for e in rule.examples}
    wanted = {"flagged", "clear"} if rule.bound == "guardrail" else {"met", "weak", "missing"}
    assert wanted <= statuses, f"{rule.id} lacks examples for {wanted - statuses}"
    whys = " ".join(e.why for e in rule.examples)
    if rule.bound == "guardrail":
        assert "no such term" in whys, f"{rule.id} lacks an example with no such term"
    else:
        assert "negated" in whys, f"{rule.id} lacks a negated missing example"


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r in RULES for e in r.examples],
    ids=[f"{r.id}-{e.status}-{e.why or 'plain'}"[:60] for r in RULES for e in r.examples],
)
def test_example_grades_as_labelled(rule, example) -> None:
    status, reason = grade_example(rule, example.text)
    assert status == example.status, f"{rule.id}: {reason} | {example.text}"


@pytest.mark.parametrize("rule_id", sorted(DISTRACTORS))
def test_named_distractors_are_covered(rule_id: str) -> None:
    rule = find_rule(rule_id)
    text = " ".join(f"{e.why} {e.text}" for e in rule.examples).lower()
    for word in DISTRACTORS[rule_id]:
        assert word in text, f"{rule_id} has no distractor about {word!r}"


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_docs_page_exists_and_is_current(rule) -> None:
    path = REPO / "docs" / "rules" / f"{rule.id}.md"
    assert path.is_file(), (
        f"missing {path}; run python -m clausecheck.rules --write-docs docs/rules"
    )
    assert path.read_text(encoding="utf-8") == page(rule), (
        f"{path} is stale; run python -m clausecheck.rules --write-docs docs/rules"
    )


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_page_has_the_headings_in_order(rule) -> None:
    text = page(rule)
    positions = [text.find(f"## {h}") for h in PAGE_HEADINGS]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)


def test_explain_by_id_and_by_name() -> None:
    assert explain("OV1") == explain("audit-rights") == explain("ov1")
    with pytest.raises(UsageError):
        explain("XX9")


def test_rules_table_per_kind() -> None:
    full = rules_table()
    assert all(rule_id in full for rule_id in IDS)
    licence = rules_table("licence")
    assert "DD8" not in licence  # not checked for licences
    with pytest.raises(UsageError):
        rules_table("lease")


def test_levels_follow_the_catalogue_table() -> None:
    assert find_rule("DD1").level(Kind.PROCUREMENT) is Level.REQUIRED
    assert find_rule("DD3").level(Kind.PROCUREMENT) is Level.RECOMMENDED
    assert find_rule("DD8").level(Kind.LICENCE) is None
    assert find_rule("TR2").level(Kind.SUPPORT) is None
    assert find_rule("GR1").level(Kind.SUPPORT) is Level.GUARDRAIL
