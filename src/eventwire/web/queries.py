"""What the eventwire pages show, read from the event database with plain SQL (run in Datasette's threads)."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..store.queries import BadFilter, EventFilter, check_date
from .geo import project
from .highlight import Segment, find_spans, segments

Row = dict[str, Any]

# Colours of the common event types; others get a stable colour from a hash of their name.
TYPE_COLOURS: dict[str, str] = {
    "ASSAULT": "#d62728",
    "FIGHT": "#8c1c13",
    "PROTEST": "#ff7f0e",
    "THREATEN": "#9467bd",
    "COERCE": "#8c564b",
    "REQUEST": "#1f77b4",
    "CONSULT": "#17becf",
    "SUPPORT": "#2ca02c",
    "SANCTION": "#e377c2",
    "REJECT": "#7f7f7f",
    "ACCUSE": "#bcbd22",
    "RETREAT": "#393b79",
}
_FALLBACK = ("#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1")
GRID_DEGREES = 5.0  # map markers cluster per cell of this many degrees
MAX_TIMELINE_DAYS = 400  # beyond this span the timeline counts per month


def type_colour(event_type: str) -> str:
    """The colour an event type is drawn in."""
    return TYPE_COLOURS.get(event_type) or _FALLBACK[zlib.crc32(event_type.encode()) % len(_FALLBACK)]


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[Row]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def filter_from_args(args: dict[str, list[str]]) -> EventFilter:
    """An EventFilter from a query string (?type=ASSAULT&country=IRQ&since=2020-01); BadFilter if malformed."""

    def many(name: str) -> tuple[str, ...]:
        return tuple(v.strip() for value in args.get(name, []) for v in value.split(",") if v.strip())

    def one(name: str) -> str | None:
        values = many(name)
        return values[0] if values else None

    since, until, min_sources = one("since"), one("until"), one("min_sources")
    try:
        sources = int(min_sources) if min_sources else None
    except ValueError as error:
        raise BadFilter(f"min_sources {min_sources!r} is not a whole number") from error
    return EventFilter(
        types=many("type"),
        countries=many("country"),
        actor=one("actor"),
        since=check_date(since) if since else None,
        until=check_date(until) if until else None,
        min_sources=sources,
    )


# The event page -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Evidence:
    """One evidence sentence, cut into segments for highlighting."""

    segments: list[Segment]


@dataclass(slots=True)
class Source:
    """One article reporting the event, with the evidence of its mentions."""

    article: Row
    mentions: list[Row] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class EventPage:
    """Everything the event page shows."""

    event: Row
    sources: list[Source]
    claims: list[Row]
    estimates: list[Row]


@contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """Run several reads in one transaction, so they all see the database as of the first one.

    An ingest commits between two statements otherwise, and its re-merge can take an event's
    mentions away after the event itself was read.
    """
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")  # nothing was written: this only ends the snapshot


def event_page(conn: sqlite3.Connection, event_id: str) -> EventPage | None:
    """The event with its sources, highlighted evidence, claims and estimates; None when unknown."""
    with read_snapshot(conn):
        return _event_page(conn, event_id)


def _event_page(conn: sqlite3.Connection, event_id: str) -> EventPage | None:
    found = _rows(conn, "SELECT * FROM events WHERE id = ?", [event_id])
    if not found:
        return None
    mentions = _rows(
        conn,
        "SELECT m.*, a.title AS article_title, a.url AS article_url, a.outlet AS article_outlet, "
        "a.published AS article_published, a.doc AS article_doc FROM event_mentions em "
        "JOIN mentions m ON m.id = em.mention_id JOIN articles a ON a.id = m.article_id "
        "WHERE em.event_id = ? ORDER BY a.published, m.article_id, m.ordinal",
        [event_id],
    )
    sources: dict[str, Source] = {}
    for mention in mentions:
        source = sources.setdefault(
            mention["article_id"],
            Source(
                {
                    "id": mention["article_id"],
                    "title": mention["article_title"],
                    "url": mention["article_url"],
                    "outlet": mention["article_outlet"],
                    "published": mention["article_published"],
                    "doc": mention["article_doc"],
                }
            ),
        )
        source.mentions.append(mention)
        roles = {
            "actor": mention["actor_text"],
            "target": mention["target_text"],
            "location": mention["location_text"],
        }
        quantities = json.loads(mention["quantities"] or "[]")
        for sentence in json.loads(mention["evidence"] or "[]"):
            text = sentence.get("sentence") or ""
            start = sentence.get("start") if isinstance(sentence.get("start"), int) else -(10**9)
            source.evidence.append(Evidence(segments(text, find_spans(text, start, roles, quantities))))
    claims = _rows(
        conn,
        "SELECT c.*, a.title AS article_title, coalesce(s.conflict, 0) AS conflict FROM claims c "
        "JOIN articles a ON a.id = c.article_id "
        "LEFT JOIN estimates s ON s.event_id = c.event_id AND s.kind = c.kind "
        "WHERE c.event_id = ? ORDER BY c.kind, c.article_id, c.ordinal",
        [event_id],
    )
    estimates = _rows(conn, "SELECT * FROM estimates WHERE event_id = ? ORDER BY kind", [event_id])
    return EventPage(found[0], list(sources.values()), claims, estimates)


# The map ------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Marker:
    """The events of one grid cell: drawn at their mean position, coloured by the commonest type."""

    x: float
    y: float
    count: int
    types: list[tuple[str, int]]
    colour: str
    lat: float
    lon: float


def _filtered(conn: sqlite3.Connection, where: EventFilter, columns: str, extra: str = "") -> list[Row]:
    clause, params = where.where()
    return _rows(conn, f"SELECT {columns} FROM events e WHERE {clause} {extra}", params)


def map_markers(conn: sqlite3.Connection, where: EventFilter) -> tuple[list[Marker], int]:
    """Markers of the filtered events clustered per grid cell, and how many events lack coordinates.

    Counted in SQL per (cell, type): a page over 100k events reads a few hundred rows.
    """
    rows = _filtered(
        conn,
        where,
        f"CAST((e.lon + 180) / {GRID_DEGREES} AS INTEGER) AS cx, CAST((e.lat + 90) / {GRID_DEGREES} AS INTEGER) AS cy, "
        "e.type AS type, count(*) AS n, sum(e.lat) AS sum_lat, sum(e.lon) AS sum_lon, "
        "sum(e.lat IS NULL OR e.lon IS NULL) AS unplaced",
        "GROUP BY cx, cy, e.type",
    )
    cells: dict[tuple[int, int], list[Row]] = {}
    unplaced = 0
    for row in rows:
        if row["cx"] is None or row["cy"] is None:
            unplaced += row["n"]
            continue
        cells.setdefault((row["cx"], row["cy"]), []).append(row)
    markers = []
    for key in sorted(cells):
        members = cells[key]
        count = sum(r["n"] for r in members)
        lat = sum(r["sum_lat"] for r in members) / count
        lon = sum(r["sum_lon"] for r in members) / count
        types = sorted(((r["type"], r["n"]) for r in members), key=lambda tn: (-tn[1], tn[0]))
        x, y = project(lon, lat)
        markers.append(Marker(x, y, count, types, type_colour(types[0][0]), lat, lon))
    return markers, unplaced


# The timeline -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Bar:
    """The events of one day (or month), stacked by type."""

    label: str
    stack: list[tuple[str, int, str]]  # type, count, colour
    total: int


def _buckets(first: date, last: date, monthly: bool) -> list[str]:
    if monthly:
        labels, year, month = [], first.year, first.month
        while (year, month) <= (last.year, last.month):
            labels.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return labels
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def timeline(conn: sqlite3.Connection, where: EventFilter) -> tuple[list[Bar], int, bool]:
    """Bars of the filtered events per day by type (per month over long spans); events without a day; monthly."""
    rows = _filtered(conn, where, "e.type AS type, e.date AS date, count(*) AS n", "GROUP BY e.date, e.type")
    dated: list[tuple[date, str, int]] = []
    undated = 0
    for row in rows:
        try:
            day = date.fromisoformat(row["date"]) if row["date"] and len(row["date"]) == 10 else None
        except ValueError:
            day = None
        if day is None:
            undated += row["n"]
        else:
            dated.append((day, row["type"], row["n"]))
    if not dated:
        return [], undated, False
    first, last = min(d for d, _, _ in dated), max(d for d, _, _ in dated)
    monthly = (last - first).days > MAX_TIMELINE_DAYS
    counts: dict[str, Counter[str]] = {label: Counter() for label in _buckets(first, last, monthly)}
    for day, event_type, n in dated:
        counts[day.isoformat()[:7] if monthly else day.isoformat()][event_type] += n
    bars = [
        Bar(label, [(t, n, type_colour(t)) for t, n in sorted(c.items())], sum(c.values()))
        for label, c in counts.items()
    ]
    return bars, undated, monthly
