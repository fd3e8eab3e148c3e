"""Serving additions to an event database: the evidence search index and the browsing view.

Both are rebuilt whole each time `eventwire serve` starts (idempotent); events ingested while serving
are searchable after the next start.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from ..store import Store
from ..store.sql import write_transaction

FTS_TABLE = "events_fts"
BROWSE_VIEW = "event_list"

# One row per event, its rowid the event's: the evidence sentences of all its mentions, and who and where.
_FTS_DDL = f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(evidence, parties, place)"
_FTS_FILL = f"""INSERT INTO {FTS_TABLE} (rowid, evidence, parties, place)
SELECT e.rowid,
  (SELECT group_concat(json_extract(j.value, '$.sentence'), ' ')
     FROM event_mentions em JOIN mentions m ON m.id = em.mention_id, json_each(m.evidence) j
    WHERE em.event_id = e.id),
  trim(coalesce(e.actor_text, '') || ' ' || coalesce(e.actor_name, '') || ' '
    || coalesce(e.target_text, '') || ' ' || coalesce(e.target_name, '')),
  trim(coalesce(e.location_text, '') || ' ' || coalesce(e.location_name, '') || ' '
    || coalesce(e.admin1, '') || ' ' || coalesce(e.country, ''))
FROM events e"""
# The facets the issue names (location_country, month) as columns of their own.
_VIEW_DDL = f"""CREATE VIEW {BROWSE_VIEW} AS SELECT
  e.rowid AS event_rowid, e.id, e.date, substr(e.date, 1, 7) AS month, e.type, e.mode, e.status,
  e.actor_name, e.actor_text, e.actor_country, e.target_name, e.target_text, e.target_country,
  e.location_name, e.country AS location_country, e.admin1, e.lat, e.lon,
  e.n_sources, e.n_articles, e.confidence
FROM events e"""


# Facet columns of the events table (type, date and country have store indexes already).
BROWSE_INDEXES = ("actor_country", "target_country", "status")
# What the analyst's pages read, as indexes:
SERVING_INDEXES = (
    # the events list's order (newest first, undated last, id breaking ties; eventwire.web.listing.DATE_KEY),
    # alone and within a type
    "CREATE INDEX IF NOT EXISTS events_date_key ON events(coalesce(date, ''), id)",
    "CREATE INDEX IF NOT EXISTS events_type_date_key ON events(type, coalesce(date, ''), id)",
    # the timeline's and the map's groupings, read without the wide rows
    "CREATE INDEX IF NOT EXISTS events_when_what ON events(date, type, id)",
    "CREATE INDEX IF NOT EXISTS events_where_what ON events(lat, lon, type, id)",
    # the killed estimates alone, and the when and where of their events, for fatalities per bucket or cell
    "CREATE INDEX IF NOT EXISTS estimates_killed ON estimates(kind, event_id, best, low, high)",
    "CREATE INDEX IF NOT EXISTS events_id_when_where ON events(id, date, type, lat, lon)",
)


# "ANALYZE <index>" for each index made here (the facet columns' too), by index name.
SERVING_ANALYZE = {
    name: f"ANALYZE {name}"
    for name in [*(s.split()[5] for s in SERVING_INDEXES), *(f"events_browse_{c}" for c in BROWSE_INDEXES)]
}


def _analyze(db: Database) -> None:
    """Statistics for the planner: all of them when there are none, else those of new indexes.

    Without them SQLite passes over the covering indexes above and reads the wide rows instead.
    """
    if not db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0]:
        db.execute("ANALYZE")
        return
    known = {r[0] for r in db.execute("SELECT DISTINCT idx FROM sqlite_stat1")}
    for index, analyze in SERVING_ANALYZE.items():
        if index not in known:
            db.execute(analyze)


def prepare_database(path: Path | str) -> int:
    """Create (or refresh) the evidence index and the browsing view; return the number of events indexed."""
    with Store.open(path) as store:
        store.check_writable()  # a read-only file: StoreError, one line, before any write
        db = store.db
        with write_transaction(db):
            db.execute(_FTS_DDL)
            db.execute(f"DELETE FROM {FTS_TABLE}")
            db.execute(_FTS_FILL)
            for statement in SERVING_INDEXES:
                db.execute(statement)
            for column in BROWSE_INDEXES:
                db.execute(f"CREATE INDEX IF NOT EXISTS events_browse_{column} ON events({column})")
            _analyze(db)
            db.execute(f"DROP VIEW IF EXISTS {BROWSE_VIEW}")
            db.execute(_VIEW_DDL)
        return int(db.execute(f"SELECT count(*) FROM {FTS_TABLE}").fetchone()[0])
