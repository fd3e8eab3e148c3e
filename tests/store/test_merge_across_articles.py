"""Reports of one event from many articles become one event, whatever the order they arrive in."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from store_support import BAGHDAD_REPORTS, MOSUL_REPORT, Extracted, store_all

from eventwire.store import Store


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_two_ingest_orders_give_the_same_events(tmp_path: Path, extracted: list[Extracted]) -> None:
    forward, backward = tmp_path / "forward.db", tmp_path / "backward.db"
    store_all(forward, extracted)
    # Reversed, and the wire reports first: every merge happens in another order.
    store_all(backward, sorted(extracted[::-1], key=lambda e: e.article.url is None))
    for sql in (
        "SELECT * FROM events ORDER BY id",
        "SELECT * FROM estimates ORDER BY event_id, kind",
        "SELECT * FROM event_mentions ORDER BY event_id, mention_id",
        "SELECT mention_id, ordinal, event_id FROM claims ORDER BY mention_id, ordinal",
    ):
        assert _rows(forward, sql) == _rows(backward, sql), sql
    assert _rows(forward, "SELECT count(*) FROM events")[0][0] > 5


def _event_of(store: Store, doc: str) -> dict[str, Any]:
    row = store.db.execute(
        "SELECT e.id, e.n_sources, e.n_articles, e.type FROM events e JOIN event_mentions em ON em.event_id = e.id "
        "JOIN mentions m ON m.id = em.mention_id WHERE m.doc = ? AND e.type = 'ASSAULT'",
        [doc],
    ).fetchall()
    assert len(row) == 1, (doc, row)
    return dict(zip(("id", "n_sources", "n_articles", "type"), row[0], strict=True))


def test_three_outlets_reporting_one_bombing_make_one_event_with_conflicting_tolls(built_db: Path) -> None:
    with Store.open(built_db) as store:
        events = {doc: _event_of(store, doc) for doc in (*BAGHDAD_REPORTS, MOSUL_REPORT)}
        bombing = events[BAGHDAD_REPORTS[0]]
        assert all(events[doc]["id"] == bombing["id"] for doc in BAGHDAD_REPORTS)
        assert bombing["n_sources"] == 3 and bombing["n_articles"] == 3
        killed = store.db.execute(
            "SELECT low, best, high, n_claims, n_sources, conflict FROM estimates "
            "WHERE event_id = ? AND kind = 'killed'",
            [bombing["id"]],
        ).fetchone()
        # Reuters "at least 12", AP 15, Al Jazeera 20.
        assert killed == (12, 15, 20, 3, 3, 1)
        # The attack near Mosul the same day stays its own event.
        mosul = events[MOSUL_REPORT]
        assert mosul["id"] != bombing["id"] and mosul["n_sources"] == 1
        claims = store.db.execute("SELECT count(*) FROM claims WHERE event_id = ?", [bombing["id"]]).fetchone()[0]
        assert claims >= 3
