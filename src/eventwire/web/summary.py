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


# What the tables group by, over `events e` (one scan of the filtered events reads all four).
DYAD = DYAD_OF.format(r="e")
PLACE = PLACE_OF.format(r="e")
SCAN_COLUMNS = f"e.type, CASE WHEN length(e.date) >= 7 THEN substr(e.date, 1, 7) END, {DYAD}, {PLACE}, k.best"
SCAN_FROM = "events e LEFT JOIN estimates k ON k.event_id = e.id AND k.kind = 'killed'"
# A dyad with neither side known says nothing about who did what to whom: not listed.
UNKNOWN_DYAD = "? → ?"


@dataclass(frozen=True, slots=True)
class Grouping:
    """One table of the summary: its tally (read when it answers the filter), and its order and length.

    Every SQL field is written in this module (audited by tests/web/test_security.py).
    """

    column: int  # of SCAN_COLUMNS
    tally: str  # the tally (see eventwire.web.tallies)
    tally_label: str  # the label over that tally
    allowed: frozenset[str]
    tally_condition: str = "1"  # which of the tally's groups are listed
    order: str = "2 DESC, 1"  # or "1 DESC": by label, newest first
    limit: int | None = None


GROUPINGS = {
    "by_type": Grouping(0, DAYS, "e.type", DATED),
    "by_month": Grouping(1, DAYS, "substr(e.date, 1, 7)", DATED, "length(e.date) >= 7", "1 DESC"),
    "dyads": Grouping(2, TALLY_DYADS, "e.label", TYPED, f"e.label != '{UNKNOWN_DYAD}'", limit=TOP),
    "places": Grouping(3, TALLY_PLACES, "e.label", TYPED, limit=TOP),
}


def _from_tally(conn: sqlite3.Connection, where: EventFilter, grouping: Grouping, tally: str) -> list[Tally]:
    clause, params = where.where()
    found = conn.execute(
        f"SELECT {grouping.tally_label}, sum(e.events), total(e.killed) FROM {tally} e "
        f"WHERE {clause} AND {grouping.tally_condition} "
        f"GROUP BY 1 ORDER BY {grouping.order} LIMIT {int(grouping.limit or -1)}",
        params,
    )
    return [Tally(str(label), int(n), float(k)) for label, n, k in found]


def _scan(conn: sqlite3.Connection, where: EventFilter) -> dict[str, list[Tally]]:
    """All four tables from one pass over the filtered events (a filter no tally answers)."""
    clause, params = where.where()
    groups: list[dict[str, list[float]]] = [{} for _ in GROUPINGS]
    for row in conn.execute(f"SELECT {SCAN_COLUMNS} FROM {SCAN_FROM} WHERE {clause}", params):
        killed = row[4] or 0.0
        for column, group in enumerate(groups):
            label = row[column]
            if label is not None and label != (UNKNOWN_DYAD if column == 2 else None):
                entry = group.setdefault(label, [0, 0.0])
                entry[0] += 1
                entry[1] += killed
    tables = {}
    for name, grouping in GROUPINGS.items():
        found = [Tally(str(label), int(n), float(k)) for label, (n, k) in groups[grouping.column].items()]
        if grouping.order == "1 DESC":
            found.sort(key=lambda t: t.label, reverse=True)
        else:
            found.sort(key=lambda t: (-t.events, t.label))
        tables[name] = found[: grouping.limit]
    return tables


def summarise(conn: sqlite3.Connection, where: EventFilter) -> Summary:
    """Totals, and events and fatalities by type, by month, by dyad and by place."""
    tables: dict[str, list[Tally]] = {}
    with read_snapshot(conn):
        scanned = None
        for name, grouping in GROUPINGS.items():
            tally = tally_for(conn, where, grouping.tally, grouping.allowed)
            if tally is not None:
                tables[name] = _from_tally(conn, where, grouping, tally)
                continue
            scanned = scanned or _scan(conn, where)
            tables[name] = scanned[name]
    by_type = tables["by_type"]
    return Summary(
        sum(t.events for t in by_type),
        sum(t.killed for t in by_type),
        by_type,
        tables["by_month"],
        tables["dyads"],
        tables["places"],
    )
