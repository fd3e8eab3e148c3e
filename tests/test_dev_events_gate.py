"""Evaluation gate over our own dev gold (tests/gold/dev_gold.json): a change that lowers
event quality on articles we annotated before tuning fails like a broken test.

The floors are pinned just below the figures measured when they were last raised (see the
README); the extraction issue's targets (dyad F1 0.70, full F1 0.55) are above them and not
yet reached.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import score_events
from eventwire.extractor import Extractor
from eventwire.ingest import iter_inputs
from eventwire.records import Article

GWN_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "geowebnews-dev"
GOLD = Path(__file__).parent / "gold" / "dev_gold.json"
FLOORS = {"type": 0.66, "dyad": 0.38, "full": 0.30}


@pytest.fixture(scope="module")
def dev_report(gazetteer_path: Path) -> dict[str, Any]:
    if not GWN_DIR.is_dir():
        pytest.skip(f"GeoWebNews dev corpus not found at {GWN_DIR}")
    golds = json.loads(GOLD.read_text(encoding="utf-8"))
    paths = [str(GWN_DIR / g["doc"]) for g in golds]
    articles = [a for a in iter_inputs(paths) if isinstance(a, Article)]
    assert len(articles) == len(golds)
    with Extractor.open(gazetteer_path=gazetteer_path) as extractor:
        rows = [event.to_dict() for _, events in extractor.extract(articles) for event in events]
    report = score_events(golds, rows)
    print("\ndev events:", {level: report[level] for level in FLOORS})
    return report


@pytest.mark.parametrize("level", sorted(FLOORS))
def test_dev_event_f1_stays_above_its_floor(dev_report: dict[str, Any], level: str) -> None:
    assert dev_report[level]["f1"] >= FLOORS[level], dev_report[level]


def test_dev_gold_file_matches_the_seed_format() -> None:
    golds = json.loads(GOLD.read_text(encoding="utf-8"))
    assert len(golds) >= 15
    for doc in golds:
        assert (GWN_DIR / doc["doc"]).name == doc["doc"]
        for event in doc["events"]:
            assert event["type"] in {
                "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
            }  # fmt: skip
            assert {"id", "actor", "target", "required"} <= set(event)
