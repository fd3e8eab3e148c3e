"""The event database: one SQLite file (WAL), written one article per transaction.

from eventwire.store import Store
with Store.open("eventwire.db") as store:
    if not store.has_article(article_id(article)):
        store.add(article, events, places)
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType

from sqlite_utils import Database

from ..records import Article, Event, PlaceMention
from . import merging
from .errors import DamagedDatabase, NotOurDatabase, StoreError
from .ids import article_id
from .migrations import MIGRATIONS, MIGRATIONS_TABLE, migrate
from .rows import actor_rows, article_row, event_rows, place_rows
from .schema import TABLES
from .sql import Row, write_transaction

BUSY_TIMEOUT_MS = 30_000
DEFAULT_DB = "eventwire.db"


@dataclass(slots=True)
class Stored:
    """What storing one article wrote."""

    article_id: str
    mentions: int
    events: list[str]


def _connect(path: Path | str) -> Database:
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open database {path}: {error}") from error
    db = Database(conn)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        check_ours(db, path)  # before WAL, which would change another application's file
        if str(path) != ":memory:":
            _enable_wal(db)
    except sqlite3.Error as error:
        db.close()
        raise StoreError(f"cannot open database {path}: {error}") from error
    except StoreError:
        db.close()
        raise
    return db


def _enable_wal(db: Database) -> None:
    """Switch to WAL, waiting while another process holds the lock (changing the journal mode
    takes no notice of the busy timeout: two ingests creating one database at once would fail)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def check_ours(db: Database, path: Path | str) -> None:
    """NotOurDatabase unless the database is empty or eventwire's (its migrations table, its first migration).

    Another application's SQLite file (even one with a `migrations` table of its own) would
    otherwise silently get eventwire's tables and WAL mode.
    """
    tables = {
        str(name)
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    }
    if not tables or _is_eventwire(db, tables):
        return
    shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
    raise NotOurDatabase(
        f"{path} is another application's SQLite database (tables: {shown}); "
        "eventwire only opens its own databases or empty ones"
    )


def _is_eventwire(db: Database, tables: set[str]) -> bool:
    if MIGRATIONS_TABLE not in tables:
        return False
    columns = {str(row[1]) for row in db.execute(f"PRAGMA table_info({MIGRATIONS_TABLE})")}
    if not {"id", "name", "applied_at"} <= columns:
        return False
    first = db.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE id = ?", [MIGRATIONS[0].id]).fetchone()
    if first is None:  # created, but the first migration never committed: ours if nothing else is there
        return tables == {MIGRATIONS_TABLE}
    return bool(first[0] == MIGRATIONS[0].name)


class Store:
    """An open event database; `add` stores an article with its events and re-merges what it touches."""

    def __init__(self, db: Database, path: str) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path | str = DEFAULT_DB) -> Store:
        """Open (creating or upgrading) the database at `path`."""
        db = _connect(path)
        try:
            migrate(db)
        except sqlite3.Error as error:
            db.close()
            raise StoreError(f"cannot upgrade database {path}: {error}") from error
        except BaseException:
            db.close()
            raise
        return cls(db, str(path))

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def has_article(self, aid: str) -> bool:
        """Whether an article of this id is stored."""
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", [aid]).fetchone() is not None

    def check_writable(self) -> None:
        """Raise StoreError now, before any parsing, when the database cannot be written (a read-only file)."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                # SQLite refuses the first write to a read-only database; the row is rolled back at once.
                self.db.execute(f"INSERT INTO {MIGRATIONS_TABLE} (id, name) VALUES (-1, 'write check')")
            finally:
                self.db.rollback()
        except sqlite3.Error as error:
            raise StoreError(f"cannot write to database {self.path}: {error}") from error
        self.check_intact()

    def check_intact(self) -> None:
        """DamagedDatabase when SQLite finds damaged pages (PRAGMA quick_check: 1 s for 180 MB, 100k events).

        Run before a write: writing into a damaged file spreads the damage, and lookups in a damaged
        index can report every article as already stored.
        """
        try:
            (verdict,) = self.db.execute("PRAGMA quick_check(1)").fetchone()
        except sqlite3.DatabaseError as error:
            raise DamagedDatabase(f"database {self.path} is damaged: {error}") from error
        if verdict != "ok":
            raise DamagedDatabase(f"database {self.path} is damaged: {str(verdict)[:120]}")

    def count(self, table: str) -> int:
        """The number of rows of one of the store's tables."""
        if table not in TABLES:
            raise StoreError(f"no table {table!r} in the event database")
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def add(
        self,
        article: Article,
        events: Sequence[Event],
        places: Sequence[PlaceMention] = (),
        published: date | None = None,
    ) -> Stored | None:
        """Store an article, its events (as mentions and claims) and places, and re-merge, atomically.

        Returns None, writing nothing, when the article is already stored.
        """
        aid = article_id(article)
        ingested_at = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            with write_transaction(self.db):
                if self.has_article(aid):
                    return None
                return self._write(aid, article, events, places, published, ingested_at)
        except sqlite3.Error as error:
            raise StoreError(f"cannot store {article.doc} in {self.path}: {error}") from error

    def _write(
        self,
        aid: str,
        article: Article,
        events: Sequence[Event],
        places: Sequence[PlaceMention],
        published: date | None,
        ingested_at: str,
    ) -> Stored:
        self.db.table("articles").insert(article_row(aid, article, published, ingested_at))
        mentions, claims = event_rows(aid, events)
        actors = [actor for event in events for actor in actor_rows(event)]
        self.db.table("mentions").insert_all(mentions)
        self.db.table("claims").insert_all(claims)
        self.db.table("places").insert_all(place_rows(aid, list(places)))
        self.db.table("block_keys").insert_all(k for row in mentions for k in merging.key_rows(row))
        count_actors(self.db, actors)
        event_ids = merging.remerge(self.db, sorted(row["id"] for row in mentions))
        return Stored(aid, len(mentions), event_ids)


def count_actors(db: Database, added: Iterable[Row], removed: Iterable[Row] = ()) -> None:
    """Count the parties of added mentions into the actors table and take those of removed ones out.

    A party no stored mention names any more leaves the table: the counts are always the number
    of stored mentions naming each party (`rows.actor_rows`).
    """
    for actor in added:
        db.execute(
            "INSERT INTO actors (id, name, country, sector, count) VALUES (?, ?, ?, ?, 1) "
            "ON CONFLICT(id) DO UPDATE SET count = count + 1",
            [actor["id"], actor["name"], actor["country"], actor["sector"]],
        )
    for actor in removed:
        db.execute("UPDATE actors SET count = count - 1 WHERE id = ?", [actor["id"]])
        db.execute("DELETE FROM actors WHERE id = ? AND count <= 0", [actor["id"]])
