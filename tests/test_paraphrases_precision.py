# ruff: noqa: E501 - a table of provisions, each kept on one line to read as written
"""Precision, sixth round: ordinary commercial wording that must not be met or flagged.

Written by checker-6 from the rows of an independent review (review 2, section 2): each
row is wording every services contract, licence or grant uses (suspending the contract's
own Services, data used outside the Purposes, software used outside its Documentation,
forum clauses, capacity representations, purchase orders, employees, renewal on the same
terms, repayment and indemnity, survival of obligations). Each becomes a small contract
and goes through the whole pipeline. The second test reads the lexicon terminals on
their own: the words must not carry the concept at all, so that no second concept in the
same clause can turn them into a finding later.
"""

from __future__ import annotations

import pytest
from _meaning import meaning_tests

from clausecheck import _tokens

# (rule, expected status, kind, company term, State term, text)
CASES = [
    # Suspending the contract's own Services is contract management (OV6), not a shutdown.
    (
        "GR1",
        "clear",
        "service",
        "Supplier",
        "Authority",
        "The Authority may suspend the Services in any region for any reason.",
    ),
    (
        "OV6",
        "weak",
        "service",
        "Supplier",
        "Authority",
        "The Authority may suspend the Services in any region for any reason.",
    ),
    # Data or a licence used outside its terms is a data or licence breach, not end-use misuse.
    (
        "OV3",
        "missing",
        "service",
        "Supplier",
        "Authority",
        "If the Supplier becomes aware that Authority Data has been used other than for the Purposes, it shall notify the Authority immediately.",
    ),
    (
        "DD7",
        "missing",
        "procurement",
        "Supplier",
        "Authority",
        "Where the Software is used other than in accordance with the Documentation, the Supplier may suspend the licence.",
    ),
    # Forum clause, capacity representation, purchase orders: no due process on requests.
    (
        "TR2",
        "missing",
        "licence",
        "Operator",
        "Regulator",
        "The Operator shall comply with any request from a government agency, and any dispute about such a request shall be brought before the competent courts.",
    ),
    (
        "TR2",
        "missing",
        "licence",
        "Operator",
        "Regulator",
        "The Operator confirms it has the legal authority to give effect to requests from any government agency.",
    ),
    (
        "TR2",
        "missing",
        "licence",
        "Operator",
        "Regulator",
        "The Operator shall carry out government requests promptly and may decline any purchase orders that exceed its capacity.",
    ),
    (
        "TR2",
        "missing",
        "licence",
        "Operator",
        "Regulator",
        "The Operator shall keep a log of all purchase orders and shall give effect to requests from any government agency.",
    ),
    # Employees are not the supply chain; "the same terms" is not a flow-down of rights.
    (
        "DD6",
        "missing",
        "service",
        "Provider",
        "Council",
        "The Provider shall ensure that all persons it employs to deliver the Service respect human rights.",
    ),
    (
        "DD6",
        "missing",
        "service",
        "Supplier",
        "Authority",
        "The Supplier shall respect human rights, and shall contract with its subcontractors on the same terms as it contracts with the Authority.",
    ),
    # Money between the parties is not remedy for people.
    (
        "OV4",
        "missing",
        "service",
        "Supplier",
        "Authority",
        "Where users have been affected by a service failure, the Supplier shall pay back any fees charged to the Authority for that period.",
    ),
    (
        "OV4",
        "missing",
        "service",
        "Supplier",
        "Authority",
        "The Supplier shall indemnify the Authority against any claim by users and shall restore the position of the Authority as if the breach had not occurred.",
    ),
    # A survival clause keeps duties alive; it does not make a new commitment.
    (
        "DD1",
        "missing",
        "service",
        "Supplier",
        "Authority",
        "The obligations of the Supplier under Clause 9 (Human Rights) shall survive termination or expiry of this Agreement.",
    ),
    (
        "DD1",
        "weak",
        "service",
        "Supplier",
        "Authority",
        "The obligations of the Supplier to respect human rights under this Clause shall survive termination of this Agreement.",
    ),
]

test_read_by_meaning, _ = meaning_tests(CASES, ())

NAMES = _tokens.party_names(("Supplier",), ("Authority",))


@pytest.mark.parametrize(
    ("terminal", "text"),
    [
        ("CHALLENGE", "All disputes shall be brought before the competent courts of the Republic."),
        (
            "CHALLENGE",
            "The Supplier confirms it has the legal authority to enter into this Agreement.",
        ),
        ("CHALLENGE", "The Supplier may decline any purchase orders that exceed the Ceiling."),
        ("STATISTICS", "The Supplier shall keep a log of all purchase orders."),
        ("SUPPLY_CHAIN", "The Supplier shall pay all persons it employs the living wage."),
        ("FLOW_DOWN", "This Agreement may be renewed once on the same terms."),
        ("REMEDIATE", "The Supplier shall pay back any overpayment within 30 days."),
        (
            "REMEDIATE",
            "The Supplier shall restore the position of the Authority as if the breach had not occurred.",
        ),
        ("STAKEHOLDER", "The Supplier shall brief internal  stakeholders each month."),
        ("STAKEHOLDER", "The Supplier shall brief internal\nstakeholders each month."),
        (
            "GOV_REQUEST",
            "The Supplier shall keep the orders it receives from states in the region.",
        ),
        ("OWED", "Nothing in this Clause limits the obligations of the Supplier under Clause 9."),
        (
            "MISUSE",
            "If Authority Data has been used other than for the Purposes, the Supplier shall say so.",
        ),
    ],
)
def test_ordinary_wording_does_not_carry_the_concept(terminal: str, text: str) -> None:
    found = [str(t.type) for t in _tokens.tokenize(text, NAMES)]
    assert terminal not in found, (text, found)


def test_survival_of_the_suppliers_obligations_is_a_statement() -> None:
    """ "The obligations of the Supplier ... shall survive" allocates no duty: no core of the
    sentence is an obligation, and "cannot" refrains as "can not" does."""
    survival = _tokens.parse(
        _tokens.tokenize("The obligations of the Supplier shall survive termination.", NAMES)
    )
    assert "obligation" not in {t.data for t in survival.iter_subtrees()}, survival
    for text in ("The Supplier cannot disclose it.", "The Supplier can not disclose it."):
        tree = _tokens.parse(_tokens.tokenize(text, NAMES))
        assert "prohibition" in {t.data for t in tree.iter_subtrees()}, (text, tree)
