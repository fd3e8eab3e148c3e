"""Helpers and inputs of the event database tests.

The articles: the seed report (published 2020-01-08), four GeoWebNews dev articles, and four
hand-written wire reports of 14 March 2021 — three of one Baghdad car bombing from different
outlets with different death tolls, one of a different attack near Mosul the same day.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
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
WIRE_REPORTS = [
    {
        "id": "reuters-1",
        "url": "https://www.reuters.com/world/middle-east/car-bomb-baghdad-market-2021-03-14/?utm_source=twitter",
        "outlet": "Reuters",
        "title": "Car bomb kills 12 in Baghdad market",
        "published": "2021-03-14",
        "text": "BAGHDAD (Reuters) - A car bomb exploded in a crowded market in Baghdad on Sunday, killing at least "
        "12 people and wounding 30 others, Iraqi police said.\n\nNo group immediately claimed responsibility "
        "for the bombing in the Iraqi capital.",
    },
    {
        "id": "ap-1",
        "url": "https://apnews.com/article/iraq-baghdad-bombing-market",
        "outlet": "Associated Press",
        "title": "Bombing at Baghdad market kills 15",
        "published": "2021-03-14",
        "text": "BAGHDAD (AP) - A car bomb tore through a busy market in Baghdad on Sunday, killing 15 people and "
        "wounding dozens, Iraqi security officials said.\n\nThe explosion in the Iraqi capital was the "
        "deadliest in months.",
    },
    {
        "id": "aljazeera-1",
        "url": "https://www.aljazeera.com/news/2021/3/14/baghdad-market-car-bomb",
        "outlet": "Al Jazeera",
        "title": "Baghdad market car bomb kills 20",
        "published": "2021-03-14",
        "text": "A car bomb exploded at a market in Baghdad on Sunday, killing 20 people, according to the Iraqi "
        "health ministry.\n\nThe bombing in the Iraqi capital wounded dozens more.",
    },
    {
        "id": "afp-2",
        "url": "https://www.afp.com/en/news/mosul-checkpoint-attack",
        "outlet": "AFP",
        "title": "Gunmen kill four soldiers in Mosul",
        "published": "2021-03-14",
        "text": "MOSUL, Iraq (AFP) - Islamic State gunmen attacked an army checkpoint near Mosul on Sunday, killing "
        "four Iraqi soldiers, the military said.",
    },
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
