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
from .queries import type_colour

CELL_PX = 40  # a cell is this many screen pixels wide at the zoom asked for
MAX_ZOOM = 18


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
    """Markers of the filtered events within `view`, one per grid cell of `zoom`."""
    cell = cell_degrees(zoom)
    clause, params = _in_view(where, view).where()
    rows = conn.execute(
        "SELECT CAST((e.lon + 180) / ? AS INTEGER), CAST((e.lat + 90) / ? AS INTEGER), e.type, "
        "count(*), total(e.lat), total(e.lon), total(k.best), min(e.id), min(e.date), "
        "min(coalesce(e.location_name, e.location_text)), min(e.precision) FROM events e "
        "LEFT JOIN estimates k ON k.event_id = e.id AND k.kind = 'killed' "
        f"WHERE {clause} AND e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY 1, 2, 3",
        [cell, cell, *params],
    ).fetchall()
    cells: dict[tuple[int, int], list[tuple[Any, ...]]] = {}
    for row in rows:
        cells.setdefault((row[0], row[1]), []).append(row)
    markers = [_marker(members) for _, members in sorted(cells.items())]
    clause, params = where.where()
    (unplaced,) = conn.execute(
        f"SELECT count(*) FROM events e WHERE {clause} AND (e.lat IS NULL OR e.lon IS NULL)", params
    ).fetchone()
    return MapData(markers, sum(m.count for m in markers), int(unplaced))


def _marker(members: list[tuple[Any, ...]]) -> MapMarker:
    count = sum(r[3] for r in members)
    types = sorted(((r[2], r[3]) for r in members), key=lambda tn: (-tn[1], tn[0]))
    marker = MapMarker(
        lat=sum(r[4] for r in members) / count,
        lon=sum(r[5] for r in members) / count,
        count=count,
        killed=sum(r[6] for r in members),
        type=types[0][0],
        colour=type_colour(types[0][0]),
        types=types,
    )
    if count == 1:
        (row,) = members
        marker.id, marker.date, marker.place, marker.precision = row[7], row[8], row[9], row[10]
    return marker
