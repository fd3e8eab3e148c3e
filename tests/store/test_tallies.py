"""The event tallies stay equal to a GROUP BY over the events through ingest, merges, reprocessing and deletes.

The database is the corpus of real articles (the seed, GeoWebNews articles, three wire reports of one
Baghdad bombing that merge into one event with a killed estimate, and one of an attack near Mosul).
Each tally is compared with a GROUP BY written out here by hand, not with the module's own fill query.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from store_support import Extracted

from eventwire.store import Store
from eventwire.store.ingest import pipeline_key, replace_article, stored_articles
from eventwire.store.migrations import MIGRATIONS
from eventwire.store.tallies import CELL_DEGREES, TALLY_TABLES

KILLED_JOIN = "FROM events e LEFT JOIN estimates k ON k.event_id = e.id AND k.kind = 'killed'"
DYAD = "coalesce(e.actor_name, e.actor_text, '?') || ' → ' || coalesce(e.target_name, e.target_text, '?')"
PLACE = "coalesce(e.location_name, e.location_text) || coalesce(', ' || e.country, '')"
DIRECT = {
    "tally_days": f"SELECT coalesce(e.date, ''), e.type, count(*), total(k.best) {KILLED_JOIN} GROUP BY 1, 2",
    "tally_cells": (
        f"SELECT CAST((e.lon + 180) / {CELL_DEGREES!r} AS INTEGER), CAST((e.lat + 90) / {CELL_DEGREES!r} AS INTEGER), "
        f"e.type, count(*), total(k.best), total(e.lat), total(e.lon) {KILLED_JOIN} "
        "WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY 1, 2, 3"
    ),
    "tally_dyads": f"SELECT {DYAD}, e.type, count(*), total(k.best) {KILLED_JOIN} GROUP BY 1, 2",
    "tally_places": (
        f"SELECT {PLACE}, e.type, count(*), total(k.best) {KILLED_JOIN} WHERE {PLACE} IS NOT NULL GROUP BY 1, 2"
    ),
}


def _rounded(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    # Sums of coordinates added and taken away by the triggers may differ in the last bits.
    return sorted(tuple(round(v, 6) if isinstance(v, float) else v for v in row) for row in rows)


def assert_exact(path: Path) -> dict[str, int]:
    """Every tally equals its GROUP BY; returns the rows of each."""
    conn = sqlite3.connect(path)
    try:
        sizes = {}
        for table in TALLY_TABLES:
            stored = _rounded(conn.execute(f"SELECT * FROM {table}").fetchall())
            assert stored == _rounded(conn.execute(DIRECT[table]).fetchall()), table
            sizes[table] = len(stored)
        (events,) = conn.execute("SELECT count(*) FROM events").fetchone()
        assert conn.execute("SELECT sum(events) FROM tally_days").fetchone()[0] == (events or None)
        return sizes
    finally:
        conn.close()


def _killed(path: Path) -> float:
    conn = sqlite3.connect(path)
    try:
        return float(conn.execute("SELECT total(killed) FROM tally_days").fetchone()[0])
    finally:
        conn.close()


def test_tallies_equal_a_group_by_after_ingest_and_merge(db_copy: Path) -> None:
    sizes = assert_exact(db_copy)
    assert all(n > 0 for n in sizes.values()), sizes
    assert _killed(db_copy) > 0  # the Baghdad bombing's toll, merged from three reports


def test_tallies_stay_exact_through_reprocessing_and_deletes(db_copy: Path, extracted: list[Extracted]) -> None:
    by_doc = {item.article.doc: item for item in extracted}
    key = pipeline_key("test-model", None)
    with Store.open(db_copy) as store:
        articles = list(stored_articles(store, key, None))
        assert len(articles) == len(extracted)
        # Re-extracted under another publication date: relative dates move, events re-merge.
        for article in articles[:4]:
            item = by_doc[article.doc]
            replace_article(store, article, item.events, item.places, date(2022, 6, 1), key)
        assert_exact(db_copy)
        # An article whose events are gone (the Baghdad reports one by one): its events re-merge or vanish.
        for article in articles:
            if article.doc in {a.doc for a in articles[:2]} or "reuters" in article.doc:
                replace_article(store, article, [], [], None, key)
        assert_exact(db_copy)
        for article in articles:
            replace_article(store, article, [], [], None, key)
        assert store.count("events") == 0
    assert assert_exact(db_copy) == dict.fromkeys(TALLY_TABLES, 0)


def test_updates_of_events_and_estimates_move_their_counts(db_copy: Path) -> None:
    with Store.open(db_copy) as store:
        db = store.db
        (event_id,) = db.execute("SELECT event_id FROM estimates WHERE kind = 'killed' AND best > 0").fetchone()
        before = _killed(db_copy)
        db.execute("UPDATE estimates SET best = best + 10 WHERE event_id = ? AND kind = 'killed'", [event_id])
        db.execute(
            "UPDATE events SET date = '2019-05', lat = 10.5, lon = -3.25, type = 'PROTEST' WHERE id = ?", [event_id]
        )
        db.execute("UPDATE events SET location_name = 'Elsewhere', actor_name = NULL WHERE rowid % 3 = 0")
        db.conn.commit()
    assert _killed(db_copy) == pytest.approx(before + 10)
    assert_exact(db_copy)


def test_an_older_database_gets_its_tallies_filled_when_opened(db_copy: Path) -> None:
    conn = sqlite3.connect(db_copy)
    with conn:
        for name in [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'tally_%'")]:
            kind = conn.execute("SELECT type FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
            conn.execute(f"DROP {kind.upper()} IF EXISTS {name}")
        conn.execute(
            "DELETE FROM migrations WHERE id = ?", [next(m.id for m in MIGRATIONS if m.name == "event tallies")]
        )
    conn.close()
    with Store.open(db_copy) as store:
        assert store.db.execute("SELECT count(*) FROM tally_days").fetchone()[0] > 0
    assert_exact(db_copy)
