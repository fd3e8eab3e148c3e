"""Summaries of the filtered events (a country's, an actor's): by type, by month, top dyads and places.

Filter by country (`country=IRQ`) for a country's summary, by actor (`actor=Iran`) for an actor's; the
figures are events and the sum of their best killed estimates.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..store.queries import EventFilter
from ..store.tallies import DYAD as DYAD_OF
from ..store.tallies import PLACE as PLACE_OF
from .queries import read_snapshot
from .tallies import DATED, DAYS, TYPED, tally_for
from .tallies import DYADS as TALLY_DYADS
from .tallies import PLACES as TALLY_PLACES

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
DYAD = DYAD_OF.format(r="e")
PLACE = PLACE_OF.format(r="e")
KILLED_FROM = "estimates k JOIN events e ON e.id = k.event_id"


@dataclass(frozen=True, slots=True)
class Grouping:
    """One table of the summary: what it groups by, over the events and over its tally, and how many rows.

    Every field is SQL written in this module (audited by tests/web/test_security.py).
    """

    label: str  # over `events e`
    tally: str  # the tally read instead when it answers the filter (see eventwire.web.tallies)
    tally_label: str  # the label over that tally
    allowed: frozenset[str]
    condition: str = "1"  # which events have a label (over `events e`)
    tally_condition: str = "1"  # the same over the tally
    order: str = "2 DESC, 1"
    limit: str = ""


BY_TYPE = Grouping(TYPE, DAYS, "e.type", DATED)
BY_MONTH = Grouping(MONTH, DAYS, MONTH, DATED, "length(e.date) >= 7", "length(e.date) >= 7", "1 DESC")
# A dyad with neither side known ("? → ?") says nothing about who did what to whom: not listed.
UNKNOWN_DYAD = "'? → ?'"
DYADS = Grouping(
    DYAD, TALLY_DYADS, "e.label", TYPED, f"{DYAD} != {UNKNOWN_DYAD}", f"e.label != {UNKNOWN_DYAD}", limit=f"LIMIT {TOP}"
)
PLACES = Grouping(PLACE, TALLY_PLACES, "e.label", TYPED, f"{PLACE} IS NOT NULL", limit=f"LIMIT {TOP}")


def _tallies(conn: sqlite3.Connection, where: EventFilter, grouping: Grouping) -> list[Tally]:
    clause, params = where.where()
    tally = tally_for(conn, where, grouping.tally, grouping.allowed)
    if tally is not None:
        found = conn.execute(
            f"SELECT {grouping.tally_label}, sum(e.events), total(e.killed) FROM {tally} e "
            f"WHERE {clause} AND {grouping.tally_condition} GROUP BY 1 ORDER BY {grouping.order} {grouping.limit}",
            params,
        )
        return [Tally(str(label), int(n), float(k)) for label, n, k in found]
    # Counted over the events, fatalities summed from the killed estimates' side (no join per event).
    killed = dict(
        conn.execute(
            f"SELECT {grouping.label}, total(k.best) FROM {KILLED_FROM} "
            f"WHERE {clause} AND {grouping.condition} AND k.kind = 'killed' GROUP BY 1",
            params,
        ).fetchall()
    )
    counts = conn.execute(
        f"SELECT {grouping.label}, count(*) FROM events e WHERE {clause} AND {grouping.condition} "
        f"GROUP BY 1 ORDER BY {grouping.order} {grouping.limit}",
        params,
    )
    return [Tally(str(label), int(n), float(killed.get(label, 0.0))) for label, n in counts]


def summarise(conn: sqlite3.Connection, where: EventFilter) -> Summary:
    """Totals, and events and fatalities by type, by month, by dyad and by place."""
    with read_snapshot(conn):
        by_type = _tallies(conn, where, BY_TYPE)
        return Summary(
            sum(t.events for t in by_type),
            sum(t.killed for t in by_type),
            by_type,
            _tallies(conn, where, BY_MONTH),
            _tallies(conn, where, DYADS),
            _tallies(conn, where, PLACES),
        )
