"""The tables of the event database, as the DDL of each schema migration.

A migration's statements never change once released: an older database is brought up to date by
running the migrations it lacks, in order. Every statement is idempotent (IF NOT EXISTS, or a
column added only when missing) so a database whose migrations table was lost still upgrades.
"""

from __future__ import annotations

# Version 1: every table; events lack n_mentions (added by migration 2).
V1_TABLES: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS articles (
        id TEXT PRIMARY KEY,
        doc TEXT NOT NULL,
        url TEXT,
        title TEXT,
        outlet TEXT,
        published TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS mentions (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        ordinal INTEGER NOT NULL,
        doc TEXT NOT NULL,
        type TEXT NOT NULL,
        mode TEXT,
        cameo TEXT,
        acled TEXT,
        actor_text TEXT, actor_name TEXT, actor_country TEXT, actor_sector TEXT, actor_kind TEXT,
        target_text TEXT, target_name TEXT, target_country TEXT, target_sector TEXT, target_kind TEXT,
        source_text TEXT, source_name TEXT, source_country TEXT, source_sector TEXT, source_kind TEXT,
        location_text TEXT, location_name TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL,
        precision TEXT, gazetteer_id TEXT,
        date TEXT, date_text TEXT, date_precision TEXT, date_default INTEGER, date_approximate INTEGER,
        status TEXT NOT NULL,
        quantities TEXT NOT NULL,
        conflicts TEXT NOT NULL,
        evidence TEXT NOT NULL,
        start INTEGER,
        "end" INTEGER,
        confidence REAL NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id)",
    """CREATE TABLE IF NOT EXISTS events (
        id TEXT PRIMARY KEY,
        mention_id TEXT NOT NULL REFERENCES mentions(id),
        type TEXT NOT NULL,
        mode TEXT,
        cameo TEXT,
        acled TEXT,
        actor_text TEXT, actor_name TEXT, actor_country TEXT, actor_sector TEXT,
        target_text TEXT, target_name TEXT, target_country TEXT, target_sector TEXT,
        location_text TEXT, location_name TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, precision TEXT,
        date TEXT, date_text TEXT, date_precision TEXT,
        status TEXT NOT NULL,
        n_sources INTEGER NOT NULL,
        n_articles INTEGER NOT NULL,
        confidence REAL NOT NULL,
        first_seen TEXT,
        last_seen TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS events_type ON events(type)",
    "CREATE INDEX IF NOT EXISTS events_date ON events(date)",
    "CREATE INDEX IF NOT EXISTS events_country ON events(country)",
    """CREATE TABLE IF NOT EXISTS event_mentions (
        event_id TEXT NOT NULL REFERENCES events(id),
        mention_id TEXT NOT NULL UNIQUE REFERENCES mentions(id),
        PRIMARY KEY (event_id, mention_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS claims (
        mention_id TEXT NOT NULL REFERENCES mentions(id),
        ordinal INTEGER NOT NULL,
        event_id TEXT REFERENCES events(id),
        article_id TEXT NOT NULL REFERENCES articles(id),
        kind TEXT NOT NULL,
        value REAL,
        low REAL,
        high REAL,
        text TEXT NOT NULL,
        source TEXT,
        start INTEGER,
        "end" INTEGER,
        PRIMARY KEY (mention_id, ordinal)
    )""",
    "CREATE INDEX IF NOT EXISTS claims_event ON claims(event_id)",
    """CREATE TABLE IF NOT EXISTS estimates (
        event_id TEXT NOT NULL REFERENCES events(id),
        kind TEXT NOT NULL,
        low REAL,
        best REAL,
        high REAL,
        n_claims INTEGER NOT NULL,
        n_sources INTEGER NOT NULL,
        conflict INTEGER NOT NULL,
        PRIMARY KEY (event_id, kind)
    )""",
    """CREATE TABLE IF NOT EXISTS places (
        article_id TEXT NOT NULL REFERENCES articles(id),
        ordinal INTEGER NOT NULL,
        doc TEXT NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        name TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, precision TEXT, gazetteer_id TEXT,
        kind TEXT NOT NULL,
        PRIMARY KEY (article_id, ordinal)
    )""",
    """CREATE TABLE IF NOT EXISTS actors (
        id TEXT PRIMARY KEY,
        name TEXT,
        country TEXT,
        sector TEXT,
        count INTEGER NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS block_keys (
        key TEXT NOT NULL,
        mention_id TEXT NOT NULL REFERENCES mentions(id),
        PRIMARY KEY (key, mention_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS block_keys_mention ON block_keys(mention_id)",
)

# The tables a database of the current schema has (the migrations table aside).
TABLES: tuple[str, ...] = (
    "articles",
    "mentions",
    "events",
    "event_mentions",
    "claims",
    "estimates",
    "places",
    "actors",
    "block_keys",
)
