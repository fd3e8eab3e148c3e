"""Evaluation gate for casualty counts and event dates on real shooting reports (issue 13).

The set is `../shared/eval/external/gva_dev.jsonl` (local news reports of US shootings with the
Gun Violence Archive's killed, injured and incident date; the other half is scored outside the
project). It is scored as `../shared/eval/external.py gva` does: the main ASSAULT of a report
(most evidence, then first; not threatened, planned or negated) gives the largest killed and
injured values and the date; a report with no ASSAULT reads as 0, 0 and no date. The gate reads
the first 400 reports (about a minute); the floors sit just below the figures measured there.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.extractor import Extractor
from eventwire.records import Article, Event

GVA_SET = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "external" / "gva_dev.jsonl"
LIMIT = 400
SKIP_STATUS = {"threatened", "planned", "negated"}
# Measured on the first 400 (external.py gva --limit 400): killed 0.907, injured 0.823, date 0.715,
# reports with an ASSAULT 0.87 (before the report's day, victim kinds and roundups of issue 13 round
# two: 0.897 / 0.812 / 0.637 / 0.87; before one-sided violence and gun crimes: 0.890 / 0.810 / 0.557 / 0.73).
# A search warrant executed is no killing (rule executed-task-is-no-killing): the reports of
# warrant raids that found guns lost an ASSAULT they never had, so with_assault is 0.8575 now.
# Issue 13 round three: casualties counted once per person (a victim named by two verbs, a sentence
# printed twice, roundups, ordinal homicides, earlier incidents) and dates (holidays, a day next to
# its violence or with a clock time, spans, days of news-making, last year's day and month).
# Round five (second clauses, fates matched worst first, precautions, near misses, round-ups kept
# apart in the merge; dates after relative clauses, "last Tuesday", days inside "last week", old
# months, charges on the violent verb; shots fired, weapons held to a body, armed entries):
# killed 0.943, injured 0.890, date 0.753, with an ASSAULT 0.88 on the first 400.
FLOORS = {
    "killed": 0.93,  # round four: 0.927
    "injured": 0.875,  # round four: 0.868
    "date": 0.74,  # round four: 0.745
    "with_assault": 0.86,
}


def _count(event: Event | None, kind: str) -> int:
    values = [q.value for q in event.quantities if q.kind == kind and q.value is not None] if event else []
    return int(max(values)) if values else 0


@pytest.fixture(scope="module")
def gva_report(gazetteer_path: Path) -> dict[str, Any]:
    if not GVA_SET.is_file():
        pytest.skip(f"GVA development set not found at {GVA_SET} (../shared is absent)")
    lines = [line for line in GVA_SET.read_text(encoding="utf-8").splitlines() if line.strip()][:LIMIT]
    rows = [json.loads(line) for line in lines]
    articles = [
        Article(id=r["id"], doc=r["id"], text=r["text"], published=date.fromisoformat(r["published"])) for r in rows
    ]
    main: dict[str, Event] = {}
    with Extractor.open(gazetteer_path=gazetteer_path) as extractor:
        for article, events in extractor.extract(articles):
            assaults = [e for e in events if e.type == "ASSAULT" and e.status not in SKIP_STATUS]
            if assaults:
                main[article.id] = max(assaults, key=lambda e: len(e.evidence))
    n = len(rows)
    report = {
        "killed": sum(_count(main.get(r["id"]), "killed") == r["n_killed"] for r in rows) / n,
        "injured": sum(_count(main.get(r["id"]), "injured") == r["n_injured"] for r in rows) / n,
        "date": sum(
            (e := main.get(r["id"])) is not None and e.date is not None and e.date.value == r["shooting_date"]
            for r in rows
        )
        / n,
        "with_assault": len(main) / n,
    }
    print("\nGVA dev (first 400):", {k: round(v, 3) for k, v in report.items()})
    return report


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_gva_figures_stay_above_their_floors(gva_report: dict[str, Any], figure: str) -> None:
    assert gva_report[figure] >= FLOORS[figure], gva_report
