"""What the interactive map draws: the filtered events in view, grouped per grid cell of the zoom level.

The grouping runs in SQL (one row per cell and type), so a view over 100,000 events sends a few
hundred markers; zooming in makes the cells smaller until each event stands alone. A lone event
carries what its marker needs: id, type, date, place, its place's precision and its fatalities.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, replace
from typing import Any

from ..store.queries import BadFilter, BBox, EventFilter
from ..store.sql import marks
from ..store.tallies import TALLY_ZOOM
from .queries import read_snapshot, type_colour
from .tallies import CELLS, DAYS, TYPED, tally_for

CELL_PX = 40  # a cell is this many screen pixels wide at the zoom asked for
MAX_ZOOM = 18
MAX_ZOOM_WORLD = 6  # the closest zoom served without a view box
CELL_SQL = "CAST((e.lon + 180) / ? AS INTEGER), CAST((e.lat + 90) / ? AS INTEGER)"  # the cell's column and row


@dataclass(slots=True)
class MapMarker:
    """The events of one cell (or one event): where, how many, their fatalities, the commonest type."""

    lat: float
    lon: float
    count: int
    killed: float
    type: str
    colour: str
    types: list[tuple[str, int]]
    id: str | None = None  # set when the cell holds one event
    date: str | None = None
    place: str | None = None
    precision: str | None = None


@dataclass(slots=True)
class MapData:
    """Markers in view and how many of the filtered events have no coordinates."""

    markers: list[MapMarker]
    placed: int
    unplaced: int

    def as_json(self) -> dict[str, Any]:
        """The shape the map's script reads."""
        return {"markers": [asdict(m) for m in self.markers], "placed": self.placed, "unplaced": self.unplaced}


def parse_zoom(value: str | None) -> int:
    """The `zoom` parameter (0-18, default 2); BadFilter otherwise."""
    if not value:
        return 2
    try:
        zoom = int(value)
    except ValueError as error:
        raise BadFilter(f"zoom {value!r} is not a whole number") from error
    if not 0 <= zoom <= MAX_ZOOM:
        raise BadFilter(f"zoom {zoom} is not in 0-{MAX_ZOOM}")
    return zoom


def cell_degrees(zoom: int) -> float:
    """The width in degrees of a grid cell at a zoom level (a 256-pixel tile spans 360 / 2**zoom)."""
    return 360.0 / float(2**zoom) * CELL_PX / 256


def _in_view(where: EventFilter, view: BBox | None) -> EventFilter:
    # The filter's own box and the view: events must lie in both; the view alone when there is no box.
    if view is None:
        return where
    if where.bbox is None:
        return replace(where, bbox=view)
    box = where.bbox
    if box.min_lon > box.max_lon or view.min_lon > view.max_lon:
        return where  # an antimeridian box: the filter's box is enough
    return replace(
        where,
        bbox=BBox(
            max(box.min_lon, view.min_lon),
            max(box.min_lat, view.min_lat),
            max(min(box.max_lon, view.max_lon), max(box.min_lon, view.min_lon)),
            max(min(box.max_lat, view.max_lat), max(box.min_lat, view.min_lat)),
        ),
    )


def map_data(conn: sqlite3.Connection, where: EventFilter, zoom: int, view: BBox | None = None) -> MapData:
    """Markers of the filtered events within `view`, one per grid cell of `zoom`.

    Without a view the zoom is capped at MAX_ZOOM_WORLD: the whole world in cells of a close zoom
    would be one marker per event. The world of a filter on types alone is read from the cells tally.
    """
    with read_snapshot(conn):
        if view is None and tally_for(conn, where, CELLS, TYPED) is not None:
            return _from_tally(conn, where, min(zoom, MAX_ZOOM_WORLD))
        return _from_events(conn, where, zoom, view)


