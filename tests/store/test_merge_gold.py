"""The cross-article merge against the project's own merge gold (tests/fixtures/merge_gold).

22 happenings told by 2-3 wire-style reports each (written for this gold: different outlets,
wording, tolls, place precision and publication days) and distractors (same city and day,
another target; an attack and the response to it; the same kind of attack a week later).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from store_support import SEED, OpenExtractor, read_articles

from eventwire.merge.gold import GoldReport, b_cubed, load_gold, score_store, store_reports
from eventwire.records import Article, Event, PlaceMention
from eventwire.store import Store

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "merge_gold"
Found = list[tuple[Article, list[Event], list[PlaceMention]]]


def test_b_cubed_on_a_hand_counted_example() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    # a and b apart, c with b: precision (1 + 1/2 + 1/2) / 3, recall (1/2 + 1/2 + 1) / 3.
    precision, recall = b_cubed(gold, {"a": "1", "b": "2", "c": "2"})
    assert precision == pytest.approx(2 / 3) and recall == pytest.approx(2 / 3)
    assert b_cubed(gold, {"a": "1", "b": "1", "c": "2"}) == (1.0, 1.0)


def test_gold_has_enough_happenings_and_distractors() -> None:
    reports = load_gold(GOLD / "reports.jsonl")
    sizes: dict[str, int] = {}
    for report in reports:
        sizes[report.happening] = sizes.get(report.happening, 0) + 1
    assert sum(1 for n in sizes.values() if 2 <= n <= 4) >= 15
    assert sum(1 for h in sizes if h.startswith("d")) >= 5


@pytest.fixture(scope="module")
def gold_found(open_extractor: OpenExtractor) -> tuple[list[GoldReport], Found]:
    reports = load_gold(GOLD / "reports.jsonl")
    with open_extractor() as ex:
        found = [(f.article, f.events, f.places) for f in ex.code([r.article for r in reports])]
    return reports, found


def test_merge_gold_b_cubed_meets_its_targets_in_any_order(
    gold_found: tuple[list[GoldReport], Found], tmp_path: Path
) -> None:
    reports, found = gold_found
    store_reports(tmp_path / "forward.db", found)
    store_reports(tmp_path / "shuffled.db", found[1::2] + found[::-2])
    forward, groups = score_store(tmp_path / "forward.db", reports)
    shuffled, groups_shuffled = score_store(tmp_path / "shuffled.db", reports)
    assert forward.items >= 35
    assert forward.precision >= 0.95 and forward.recall >= 0.92
    assert groups == groups_shuffled and forward.precision == shuffled.precision


def test_three_reports_of_the_missile_strike_are_one_event(open_extractor: OpenExtractor, tmp_path: Path) -> None:
    # One written report places the strike only in "Iraq" and names no target; the seed's evidence
    # is many sentences long. Both kinds are tested apart in test_merge_kinds.py.
    (seed,) = read_articles([SEED])
    seed.published, seed.outlet = date(2020, 1, 8), "The Straits Times"
    reports = [seed, *(r.article for r in load_gold(GOLD / "strike.jsonl"))]
    with open_extractor() as ex:
        store_reports(tmp_path / "strike.db", [(f.article, f.events, f.places) for f in ex.code(reports)])
    with Store.open(tmp_path / "strike.db") as store:
        row = store.db.execute(
            "SELECT n_sources, n_articles, location_name FROM events WHERE type = 'ASSAULT' AND actor_country = 'IRN' "
            "ORDER BY n_sources DESC LIMIT 1"
        ).fetchone()
    assert row[0] == 3 and row[1] == 3
    assert row[2] == "Al Asad Air Base"  # the finest place is kept


def test_held_out_reports_keep_distinct_happenings_apart(open_extractor: OpenExtractor, tmp_path: Path) -> None:
    # heldout.jsonl was written before the merge was tuned on reports.jsonl and is never tuned on:
    # measured P 1.000, R 0.737 (the misses are places and parties extraction does not resolve).
    reports = load_gold(GOLD / "heldout.jsonl")
    assert len({r.happening for r in reports}) >= 10
    with open_extractor() as ex:
        store_reports(
            tmp_path / "h.db", [(f.article, f.events, f.places) for f in ex.code([r.article for r in reports])]
        )
    held_out, _ = score_store(tmp_path / "h.db", reports)
    assert held_out.items >= 15 and held_out.precision >= 0.95 and held_out.recall >= 0.70
