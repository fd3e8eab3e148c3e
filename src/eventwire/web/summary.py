"""Summaries of the filtered events (a country's, an actor's): by type, by month, top dyads and places.

Filter by country (`country=IRQ`) for a country's summary, by actor (`actor=Iran`) for an actor's; the
figures are events and the sum of their best killed estimates.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..store.queries import EventFilter

TOP = 15


@dataclass(slots=True)
class Tally:
    """One group of events: its label, how many, how many killed."""

    label: str
    events: int
    killed: float


@dataclass(slots=True)
class Summary:
    """The filtered events summed up."""

    events: int
    killed: float
    by_type: list[Tally]
    by_month: list[Tally]
    dyads: list[Tally]
    places: list[Tally]


# What each table groups by (SQL over `events e`).
TYPE = "e.type"
MONTH = "substr(e.date, 1, 7)"
DYAD = "coalesce(e.actor_name, e.actor_text, '?') || ' → ' || coalesce(e.target_name, e.target_text, '?')"
PLACE = "coalesce(e.location_name, e.location_text) || coalesce(', ' || e.country, '')"
KILLED_FROM = "estimates k JOIN events e ON e.id = k.event_id"


def _tallies(conn: sqlite3.Connection, counts_sql: str, killed_sql: str, params: list[object]) -> list[Tally]:
    # Counted over the events, fatalities summed from the killed estimates' side (no join per event).
    killed = dict(conn.execute(killed_sql, params).fetchall())
    return [Tally(str(label), int(n), float(killed.get(label, 0.0))) for label, n in conn.execute(counts_sql, params)]


def summarise(conn: sqlite3.Connection, where: EventFilter) -> Summary:
    """Totals, and events and fatalities by type, by month, by dyad and by place."""
    clause, params = where.where()
    (events,) = conn.execute(f"SELECT count(*) FROM events e WHERE {clause}", params).fetchone()
    (killed,) = conn.execute(
        f"SELECT total(k.best) FROM {KILLED_FROM} WHERE k.kind = 'killed' AND {clause}", params
    ).fetchone()
    killed_where = f"FROM {KILLED_FROM} WHERE k.kind = 'killed' AND {clause}"
    by_type = _tallies(
        conn,
        f"SELECT {TYPE}, count(*) FROM events e WHERE {clause} GROUP BY 1 ORDER BY 2 DESC, 1",
        f"SELECT {TYPE}, total(k.best) {killed_where} GROUP BY 1",
        params,
    )
    by_month = _tallies(
        conn,
        f"SELECT {MONTH}, count(*) FROM events e WHERE {clause} AND length(e.date) >= 7 GROUP BY 1 ORDER BY 1 DESC",
        f"SELECT {MONTH}, total(k.best) {killed_where} AND length(e.date) >= 7 GROUP BY 1",
        params,
    )
    dyads = _tallies(
        conn,
        f"SELECT {DYAD}, count(*) FROM events e WHERE {clause} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {TOP}",
        f"SELECT {DYAD}, total(k.best) {killed_where} GROUP BY 1",
        params,
    )
    places = _tallies(
        conn,
        f"SELECT {PLACE}, count(*) FROM events e WHERE {clause} AND {PLACE} IS NOT NULL "
        f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {TOP}",
        f"SELECT {PLACE}, total(k.best) {killed_where} AND {PLACE} IS NOT NULL GROUP BY 1",
        params,
    )
    return Summary(int(events), float(killed), by_type, by_month, dyads, places)
