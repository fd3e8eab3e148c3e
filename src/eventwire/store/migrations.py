"""Recorded schema migrations: each runs once, in order, in its own transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from .errors import SchemaTooNew
from .schema import V1_TABLES
from .sql import write_transaction

MIGRATIONS_TABLE = "migrations"


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema change: its number, a name for people, and the function that applies it."""

    id: int
    name: str
    apply: Callable[[Database], None]


def _initial_schema(db: Database) -> None:
    for statement in V1_TABLES:
        db.execute(statement)


def _events_n_mentions(db: Database) -> None:
    if "n_mentions" not in db.table("events").columns_dict:
        db.execute("ALTER TABLE events ADD COLUMN n_mentions INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "UPDATE events SET n_mentions = (SELECT count(*) FROM event_mentions WHERE event_mentions.event_id = events.id)"
    )


def _articles_published_source(db: Database) -> None:
    # Where the publication date came from: "metadata", "text", "option" (--published); NULL when
    # unknown (articles stored before this migration, or without a date).
    if "published_source" not in db.table("articles").columns_dict:
        db.execute("ALTER TABLE articles ADD COLUMN published_source TEXT")


def _articles_source_index(db: Database) -> None:
    # The outlet an article counts under (store.merging.SOURCE_SQL), for a big event's source count.
    from .merging import SOURCE_SQL

    db.execute(f"CREATE INDEX IF NOT EXISTS articles_source ON articles({SOURCE_SQL})")


def _articles_pipeline(db: Database) -> None:
    # The pipeline an article was last re-extracted with (`eventwire reprocess`); NULL: as ingested.
    if "pipeline" not in db.table("articles").columns_dict:
        db.execute("ALTER TABLE articles ADD COLUMN pipeline TEXT")


def _event_tallies(db: Database) -> None:
    # The web's aggregates (store.tallies), filled from the events and kept exact by triggers.
    from .tallies import create_tallies

    create_tallies(db)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _initial_schema),
    Migration(2, "events.n_mentions", _events_n_mentions),
    Migration(3, "articles.published_source", _articles_published_source),
    Migration(4, "articles source index", _articles_source_index),
    Migration(5, "articles.pipeline", _articles_pipeline),
    Migration(6, "event tallies", _event_tallies),
)
SCHEMA_VERSION = MIGRATIONS[-1].id


def applied(db: Database) -> list[int]:
    """The ids of the migrations this database records as applied."""
    if not db.table(MIGRATIONS_TABLE).exists():
        return []
    return [row[0] for row in db.execute(f"SELECT id FROM {MIGRATIONS_TABLE} ORDER BY id").fetchall()]


def migrate(db: Database) -> list[Migration]:
    """Apply the migrations the database lacks, recording each; returns those applied."""
    db.execute(
        f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT)"
    )
    done = set(applied(db))
    newer = sorted(done - {m.id for m in MIGRATIONS})
    if newer:
        raise SchemaTooNew(f"database schema version {max(newer)} is newer than this eventwire ({SCHEMA_VERSION})")
    ran = []
    for migration in MIGRATIONS:
        if migration.id in done:
            continue
        with write_transaction(db):
            # Another process may have applied it since we looked.
            if db.execute(f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE id = ?", [migration.id]).fetchone():
                continue
            migration.apply(db)
            db.execute(
                f"INSERT INTO {MIGRATIONS_TABLE} (id, name, applied_at) VALUES (?, ?, ?)",
                [migration.id, migration.name, datetime.now(UTC).isoformat(timespec="seconds")],
            )
        ran.append(migration)
    return ran
