"""Grade a rule's example wording as a small contract of its own.

The examples in the rulebook are tests (tests/test_catalogue.py) and appear, with the
finding each produces, on the rule's documentation page. Both go through here so they
cannot disagree. Knows nothing of files: the contract is built in memory.
"""

from __future__ import annotations

import re

from clausecheck.model import Block, BlockKind, Clause, Document, Kind, Level, Party, Region, Role

COMPANY_TERMS = (
    "Supplier",
    "Contractor",
    "Provider",
    "Licensee",
    "Operator",
    "Borrower",
    "Company",
    "Vendor",
    "Concessionaire",
)
STATE_TERMS = (
    "Authority",
    "Ministry",
    "Regulator",
    "Lender",
    "Bank",
    "Fund",
    "Buyer",
    "Customer",
    "Agency",
)
_ITEM = re.compile(r"^\((?:[a-z]{1,2}|[ivx]{1,5})\)\s+")


def example_document(
    text: str, *, company: tuple[str, ...] = COMPANY_TERMS, state: tuple[str, ...] = STATE_TERMS
) -> Document:
    """A one-clause contract whose operative paragraphs are the lines of ``text``.

    A line starting "(a)" is a list item under the paragraph before it.
    """
    blocks = [Block(index=0, text="1. OBLIGATIONS", kind=BlockKind.HEADING)]
    clauses = [
        Clause(
            block=0,
            label="1",
            own_label="1.",
            heading="Obligations",
            region=Region.OPERATIVE,
            is_heading=True,
            body_start=3,
        )
    ]
    paragraph = 0
    for line in (part.strip() for part in text.split("\n")):
        if not line:
            continue
        index = len(blocks)
        item = _ITEM.match(line)
        if item:
            own = item.group(0).strip()
            blocks.append(Block(index=index, text=line, kind=BlockKind.LIST_ITEM, level=1))
            clauses.append(
                Clause(
                    block=index,
                    label=f"1.{paragraph}{own}",
                    own_label=own,
                    heading="Obligations",
                    depth=2,
                    region=Region.OPERATIVE,
                    body_start=item.end(),
                )
            )
            continue
        paragraph += 1
        label = f"1.{paragraph}"
        blocks.append(Block(index=index, text=f"{label} {line}", kind=BlockKind.PARAGRAPH))
        clauses.append(
            Clause(
                block=index,
                label=label,
                own_label=label,
                heading="Obligations",
                depth=1,
                region=Region.OPERATIVE,
                body_start=len(label) + 1,
            )
        )
    parties = (
        Party(name="Example Systems Ltd", terms=company, role=Role.COMPANY, block=None),
        Party(name="Example Public Authority", terms=state, role=Role.STATE, block=None),
    )
    return Document(
        path="<example>",
        format="txt",
        sha256="",
        blocks=tuple(blocks),
        title="Example agreement",
        clauses=tuple(clauses),
        parties=parties,
    )


def example_kind(rule) -> Kind:
    """The first kind for which the rule is required (or at least checked)."""
    for wanted in (Level.REQUIRED, Level.GUARDRAIL, Level.RECOMMENDED):
        for kind in Kind:
            if rule.level(kind) is wanted:
                return kind
    raise ValueError(f"rule {rule.id} applies to no kind")


def grade_example(rule, text: str) -> tuple[str, str]:
    """The status and reason the checker gives one rule on the example wording."""
    from clausecheck.match import check_document

    report = check_document(example_document(text), example_kind(rule).value, select=(rule.id,))
    finding = report.finding(rule.id)
    return finding.status.value, finding.reason


# ---------------------------------------------------------------------------
# The paraphrase bank (tests/paraphrases/bank.toml): one entry, one small contract
# ---------------------------------------------------------------------------

_BANK_TITLES = {
    "procurement": ("AGREEMENT FOR THE SUPPLY OF A DIGITAL SYSTEM", "Agreement"),
    "service": ("AGREEMENT FOR THE OPERATION OF A PUBLIC DIGITAL SERVICE", "Agreement"),
    "licence": ("LICENCE TO OPERATE AN ELECTRONIC COMMUNICATIONS NETWORK", "Licence"),
    "support": ("FINANCING AGREEMENT", "Agreement"),
}


def bank_contract(entry: dict) -> str:
    """A small contract for one entry of the paraphrase bank, built as its README says:
    a title and instrument for the entry's kind, a parties clause that defines the
    entry's company and State names, a recital entry before "IT IS AGREED", every other
    entry after it (prefixed "1. " unless it carries its own label), and a neutral
    governing-law clause.
    """
    kind = entry.get("kind") or "procurement"
    title, instrument = _BANK_TITLES.get(kind, _BANK_TITLES["procurement"])
    company, state = entry["company"], entry["state"]
    text = entry["text"].strip()
    if not entry.get("labelled", False):
        text = f"1. {text}"
    paragraphs = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    recital = entry.get("variant") == "recital"
    return (
        f"{title}\n\n"
        f"This {instrument} is made on 1 March 2024 between:\n\n"
        f"(1) Northbridge Systems Limited, a company incorporated in Eastland "
        f'(the "{company}"); and\n\n'
        f'(2) the Republic of Eastland, acting through its {state} (the "{state}").\n\n'
        + (f"{paragraphs}\n\n" if recital else "")
        + "IT IS AGREED as follows:\n\n"
        + ("" if recital else f"{paragraphs}\n\n")
        + f"99. Governing law. This {instrument} is governed by the law of Eastland.\n"
    )
