"""The events list: readable rows in a total order, paged by key (never by offset), and filtered exports.

Rows sort by date, newest first, undated last, the event id breaking ties: `(coalesce(date, ''), id)`
descending, a key no two events share. The next page starts after the last row's key, so an event
ingested or a page reloaded meanwhile never makes a row repeat or go missing, and each page costs the
same however deep it is (an expression index on that key serves it).
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any, cast

from sqlite_utils import Database

from ..store.exports import ExportCounts, ExportFormat, write_events
from ..store.queries import BadFilter, EventFilter, event_records
from ..store.sql import marks
from .highlight import Segment
from .prepare import FTS_TABLE
from .queries import read_snapshot

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
SUMMARY_CHARS = 140
DATE_KEY = "coalesce(e.date, '')"
# What the web offers for download, and the media type each is served as.
EXPORTS: dict[str, tuple[ExportFormat, str]] = {
    "csv": ("csv", "text/csv; charset=utf-8"),
    "geojson": ("geojson", "application/geo+json; charset=utf-8"),
    "acled": ("acled", "text/csv; charset=utf-8"),
    "jsonl": ("jsonl", "application/x-ndjson; charset=utf-8"),
}


@dataclass(slots=True)
class Fatalities:
    """The killed estimate of an event: best with its low-high range (any may be missing)."""

    best: float | None
    low: float | None
    high: float | None


@dataclass(slots=True)
class EventRow:
    """One event as the list shows it."""

    id: str
    date: str | None
    type: str
    mode: str | None
    actor: str | None
    target: str | None
    place: str | None
    country: str | None
    fatalities: Fatalities | None
    summary: str
    n_sources: int
    snippet: list[Segment] = field(default_factory=list)  # search results: the matching text, matches marked


@dataclass(slots=True)
class Listing:
    """One page of events, how many match in all, and the key the next page starts after."""

    rows: list[EventRow]
    total: int
    after: tuple[str, str] | None


def summary(evidence_json: str | None, limit: int = SUMMARY_CHARS) -> str:
    """The first evidence sentence, cut at a word before `limit` characters."""
    try:
        sentences = json.loads(evidence_json or "[]")
    except ValueError:
        return ""
    text = next((s.get("sentence") for s in sentences if isinstance(s, dict) and s.get("sentence")), "") or ""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",;:") + "…"


def parse_after(value: str | None) -> tuple[str, str] | None:
    """The `after` parameter (`DATEKEY~ID`, the date key possibly empty) as a key; BadFilter if malformed."""
    if not value:
        return None
    date_key, sep, event_id = value.rpartition("~")
    if not sep or not event_id:
        raise BadFilter(f"after {value!r} is not DATE~ID")
    return date_key, event_id


def _place(row: sqlite3.Row) -> str | None:
    name = row["location_name"] or row["location_text"]
    parts = [p for p in (name, row["admin1"] if row["admin1"] != name else None, row["country"]) if p]
    return ", ".join(dict.fromkeys(parts)) or None


def _event_row(row: sqlite3.Row) -> EventRow:
    killed = None
    if row["best"] is not None or row["low"] is not None or row["high"] is not None:
        killed = Fatalities(row["best"], row["low"], row["high"])
    return EventRow(
        id=row["id"],
        date=row["date"],
        type=row["type"],
        mode=row["mode"],
        actor=row["actor_name"] or row["actor_text"],
        target=row["target_name"] or row["target_text"],
        place=_place(row),
        country=row["country"],
        fatalities=killed,
        summary=summary(row["evidence"]),
        n_sources=row["n_sources"],
    )


LIST_COLUMNS = (
    "e.id, e.date, e.type, e.mode, e.actor_name, e.actor_text, e.target_name, e.target_text, e.location_name, "
    f"e.location_text, e.admin1, e.country, e.n_sources, {DATE_KEY} AS date_key, k.best, k.low, k.high, m.evidence"
)


def list_events(
    conn: sqlite3.Connection, where: EventFilter, after: tuple[str, str] | None = None, size: int = PAGE_SIZE
) -> Listing:
    """A page of the filtered events, newest first, starting after the key `after`."""
    clause, params = where.where()
    (total,) = conn.execute(f"SELECT count(*) FROM events e WHERE {clause}", params).fetchone()
    if after is not None:
        clause += f" AND ({DATE_KEY}, e.id) < (?, ?)"
        params = [*params, *after]
    # The page's ids first (from the order's index when the filter allows), then their rows and joins.
    conn_rows = conn.execute(
        f"SELECT {LIST_COLUMNS} FROM (SELECT e.id AS pid FROM events e WHERE {clause} "
        f"ORDER BY {DATE_KEY} DESC, e.id DESC LIMIT ?) p JOIN events e ON e.id = p.pid "
        "LEFT JOIN estimates k ON k.event_id = e.id AND k.kind = 'killed' "
        "LEFT JOIN mentions m ON m.id = e.mention_id "
        f"ORDER BY {DATE_KEY} DESC, e.id DESC",
        [*params, size + 1],
    )
    conn_rows.row_factory = sqlite3.Row
    rows = cast(list[sqlite3.Row], conn_rows.fetchall())
    more = len(rows) > size
    rows = rows[:size]
    last = (rows[-1]["date_key"], rows[-1]["id"]) if more and rows else None
    return Listing([_event_row(r) for r in rows], int(total), last)


# Snippet markers: control characters no evidence text holds, split on after the query (never HTML).
_OPEN, _CLOSE = "\x02", "\x03"
SEARCH_COLUMNS = f"{LIST_COLUMNS}, snippet({FTS_TABLE}, -1, char(2), char(3), '…', 24) AS snip"


SEARCH_FROM = f"{FTS_TABLE} JOIN events e ON e.rowid = {FTS_TABLE}.rowid"


def fts_query(text: str) -> str:
    """The words of `text` as an FTS5 query of quoted terms (all must match), so no character is syntax."""
    printable = "".join(c if c.isprintable() else " " for c in text)  # a NUL ends SQLite's reading of the query
    terms = [t.replace('"', '""') for t in printable.split()]
    return " ".join(f'"{t}"' for t in terms if t)


def snippet_segments(snip: str | None) -> list[Segment]:
    """The FTS snippet as plain and matched ("match") segments."""
    out: list[Segment] = []
    for i, part in enumerate((snip or "").split(_OPEN)):
        text, sep, rest = part.partition(_CLOSE)
        if i == 0:
            out.append(Segment(part))
            continue
        out.append(Segment(text, "match") if sep else Segment(text))
        if rest:
            out.append(Segment(rest))
    return [s for s in out if s.text]


@dataclass(slots=True)
class SearchResult:
    """One page of events matching a text search, best match first, and how many match in all."""

    rows: list[EventRow]
    total: int
    more: bool


def search_events(
    conn: sqlite3.Connection, where: EventFilter, text: str, page: int = 0, size: int = PAGE_SIZE
) -> SearchResult:
    """The filtered events whose evidence, parties or place match `text`, ranked by BM25 (rowid breaks ties).

    The ranking runs on the index alone (joined to the events only for a filter) and is cut to the page
    before any row is read: only the page's events are joined to their estimates and summaries and get
    a snippet.
    """
    match = fts_query(text)
    if not match:
        return SearchResult([], 0, False)
    clause, params = where.where()
    with read_snapshot(conn):
        if clause == "1":
            (total,) = conn.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", [match]).fetchone()
            ranked = conn.execute(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
                f"ORDER BY bm25({FTS_TABLE}), rowid LIMIT ? OFFSET ?",
                [match, size + 1, page * size],
            ).fetchall()
        else:
            (total,) = conn.execute(
                f"SELECT count(*) FROM {SEARCH_FROM} WHERE {FTS_TABLE} MATCH ? AND {clause}", [match, *params]
            ).fetchone()
            ranked = conn.execute(
                f"SELECT {FTS_TABLE}.rowid FROM {SEARCH_FROM} WHERE {FTS_TABLE} MATCH ? AND {clause} "
                f"ORDER BY bm25({FTS_TABLE}), {FTS_TABLE}.rowid LIMIT ? OFFSET ?",
                [match, *params, size + 1, page * size],
            ).fetchall()
        rowids = [r[0] for r in ranked[:size]]
        cursor = conn.execute(
            f"SELECT {SEARCH_COLUMNS}, {FTS_TABLE}.rowid AS fts_rowid FROM {SEARCH_FROM} "
            "LEFT JOIN estimates k ON k.event_id = e.id AND k.kind = 'killed' "
            "LEFT JOIN mentions m ON m.id = e.mention_id "
            f"WHERE {FTS_TABLE} MATCH ? AND {FTS_TABLE}.rowid IN ({marks(rowids)})",
            [match, *rowids],
        )
        cursor.row_factory = sqlite3.Row
        rows = {row["fts_rowid"]: row for row in cast(list[sqlite3.Row], cursor.fetchall())}
    found = []
    for rowid in rowids:
        event = _event_row(rows[rowid])
        event.snippet = snippet_segments(rows[rowid]["snip"])
        found.append(event)
    return SearchResult(found, int(total), len(ranked) > size)


def export_to_file(conn: sqlite3.Connection, where: EventFilter, fmt: ExportFormat) -> tuple[IO[bytes], ExportCounts]:
    """The filtered events written as `eventwire events --format FMT` writes them, into a temporary file.

    The store's own export code (same selection, order and columns), so a download equals the command's
    output given the same filters. The file spills to disk past a few MB; the caller closes it.
    """
    spool = cast(IO[bytes], tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024))  # noqa: SIM115
    records = event_records(Database(conn), where)
    if fmt == "parquet":
        counts = write_events(records, fmt, spool)
    else:
        text = _TextOut(spool)
        counts = write_events(records, fmt, cast(Any, text))
    spool.seek(0)
    return spool, counts


class _TextOut:
    """A text stream over a binary file with the `newline=''` the csv module needs (no BOM, UTF-8)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(text.encode("utf-8"))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()


def chunks(spool: IO[bytes], size: int = 64 * 1024) -> Iterator[bytes]:
    """The file's bytes in pieces, for streaming a response."""
    while piece := spool.read(size):
        yield piece
