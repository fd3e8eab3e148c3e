#!/usr/bin/env python3
"""The cross-article merge against the project's merge gold: B-cubed of events over mentions.

    PYTHONPATH=src .venv/bin/python scripts/eval_merge_gold.py
    PYTHONPATH=src .venv/bin/python scripts/eval_merge_gold.py --gold tests/fixtures/merge_gold/reports.jsonl -v

Extracts every report of the gold once, stores them into a fresh database in file order and in
reverse order, prints B-cubed precision and recall of each (they must be equal: the events are a
function of the stored mentions), then stores the seed article with the two strike reports
(`strike.jsonl`) and prints how many sources the strike's ASSAULT event has. With -v, the
events and the reports in each. Not a test (tests/store/test_merge_gold.py is).

`--gold tests/fixtures/merge_gold/heldout.jsonl`: a second, smaller set of reports (7 happenings,
3 distractors) written before the merge was tuned on the first; a check, never tuned on.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from eventwire.extractor import Extractor
from eventwire.ingest import iter_inputs
from eventwire.merge.gold import load_gold, score_store, store_reports
from eventwire.records import Article
from eventwire.store import Store

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "merge_gold"
SEED = ROOT.parent / "shared" / "corpus" / "seed" / "000_773db53a13bc0aed.txt"


def strike_sources(ex: Extractor, tmp: Path) -> int:
    """The most sources of an ASSAULT event after storing the seed and the two strike reports."""
    (seed,) = [a for a in iter_inputs([str(SEED)]) if isinstance(a, Article)]
    seed.published, seed.outlet = date(2020, 1, 8), "The Straits Times"
    reports = [seed, *(r.article for r in load_gold(GOLD / "strike.jsonl"))]
    found = [(f.article, f.events, f.places) for f in ex.code(reports)]
    store_reports(tmp / "strike.db", found)
    with Store.open(tmp / "strike.db") as store:
        row = store.db.execute("SELECT max(n_sources) FROM events WHERE type = 'ASSAULT'").fetchone()
    return int(row[0] or 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD / "reports.jsonl")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    reports = load_gold(args.gold)
    with Extractor.open() as ex, tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        found = [(f.article, f.events, f.places) for f in ex.code([r.article for r in reports])]
        store_reports(tmp / "forward.db", found)
        store_reports(tmp / "reverse.db", found[::-1])
        forward, groups = score_store(tmp / "forward.db", reports)
        reverse, groups_reverse = score_store(tmp / "reverse.db", reports)
        happenings = len({r.happening for r in reports})
        print(f"{len(reports)} reports of {happenings} happenings (distractors included)")
        print(f"file order:    {forward.line()}")
        print(f"reverse order: {reverse.line()}")
        print(f"same events in both orders: {groups == groups_reverse}")
        if forward.missing:
            print("no mention of their type: " + ", ".join(forward.missing))
        if args.verbose:
            by_event: dict[str, list[str]] = {}
            for mention, event in sorted(groups.items()):
                by_event.setdefault(event, []).append(mention)
            print(f"{len(by_event)} events over {len(groups)} mentions")
        print(f"seed + 2 strike reports: the strike's event has {strike_sources(ex, tmp)} sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
