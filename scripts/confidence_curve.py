#!/usr/bin/env python3
"""Dyad precision and recall of the gold sets as the reportable floor moves.

    PYTHONPATH=src .venv/bin/python scripts/confidence_curve.py [--gold dev holdout] [--floors 0.3 0.5 ...]

Run from the repository root with ../shared beside it. The gold articles (tests/gold/) are parsed
once; the events are then extracted again for each floor of `extractor.REPORTABLE_CONFIDENCE`
(incidents of type OTHER keep `INCIDENT_CONFIDENCE`) and scored as `eventwire evaluate events`
scores them. The floor is fitted on dev; holdout is measured only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eventwire import extractor as extractor_module
from eventwire.evaluate import score_events
from eventwire.extractor import Extractor
from eventwire.ingest.readers import iter_inputs
from eventwire.records import Article
from eventwire.resolve.gazetteer import default_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rule_effects import CachedParse  # the sibling script's parse cache

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "geowebnews-dev"
FLOORS = (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def _curve(extractor: Extractor, gold: list[dict[str, Any]], floors: list[float]) -> list[str]:
    paths = [str(CORPUS / d["doc"]) for d in gold]
    articles = [a for a in iter_inputs(paths) if isinstance(a, Article)]
    cells = []
    original = extractor_module.REPORTABLE_CONFIDENCE
    try:
        for floor in floors:
            extractor_module.REPORTABLE_CONFIDENCE = floor
            rows = [e.to_dict() for _, events in extractor.extract(articles) for e in events]
            dyad = score_events(gold, rows)["dyad"]
            cells.append(f"{len(rows)} | {dyad['p']:.3f} | {dyad['r']:.3f} | {dyad['f1']:.3f}")
    finally:
        extractor_module.REPORTABLE_CONFIDENCE = original
    return cells


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", nargs="+", default=["dev", "holdout"], help="gold sets of tests/gold/")
    parser.add_argument("--floors", nargs="+", type=float, default=list(FLOORS))
    args = parser.parse_args(argv)
    columns: dict[str, list[str]] = {}
    with Extractor.open(gazetteer_path=default_path()) as extractor:
        extractor.geo = CachedParse(extractor.geo)  # type: ignore[assignment]
        for name in args.gold:
            gold = json.loads((ROOT / "tests" / "gold" / f"{name}_gold.json").read_text(encoding="utf-8"))
            columns[name] = _curve(extractor, gold, args.floors)
    print("| floor | " + " | ".join(f"{g} events | P | R | dyad F1" for g in args.gold) + " |")
    print("|---:|" + "---:|---:|---:|---:|" * len(args.gold))
    for i, floor in enumerate(args.floors):
        print(f"| {floor:.2f} | " + " | ".join(columns[g][i] for g in args.gold) + " |")
    print(f"reportable floor in use: {extractor_module.REPORTABLE_CONFIDENCE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
