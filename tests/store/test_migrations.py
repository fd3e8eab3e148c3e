"""Schema migrations are recorded, and an older database is upgraded when opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_support import Extracted

from eventwire.store import MIGRATIONS, SCHEMA_VERSION, SchemaTooNew, Store
from eventwire.store.schema import TABLES

# The version 1 schema, written out by hand as an eventwire of that version created it:
# `events` has no n_mentions column yet.
VERSION_1 = """
CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT);
INSERT INTO migrations VALUES (1, 'initial schema', '2025-01-01T00:00:00+00:00');
CREATE TABLE articles (id TEXT PRIMARY KEY, doc TEXT NOT NULL, url TEXT, title TEXT, outlet TEXT, published TEXT,
    text TEXT NOT NULL, ingested_at TEXT);
CREATE TABLE mentions (id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), ordinal INTEGER NOT NULL,
    doc TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, cameo TEXT, acled TEXT,
    actor_text TEXT, actor_name TEXT, actor_country TEXT, actor_sector TEXT, actor_kind TEXT,
    target_text TEXT, target_name TEXT, target_country TEXT, target_sector TEXT, target_kind TEXT,
    source_text TEXT, source_name TEXT, source_country TEXT, source_sector TEXT, source_kind TEXT,
    location_text TEXT, location_name TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, precision TEXT,
    gazetteer_id TEXT, date TEXT, date_text TEXT, date_precision TEXT, date_default INTEGER, date_approximate INTEGER,
    status TEXT NOT NULL, quantities TEXT NOT NULL, conflicts TEXT NOT NULL, evidence TEXT NOT NULL,
    start INTEGER, "end" INTEGER, confidence REAL NOT NULL);
CREATE TABLE events (id TEXT PRIMARY KEY, mention_id TEXT NOT NULL REFERENCES mentions(id), type TEXT NOT NULL,
    mode TEXT, cameo TEXT, acled TEXT,
    actor_text TEXT, actor_name TEXT, actor_country TEXT, actor_sector TEXT,
    target_text TEXT, target_name TEXT, target_country TEXT, target_sector TEXT,
    location_text TEXT, location_name TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, precision TEXT,
    date TEXT, date_text TEXT, date_precision TEXT, status TEXT NOT NULL, n_sources INTEGER NOT NULL,
    n_articles INTEGER NOT NULL, confidence REAL NOT NULL, first_seen TEXT, last_seen TEXT);
CREATE TABLE event_mentions (event_id TEXT NOT NULL REFERENCES events(id),
    mention_id TEXT NOT NULL UNIQUE REFERENCES mentions(id), PRIMARY KEY (event_id, mention_id)) WITHOUT ROWID;
CREATE TABLE claims (mention_id TEXT NOT NULL REFERENCES mentions(id), ordinal INTEGER NOT NULL,
    event_id TEXT REFERENCES events(id), article_id TEXT NOT NULL REFERENCES articles(id), kind TEXT NOT NULL,
    value REAL, low REAL, high REAL, text TEXT NOT NULL, source TEXT, start INTEGER, "end" INTEGER,
    PRIMARY KEY (mention_id, ordinal));
CREATE TABLE estimates (event_id TEXT NOT NULL REFERENCES events(id), kind TEXT NOT NULL, low REAL, best REAL,
    high REAL, n_claims INTEGER NOT NULL, n_sources INTEGER NOT NULL, conflict INTEGER NOT NULL,
    PRIMARY KEY (event_id, kind));
CREATE TABLE places (article_id TEXT NOT NULL REFERENCES articles(id), ordinal INTEGER NOT NULL, doc TEXT NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, name TEXT, country TEXT, admin1 TEXT,
    lat REAL, lon REAL, precision TEXT, gazetteer_id TEXT, kind TEXT NOT NULL, PRIMARY KEY (article_id, ordinal));
CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT, country TEXT, sector TEXT, count INTEGER NOT NULL);
CREATE TABLE block_keys (key TEXT NOT NULL, mention_id TEXT NOT NULL REFERENCES mentions(id),
    PRIMARY KEY (key, mention_id)) WITHOUT ROWID;

INSERT INTO articles (id, doc, text) VALUES ('a0', 'old.txt', 'An old article.');
INSERT INTO events (id, mention_id, type, status, n_sources, n_articles, confidence)
    VALUES ('e0', 'm0', 'PROTEST', 'asserted', 2, 2, 0.9);
INSERT INTO event_mentions VALUES ('e0', 'm0'), ('e0', 'm1');
"""


def _columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def _migrations(path: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, name FROM migrations ORDER BY id").fetchall()
    finally:
        conn.close()


def test_a_new_database_records_every_migration(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Store.open(path) as store:
        assert all(store.count(t) == 0 for t in TABLES)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert _migrations(path) == [(m.id, m.name) for m in MIGRATIONS]
    assert "n_mentions" in _columns(path, "events")


def test_a_version_1_database_is_upgraded_and_keeps_its_rows(tmp_path: Path, extracted: list[Extracted]) -> None:
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    conn.executescript(VERSION_1)
    conn.close()
    assert "n_mentions" not in _columns(path, "events")

    with Store.open(path) as store:
        assert store.has_article("a0")
        # The new column is backfilled from the rows the old version wrote.
        assert store.db.execute("SELECT n_mentions FROM events WHERE id = 'e0'").fetchone()[0] == 2
        seed = extracted[0]
        assert store.add(seed.article, seed.events, seed.places, seed.published) is not None
        assert store.count("articles") == 2
    assert [m[0] for m in _migrations(path)] == list(range(1, SCHEMA_VERSION + 1))
    assert "n_mentions" in _columns(path, "events")


def test_reopening_an_up_to_date_database_applies_nothing(tmp_path: Path) -> None:
    path = tmp_path / "db.db"
    Store.open(path).close()
    before = _migrations(path)
    Store.open(path).close()
    assert _migrations(path) == before


def test_a_database_from_a_newer_eventwire_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO migrations VALUES (99, 'from the future', NULL)")
    conn.close()
    with pytest.raises(SchemaTooNew, match="99"):
        Store.open(path)
