"""Helpers and inputs of the event database tests.

The articles: the seed report (published 2020-01-08), four GeoWebNews dev articles, and four
hand-written wire reports of 14 March 2021 — three of one Baghdad car bombing from different
outlets with different death tolls, one of a different attack near Mosul the same day.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from eventwire.extractor import Extractor
from eventwire.ingest import iter_inputs
from eventwire.records import Article, Event, PlaceMention
from eventwire.store import Store
from eventwire.store.schema import TABLES

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = SHARED / "corpus" / "seed" / "000_773db53a13bc0aed.txt"
GWN_DIR = SHARED / "corpus" / "geowebnews-dev"
GWN_FILES = ("gwn-000.txt", "gwn-026.txt", "gwn-030.txt", "gwn-050.txt")
SEED_PUBLISHED = date(2020, 1, 8)

BAGHDAD_REPORTS = ("reuters-1", "ap-1", "aljazeera-1")
MOSUL_REPORT = "afp-2"
# Three outlets reporting one Baghdad car bombing with different tolls, and an attack near
# Mosul the same day: shared with the CLI tests.
WIRE_REPORTS = [
    json.loads(line)
    for line in (Path(__file__).resolve().parents[1] / "fixtures" / "wire_reports.jsonl")
    .read_text("utf-8")
    .splitlines()
]

OpenExtractor = Callable[[], Extractor]


@dataclass(slots=True)
class Extracted:
    """One article with what the real extractor found in it, and the publication date it was given."""

    article: Article
    events: list[Event]
    places: list[PlaceMention]
    published: date | None


def read_articles(paths: Sequence[Path | str]) -> list[Article]:
    """The articles of some inputs (bad inputs dropped)."""
    return [a for a in iter_inputs([str(p) for p in paths]) if isinstance(a, Article)]


def store_all(db_path: Path | str, items: Sequence[Extracted]) -> None:
    """Store already-extracted articles, in the given order."""
    with Store.open(db_path) as store:
        for item in items:
            store.add(item.article, item.events, item.places, item.published)


def table_checksums(db_path: Path | str, skip_columns: frozenset[str] = frozenset()) -> dict[str, tuple[int, str]]:
    """(row count, hash of every row in a fixed order) per table of the store."""
    conn = sqlite3.connect(str(db_path))
    try:
        sums = {}
        for table in TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in skip_columns]
            listed = ", ".join(f'"{c}"' for c in columns)
            rows = conn.execute(f"SELECT {listed} FROM {table} ORDER BY {listed}").fetchall()
            digest = hashlib.sha1(json.dumps(rows, default=str).encode(), usedforsecurity=False).hexdigest()
            sums[table] = (len(rows), digest)
        return sums
    finally:
        conn.close()


@contextmanager
def serve_feed(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """A local HTTP server answering with `handler` while the block runs; yields the feed's URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    finally:
        server.shutdown()
        server.server_close()
