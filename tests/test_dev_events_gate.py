"""Evaluation gates over our own event gold: a change that lowers event quality on articles we
annotated fails like a broken test.

Two gold sets of GeoWebNews dev articles (tests/gold/README.md): `dev_gold.json`, which the
extraction rules were developed against, and `holdout_gold.json`, annotated before that tuning
and never tuned on, so that a rule that only fits the dev articles shows up as a loss there.
The floors are pinned just below the figures measured when they were last raised (see the
README); the extraction issue's dev targets are dyad F1 0.70 and full F1 0.55.
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
PLOVER_SET = Path(__file__).resolve().parents[2] / "shared" / "eval" / "external" / "plover_dev.jsonl"
GOLD_DIR = Path(__file__).parent / "gold"
GOLD = GOLD_DIR / "dev_gold.json"
HOLDOUT = GOLD_DIR / "holdout_gold.json"
# Measured: dev type 0.854, dyad 0.733, full 0.630; holdout type 0.615, dyad 0.364, full 0.353
# (with the PETRARCH2-derived patterns and the hand frames; before them 0.840/0.713/0.607 and
# 0.560/0.303/0.294). With PLOVER's types for resigning (RETREAT) and signing (SUPPORT) and the
# obligation, investigation, defence, hand-over and patrol constructions: dev 0.843/0.703/0.624,
# holdout 0.621/0.444/0.432. With all of this round's branches merged (one-sided events, victims,
# actor dictionary, ACLED triggers): dev 0.843/0.703 (P 0.653, R 0.762)/0.624; the dyad floor
# follows the measured figure: the holdout, never tuned on, rose from 0.303 to 0.44 meanwhile.
# Next round (rule registry, PLOVER kinds, accidents as OTHER, inquiries by a named actor, refusals
# as REJECT, executed warrants): dev 0.857/0.696 (P 0.64)/0.617, holdout 0.621/0.444/0.432, PLOVER
# 0.770/0.665; the one dev event that cost the 0.70 is a true inquiry ("The US ... are
# investigating allegations of ...") that the dev gold does not list, so the dyad floor is 0.69.
# Precision round (issue 12 item 4: reportable floor 0.5 fitted on dev, a pronoun actor with no
# placed target below it, a statement needs its speaker, an unknown person takes the country of the
# town where the event happened): dev 0.889/0.767 (P 0.75, R 0.786)/0.682, holdout (measured only)
# 0.621/0.581 (P 0.529, R 0.643)/0.563, seed 1.0/0.952/0.952. With the PLOVER round merged: dev
# 0.900/0.782 (P 0.756, R 0.81)/0.697, holdout unchanged.
FLOORS = {"type": 0.87, "dyad": 0.75, "full": 0.66}
DEV_DYAD_PRECISION_FLOOR = 0.73
HOLDOUT_FLOORS = {"type": 0.60, "dyad": 0.56, "full": 0.54}
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
}  # fmt: skip


def _report(gold_path: Path, gazetteer_path: Path, label: str) -> dict[str, Any]:
    if not GWN_DIR.is_dir():
        pytest.skip(f"GeoWebNews dev corpus not found at {GWN_DIR}")
    golds = json.loads(gold_path.read_text(encoding="utf-8"))
    paths = [str(GWN_DIR / g["doc"]) for g in golds]
    articles = [a for a in iter_inputs(paths) if isinstance(a, Article)]
    assert len(articles) == len(golds)
    with Extractor.open(gazetteer_path=gazetteer_path) as extractor:
        rows = [event.to_dict() for _, events in extractor.extract(articles) for event in events]
    report = score_events(golds, rows)
    print(f"\n{label} events:", {level: report[level] for level in FLOORS})
    return report


@pytest.fixture(scope="module")
def dev_report(gazetteer_path: Path) -> dict[str, Any]:
    return _report(GOLD, gazetteer_path, "dev")


@pytest.fixture(scope="module")
def holdout_report(gazetteer_path: Path) -> dict[str, Any]:
    return _report(HOLDOUT, gazetteer_path, "holdout")


@pytest.mark.parametrize("level", sorted(FLOORS))
def test_dev_event_f1_stays_above_its_floor(dev_report: dict[str, Any], level: str) -> None:
    assert dev_report[level]["f1"] >= FLOORS[level], dev_report[level]


def test_dev_dyad_precision_stays_above_its_floor(dev_report: dict[str, Any]) -> None:
    """Issue 12 item 4: what is reported is likely right (dyad precision >= 0.70)."""
    assert dev_report["dyad"]["p"] >= DEV_DYAD_PRECISION_FLOOR, dev_report["dyad"]


@pytest.mark.parametrize("level", sorted(HOLDOUT_FLOORS))
def test_holdout_event_f1_stays_above_its_floor(holdout_report: dict[str, Any], level: str) -> None:
    assert holdout_report[level]["f1"] >= HOLDOUT_FLOORS[level], holdout_report[level]


@pytest.mark.parametrize("gold_path", [GOLD, HOLDOUT], ids=["dev", "holdout"])
def test_gold_file_matches_the_seed_format(gold_path: Path) -> None:
    golds = json.loads(gold_path.read_text(encoding="utf-8"))
    assert len(golds) >= 15
    for doc in golds:
        assert (GWN_DIR / doc["doc"]).name == doc["doc"]
        for event in doc["events"]:
            assert event["type"] in PLOVER
            assert set(event.get("type_any", [event["type"]])) <= PLOVER
            assert {"id", "actor", "target", "required"} <= set(event)


def test_holdout_and_dev_gold_share_no_article() -> None:
    dev = {d["doc"] for d in json.loads(GOLD.read_text(encoding="utf-8"))}
    holdout = {d["doc"] for d in json.loads(HOLDOUT.read_text(encoding="utf-8"))}
    assert len(holdout) >= 10 and not dev & holdout


# --- PLOVER gold-standard sentences (../shared/eval/external, scored like external.py plover) ---------
# Measured: type recall 0.696, dyad recall 0.596, sentences with no event 0.186 (161 sentences);
# before the PLOVER alignment round 0.640, 0.553 and 0.20; before the derived lexicon 0.348, 0.298
# and 0.47.
# This round (PLOVER kinds as data, refusals, mediation, recipients, inquiries, effort nouns,
# non-state threats): 0.770, 0.665 and 0.12.
# Precision round (on its own): 0.758, 0.665 and 0.130. Both merged, with a paper's issuer as its
# speaker and a speaker's own pronoun kept: 0.888, 0.801 and 0.050 (8 of 161).
# Round 3 (announced cooperation and offers as AGREE, withheld as REJECT, readiness as MOBILIZE,
# coordinated sides, titles of named people, frames for motions, peacekeepers, investigations,
# intelligence, borders, mediation, court orders, freedoms, announced sanctions): 0.894, 0.795 and 0.050.
PLOVER_FLOORS = {"type_recall": 0.87, "dyad_recall": 0.78}
# Round 4 (GVA kinds, places, speed): 0.888, 0.801 and 0.050; the ceiling is the figure.
PLOVER_NO_EVENT_CEILING = 0.05


@pytest.fixture(scope="module")
def plover_report(gazetteer_path: Path) -> dict[str, float]:
    """Type recall, dyad recall and the share of sentences with no event on the PLOVER dev half:
    the gold type among a sentence's events; and an event of that type whose actor country is
    one of the gold actors (None for an IGO or NGO)."""
    if not PLOVER_SET.is_file():
        pytest.skip(f"PLOVER development set not found at {PLOVER_SET} (../shared is absent)")
    gold = [json.loads(line) for line in PLOVER_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article(id=g["id"], doc=g["id"], text=g["text"]) for g in gold]
    with Extractor.open(gazetteer_path=gazetteer_path) as extractor:
        found = {article.doc: [e.to_dict() for e in events] for article, events in extractor.extract(articles)}
    typed = [[e for e in found.get(g["id"], []) if e["type"] == g["type"]] for g in gold]
    report = {
        "type_recall": sum(bool(t) for t in typed) / len(gold),
        "dyad_recall": sum(
            any((e["actor"] or {}).get("country") in g["actors"] for e in t) for g, t in zip(gold, typed, strict=True)
        )
        / len(gold),
        "no_event": sum(not found.get(g["id"]) for g in gold) / len(gold),
    }
    print("\nPLOVER dev:", {k: round(v, 3) for k, v in report.items()})
    return report


@pytest.mark.parametrize("figure", sorted(PLOVER_FLOORS))
def test_plover_recall_stays_above_its_floor(plover_report: dict[str, float], figure: str) -> None:
    assert plover_report[figure] >= PLOVER_FLOORS[figure], plover_report


def test_plover_sentences_with_no_event_stay_below_the_ceiling(plover_report: dict[str, float]) -> None:
    assert plover_report["no_event"] <= PLOVER_NO_EVENT_CEILING, plover_report
