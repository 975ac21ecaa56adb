"""Kind detection on the cases the catalogue's "Choosing the kind" settles.

A concession to build and run a network is a licence (the State lets a company operate),
not a service; cloud services a ministry subscribes to for its own staff are bought
(procurement), not a public service delegated to the company; a company that runs a
service for the public on the State's behalf still makes a service contract.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecheck.match import check_document
from clausecheck.pipeline import read

CONTRACT = """{title}

THIS AGREEMENT is made on 3 March 2025

BETWEEN:

(1) THE {state_name}, of 1 Government Square, Capital City (the "{state}"); and

(2) {company_name}, a company incorporated in Ruritania ("the {company}").

IT IS AGREED as follows:

1. SCOPE

1.1 {scope}

2. PAYMENT

2.1 Amounts due under this Agreement are payable within 30 days after receipt of an invoice.
"""

CASES = [
    (
        "licence",
        "CONCESSION AGREEMENT FOR THE NATIONAL FIBRE BACKBONE NETWORK",
        ("MINISTRY OF COMMUNICATIONS", "Ministry"),
        ("NORTHLINE NETWORKS S.A.", "Concessionaire"),
        "The Concessionaire shall design, build, operate and maintain the Backbone Network "
        "and shall offer wholesale capacity on it to every licensed operator on equal terms.",
    ),
    (
        "licence",
        "MOBILE NETWORK CONCESSION",
        ("TELECOMMUNICATIONS REGULATORY COMMISSION", "Commission"),
        ("ALTA MOBILE LIMITED", "Concessionaire"),
        "The Concessionaire shall roll out and operate a public mobile network covering the "
        "territory described in Annex 1.",
    ),
    (
        "procurement",
        "CLOUD SERVICES AGREEMENT",
        ("MINISTRY OF FINANCE", "Ministry"),
        ("NIMBUS CLOUD LIMITED", "Provider"),
        "The Provider shall make the Cloud Services available to the Ministry's authorised "
        "users for the Ministry's internal use, with the support described in Schedule 2.",
    ),
    (
        "support",
        "EXPORTER'S AGREEMENT",
        ("EXPORT CREDIT AGENCY OF RURITANIA", "Agency"),
        ("CORVID NETWORKS LIMITED", "Exporter"),
        "The Agency shall issue a buyer credit guarantee for the supply of the network "
        "equipment under the Export Contract.",
    ),
    (
        "procurement",
        "CONTRACT",
        ("MINISTRY OF PUBLIC SAFETY", "Province"),
        ("CELLVAULT FORENSICS LIMITED", "Contractor"),
        "The Contractor must provide software licences and hardware for use by the "
        "Province's forensic units.",
    ),
    (
        "service",
        "CONTRACT FOR THE OPERATION OF THE CITY PARKING ENFORCEMENT SERVICE",
        ("CITY OF EASTBROOK", "City"),
        ("PARKRIGHT SERVICES LIMITED", "Service Provider"),
        "The Service Provider shall operate the parking enforcement service on the City's "
        "behalf and deal with members of the public who contest a penalty notice.",
    ),
]


@pytest.mark.parametrize(
    ("kind", "title", "state", "company", "scope"),
    CASES,
    ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)],
)
def test_kind_follows_who_operates_what(
    tmp_path: Path,
    kind: str,
    title: str,
    state: tuple[str, str],
    company: tuple[str, str],
    scope: str,
) -> None:
    text = CONTRACT.format(
        title=title,
        state_name=state[0],
        state=state[1],
        company_name=company[0],
        company=company[1],
        scope=scope,
    )
    path = tmp_path / "contract.txt"
    path.write_text(text, encoding="utf-8")
    report = check_document(read(path), None, select=("DD1",))
    assert report.kind_detected
    assert report.kind.value == kind
