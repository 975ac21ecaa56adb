"""Render Reports as JSON, schema ``clausecheck/report@1`` (ARCHITECTURE.md).

One object for one report, an array of such objects for several. The shape is
``Report.to_dict()``; this module only serialises it (UTF-8, stable key order). Decides
nothing about a status and never reopens the contract.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from clausecheck.model import Report


def render_json(reports: Sequence[Report]) -> str:
    """The JSON text of one report (an object) or several (an array).

    >>> render_json([])
    '[]\\n'
    """
    if len(reports) == 1:
        payload: object = reports[0].to_dict()
    else:
        payload = [report.to_dict() for report in reports]
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