def _from_events(conn: sqlite3.Connection, where: EventFilter, zoom: int, view: BBox | None) -> MapData:
    cell = cell_degrees(zoom if view is not None else min(zoom, MAX_ZOOM_WORLD))
    clause, params = _in_view(where, view).where()
    rows = conn.execute(
        f"SELECT {CELL_SQL}, e.type, count(*), total(e.lat), total(e.lon), min(e.id) FROM events e "
        f"WHERE {clause} AND e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY 1, 2, 3",
        [cell, cell, *params],
    ).fetchall()
    # Fatalities from the killed estimates' side: a few rows per event that has one, not a join per event.
    killed = {
        (cx, cy): k
        for cx, cy, k in conn.execute(
            f"SELECT {CELL_SQL}, total(k.best) FROM estimates k JOIN events e ON e.id = k.event_id "
            f"WHERE k.kind = 'killed' AND {clause} AND e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY 1, 2",
            [cell, cell, *params],
        )
    }
    cells: dict[tuple[int, int], list[tuple[Any, ...]]] = {}
    for row in rows:
        cells.setdefault((row[0], row[1]), []).append(row)
    markers = [_marker(members, killed.get(key, 0.0)) for key, members in sorted(cells.items())]
    _describe_singles(conn, [m for m in markers if m.id is not None])
    clause, params = where.where()
    (unplaced,) = conn.execute(
        f"SELECT count(*) FROM events e WHERE {clause} AND (e.lat IS NULL OR e.lon IS NULL)", params
    ).fetchone()
    return MapData(markers, sum(m.count for m in markers), int(unplaced))


def _from_tally(conn: sqlite3.Connection, where: EventFilter, zoom: int) -> MapData:
    # A cell of `zoom` <= TALLY_ZOOM is the tally's cell index shifted right (cell widths are powers of two apart).
    shift = TALLY_ZOOM - zoom
    clause, params = where.where()
    rows = conn.execute(
        f"SELECT e.cx >> {int(shift)}, e.cy >> {int(shift)}, e.type, sum(e.events), total(e.lat_sum), "
        f"total(e.lon_sum), NULL, total(e.killed) FROM {CELLS} e WHERE {clause} GROUP BY 1, 2, 3",
        params,
    ).fetchall()
    cells: dict[tuple[int, int], list[tuple[Any, ...]]] = {}
    for row in rows:
        cells.setdefault((row[0], row[1]), []).append(row)
    markers = [_marker(members, sum(r[7] for r in members)) for _, members in sorted(cells.items())]
    singles = [(key, m) for key, m in zip(sorted(cells), markers, strict=True) if m.count == 1]
    cell = cell_degrees(zoom)
    for (cx, cy), marker in singles:
        # the cell's box with a cell's margin (for the index on lat), then the exact cell
        box = [cy * cell - 90 - cell, (cy + 2) * cell - 90, cx * cell - 180 - cell, (cx + 2) * cell - 180]
        found = conn.execute(
            f"SELECT e.id FROM events e WHERE {clause} AND e.lat >= ? AND e.lat < ? AND e.lon >= ? AND e.lon < ? "
            f"AND ({CELL_SQL}) = (?, ?) LIMIT 1",
            [*params, *box, cell, cell, cx, cy],
        ).fetchone()
        marker.id = found[0] if found else None
    _describe_singles(conn, [m for _, m in singles if m.id is not None])
    placed = sum(m.count for m in markers)
    (total,) = conn.execute(f"SELECT total(e.events) FROM {DAYS} e WHERE {clause}", params).fetchone()
    return MapData(markers, placed, int(total) - placed)


def _marker(members: list[tuple[Any, ...]], killed: float) -> MapMarker:
    count = sum(r[3] for r in members)
    types = sorted(((r[2], r[3]) for r in members), key=lambda tn: (-tn[1], tn[0]))
    marker = MapMarker(
        lat=sum(r[4] for r in members) / count,
        lon=sum(r[5] for r in members) / count,
        count=count,
        killed=killed,
        type=types[0][0],
        colour=type_colour(types[0][0]),
        types=types,
    )
    if count == 1:
        marker.id = members[0][6]
    return marker


def _describe_singles(conn: sqlite3.Connection, singles: list[MapMarker]) -> None:
    # Date, place and precision of the lone events, read by id (a cell of many needs none of them).
    by_id = {m.id: m for m in singles}
    ids = list(by_id)
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        for event_id, day, place, precision in conn.execute(
            "SELECT id, date, coalesce(location_name, location_text), precision FROM events "
            f"WHERE id IN ({marks(part)})",
            part,
        ):
            marker = by_id[event_id]
            marker.date, marker.place, marker.precision = day, place, precision
