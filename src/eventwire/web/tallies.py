"""Reading the event tallies (`eventwire.store.tallies`) in place of the events when a filter allows.

A tally answers a filter only on the columns it groups by: the days tally a filter of types and a date
range, the cell, dyad and place tallies a filter of types. Each is read as a subquery that looks like
`events e` to `EventFilter.where()` (same column names, NULL where the tally stores ''), so a page
filters a tally with the very clause it would run over the events, and the two agree.
"""

from __future__ import annotations

import sqlite3
from dataclasses import fields

from ..store.queries import EventFilter

# Each tally as `events e` would look to a filter, and the filter fields it can answer.
DAYS = "(SELECT nullif(date, '') AS date, type, events, killed FROM tally_days)"
CELLS = "tally_cells"
DYADS = "tally_dyads"
PLACES = "tally_places"
DATED = frozenset({"types", "since", "until"})
TYPED = frozenset({"types"})
_TABLES = {DAYS: "tally_days", CELLS: CELLS, DYADS: DYADS, PLACES: PLACES}


def answers(where: EventFilter, allowed: frozenset[str]) -> bool:
    """Whether the filter sets nothing but the fields in `allowed`."""
    return all(f.name in allowed or not getattr(where, f.name) for f in fields(where))


def tally_for(conn: sqlite3.Connection, where: EventFilter, source: str, allowed: frozenset[str]) -> str | None:
    """`source` when it answers the filter and the database has it (a database older than migration 6 and
    opened read-only has not), else None: read the events."""
    if not answers(where, allowed):
        return None
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [_TABLES[source]])
    return source if found.fetchone() else None
