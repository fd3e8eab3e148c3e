"""What the eventwire pages show, read from the event database with plain SQL (run in Datasette's threads)."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..store.filters import check_countries, check_types
from ..store.queries import BadFilter, BBox, EventFilter, check_date
from .colours import type_colours
from .highlight import Segment, find_spans, segments

Row = dict[str, Any]


def type_colour(event_type: str) -> str:
    """The colour an event type is drawn in (static/type-colours.json; a stable fallback for others)."""
    colours = type_colours()
    return colours.types.get(event_type) or colours.fallback[zlib.crc32(event_type.encode()) % len(colours.fallback)]


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[Row]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


FILTER_ARGS = ("type", "country", "actor", "since", "until", "bbox", "min_sources")


def filter_query(args: dict[str, list[str]]) -> list[tuple[str, str]]:
    """The filter parameters of a query string, nothing else (no paging): what links carry between pages."""
    return [(key, value) for key in FILTER_ARGS for value in args.get(key, []) if value.strip()]


def filter_from_args(args: dict[str, list[str]]) -> EventFilter:
    """An EventFilter from a query string (?type=ASSAULT&country=IRQ&since=2020-01&bbox=W,S,E,N).

    Types and countries are checked as `eventwire events` checks them (countries by ISO3, ISO2 or
    English name), so a page and the command given the same filters select the same events.
    BadFilter if malformed.
    """

    def many(name: str) -> tuple[str, ...]:
        return tuple(v.strip() for value in args.get(name, []) for v in value.split(",") if v.strip())

    def one(name: str) -> str | None:
        values = many(name)
        return values[0] if values else None

    since, until, min_sources, bbox = one("since"), one("until"), one("min_sources"), args.get("bbox", [""])[0]
    try:
        sources = int(min_sources) if min_sources else None
    except ValueError as error:
        raise BadFilter(f"min_sources {min_sources!r} is not a whole number") from error
    actor = " ".join(args.get("actor", [""])[0].split())
    return EventFilter(
        types=check_types(many("type")),
        countries=check_countries(many("country")),
        actor=actor or None,
        bbox=BBox.parse(bbox) if bbox.strip() else None,
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
