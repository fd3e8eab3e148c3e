"""Event tallies: small aggregate tables kept exact by SQLite triggers on `events` and `estimates`.

The web's world views (the timeline, the world map, the summaries) read these instead of grouping
100,000 events on each request. Each tally counts the events of a group and sums their killed best
estimates (plus, for map cells, their coordinates, for the markers' centre). Triggers add an event's
row when it is inserted, take it away when it is deleted, move it when a grouped column changes, and
adjust the fatalities when a killed estimate is inserted, updated or deleted, so merges, re-merges,
reprocessing and deletes keep every tally equal to a GROUP BY over the events, with no Python hook.

Why one table per view rather than one per day x type x country x cell: at 100,000 events over two
years and 150 countries that product has about as many rows as there are events, so it saves nothing;
each table below has a tenth of that or less. Filters a tally cannot answer (an actor, a box, a
country for the timeline) are served from the events table and its indexes.

Keys are never NULL (an upsert would not find a NULL key again): a missing date or label is ''.

The contract for writers: events and estimates change by INSERT, UPDATE or DELETE (an upsert's DO
UPDATE is an UPDATE). INSERT OR REPLACE deletes the row it replaces without firing delete triggers
(unless `PRAGMA recursive_triggers` is on), so it would count that event twice; the store uses none.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

# The map's grid: cells of zoom 6 (40 screen pixels of a 256-pixel tile: 360 / 2**6 * 40 / 256
# degrees, a power-of-two fraction, so a coarser zoom's cell is exactly this cell index shifted right).
TALLY_ZOOM = 6
CELL_DEGREES = 225 / 256

KILLED = "(SELECT total(k.best) FROM estimates k WHERE k.event_id = {r}.id AND k.kind = 'killed')"
# Labels of the summaries' groups, over an events row {r}.
DYAD = "coalesce({r}.actor_name, {r}.actor_text, '?') || ' → ' || coalesce({r}.target_name, {r}.target_text, '?')"
PLACE = "coalesce({r}.location_name, {r}.location_text) || coalesce(', ' || {r}.country, '')"
# The events columns a tally groups by: an update of any of them moves the event between groups.
GROUPED_COLUMNS = (
    "id, type, date, lat, lon, actor_name, actor_text, target_name, target_text, location_name, location_text, country"
)


@dataclass(frozen=True, slots=True)
class Tally:
    """One aggregate table: its key columns (name, SQL type, expression over an events row `{r}`), its
    extra summed columns (name, expression) and which events it counts (a condition over `{r}`)."""

    table: str
    keys: tuple[tuple[str, str, str], ...]
    sums: tuple[tuple[str, str], ...] = ()
    only: str = "1"

    @property
    def key_names(self) -> str:
        return ", ".join(name for name, _, _ in self.keys)

    def key_values(self, r: str) -> str:
        """The key of the events row `r` (NEW, OLD or an alias)."""
        return ", ".join(expr.format(r=r) for _, _, expr in self.keys)

    def ddl(self) -> str:
        keys = ", ".join(f"{name} {kind} NOT NULL" for name, kind, _ in self.keys)
        sums = "".join(f", {name} REAL NOT NULL" for name, _ in self.sums)
        return (
            f"CREATE TABLE IF NOT EXISTS {self.table} ({keys}, events INTEGER NOT NULL, killed REAL NOT NULL{sums}, "
            f"PRIMARY KEY ({self.key_names})) WITHOUT ROWID"
        )

    def fill(self) -> str:
        """The tally computed from the events: what the triggers keep it equal to."""
        sums = "".join(f", total({expr.format(r='e')})" for _, expr in self.sums)
        return (
            f"INSERT INTO {self.table} SELECT {self.key_values('e')}, count(*), total(k.best){sums} FROM events e "
            "LEFT JOIN estimates k ON k.event_id = e.id AND k.kind = 'killed' "
            f"WHERE {self.only.format(r='e')} GROUP BY {', '.join(str(n + 1) for n in range(len(self.keys)))}"
        )

    def add(self, r: str) -> str:
        """Count the events row `r` in."""
        names = "".join(f", {name}" for name, _ in self.sums)
        values = "".join(f", {expr.format(r=r)}" for _, expr in self.sums)
        updates = "".join(f", {name} = {name} + excluded.{name}" for name, _ in self.sums)
        return (
            f"INSERT INTO {self.table} ({self.key_names}, events, killed{names}) "
            f"SELECT {self.key_values(r)}, 1, {KILLED.format(r=r)}{values} WHERE {self.only.format(r=r)} "
            f"ON CONFLICT ({self.key_names}) DO UPDATE SET events = events + 1, killed = killed + excluded.killed"
            f"{updates};"
        )

    def remove(self, r: str) -> str:
        """Count the events row `r` out (and drop its group when it is empty)."""
        updates = "".join(f", {name} = {name} - ({expr.format(r=r)})" for name, expr in self.sums)
        match = f"({self.key_names}) = ({self.key_values(r)})"
        return (
            f"UPDATE {self.table} SET events = events - 1, killed = killed - {KILLED.format(r=r)}{updates} "
            f"WHERE {match} AND {self.only.format(r=r)};\n"
            f"DELETE FROM {self.table} WHERE {match} AND events <= 0;"
        )

    def adjust_killed(self, event_id: str, delta: str, when: str) -> str:
        """Add `delta` to the fatalities of the group of the event `event_id` (if it exists and `when`)."""
        return (
            f"UPDATE {self.table} SET killed = killed + ({delta}) WHERE {when} AND ({self.key_names}) = "
            f"(SELECT {self.key_values('r')} FROM events r WHERE r.id = {event_id} AND {self.only.format(r='r')});"
        )


_CELL = "CAST(({r}.{axis} + {offset}) / " + repr(CELL_DEGREES) + " AS INTEGER)"
TALLIES: tuple[Tally, ...] = (
    # the timeline and the summary's totals, types and months
    Tally("tally_days", (("date", "TEXT", "coalesce({r}.date, '')"), ("type", "TEXT", "{r}.type"))),
    # the world map: zoom-6 cells, with the coordinates summed for the markers' centre
    Tally(
        "tally_cells",
        (
            ("cx", "INTEGER", _CELL.format(r="{r}", axis="lon", offset=180)),
            ("cy", "INTEGER", _CELL.format(r="{r}", axis="lat", offset=90)),
            ("type", "TEXT", "{r}.type"),
        ),
        (("lat_sum", "{r}.lat"), ("lon_sum", "{r}.lon")),
        "{r}.lat IS NOT NULL AND {r}.lon IS NOT NULL",
    ),
    # the summary's top dyads and places
    Tally("tally_dyads", (("label", "TEXT", DYAD), ("type", "TEXT", "{r}.type"))),
    Tally("tally_places", (("label", "TEXT", PLACE), ("type", "TEXT", "{r}.type")), only=f"{PLACE} IS NOT NULL"),
)
TALLY_TABLES = tuple(t.table for t in TALLIES)


def _trigger(name: str, when: str, body: list[str]) -> str:
    return f"CREATE TRIGGER IF NOT EXISTS {name} {when} BEGIN\n" + "\n".join(body) + "\nEND"


def triggers() -> list[str]:
    """The triggers that keep every tally exact."""
    killed_old, killed_new = "OLD.kind = 'killed'", "NEW.kind = 'killed'"
    return [
        _trigger("tally_events_insert", "AFTER INSERT ON events", [t.add("NEW") for t in TALLIES]),
        _trigger("tally_events_delete", "AFTER DELETE ON events", [t.remove("OLD") for t in TALLIES]),
        _trigger(
            "tally_events_update",
            f"AFTER UPDATE OF {GROUPED_COLUMNS} ON events",
            [t.remove("OLD") for t in TALLIES] + [t.add("NEW") for t in TALLIES],
        ),
        _trigger(
            "tally_estimates_insert",
            "AFTER INSERT ON estimates",
            [t.adjust_killed("NEW.event_id", "coalesce(NEW.best, 0)", killed_new) for t in TALLIES],
        ),
        _trigger(
            "tally_estimates_delete",
            "AFTER DELETE ON estimates",
            [t.adjust_killed("OLD.event_id", "-coalesce(OLD.best, 0)", killed_old) for t in TALLIES],
        ),
        _trigger(
            "tally_estimates_update",
            "AFTER UPDATE OF event_id, kind, best ON estimates",
            [t.adjust_killed("OLD.event_id", "-coalesce(OLD.best, 0)", killed_old) for t in TALLIES]
            + [t.adjust_killed("NEW.event_id", "coalesce(NEW.best, 0)", killed_new) for t in TALLIES],
        ),
    ]


def create_tallies(db: Database) -> None:
    """Create the tally tables filled from the events, and their triggers (migration 6)."""
    for tally in TALLIES:
        db.execute(tally.ddl())
        table = tally.table
        db.execute(f"DELETE FROM {table}")
        db.execute(tally.fill())
    for statement in triggers():
        db.execute(statement)
