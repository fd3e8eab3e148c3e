"""Summaries of the filtered events (a country's, an actor's): by type, by month, top dyads and places.

Filter by country (`country=IRQ`) for a country's summary, by actor (`actor=Iran`) for an actor's; the
figures are events and the sum of their best killed estimates.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..store.queries import EventFilter

TOP = 15
KILLED_JOIN = "LEFT JOIN estimates k ON k.event_id = e.id AND k.kind = 'killed'"


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


def _tallies(conn: sqlite3.Connection, sql: str, params: list[object]) -> list[Tally]:
    return [Tally(str(label), int(n), float(k)) for label, n, k in conn.execute(sql, params).fetchall()]


def summarise(conn: sqlite3.Connection, where: EventFilter) -> Summary:
    """Totals, and events and fatalities by type, by month, by dyad and by place."""
    clause, params = where.where()
    events, killed = conn.execute(
        f"SELECT count(*), total(k.best) FROM events e {KILLED_JOIN} WHERE {clause}", params
    ).fetchone()
    by_type = _tallies(
        conn,
        f"SELECT e.type, count(*), total(k.best) FROM events e {KILLED_JOIN} WHERE {clause} "
        "GROUP BY e.type ORDER BY count(*) DESC, e.type",
        params,
    )
    by_month = _tallies(
        conn,
        f"SELECT substr(e.date, 1, 7), count(*), total(k.best) FROM events e {KILLED_JOIN} "
        f"WHERE {clause} AND length(e.date) >= 7 GROUP BY 1 ORDER BY 1 DESC",
        params,
    )
    dyads = _tallies(
        conn,
        "SELECT coalesce(e.actor_name, e.actor_text, '?') || ' → ' || coalesce(e.target_name, e.target_text, '?'), "
        f"count(*), total(k.best) FROM events e {KILLED_JOIN} WHERE {clause} "
        "GROUP BY 1 ORDER BY count(*) DESC, 3 DESC, 1 LIMIT ?",
        [*params, TOP],
    )
    places = _tallies(
        conn,
        "SELECT coalesce(e.location_name, e.location_text) || coalesce(', ' || e.country, ''), count(*), "
        f"total(k.best) FROM events e {KILLED_JOIN} WHERE {clause} "
        "AND coalesce(e.location_name, e.location_text) IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ?",
        [*params, TOP],
    )
    return Summary(int(events), float(killed), by_type, by_month, dyads, places)
