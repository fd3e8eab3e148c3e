"""The world outline and the Web Mercator projection the map pages draw on (no tiles, no CDN).

The outline comes from the installed `countryinfo` package's per-country GeoJSON, simplified once
per process into one SVG path in Web Mercator pixels at zoom 2 (a 1024-pixel square world), so that
user-configured tiles of zoom 2 (`tile_url`) line up with it.
"""

from __future__ import annotations

import ast
import json
import math
from functools import lru_cache
from importlib.resources import files
from typing import Any

WORLD_SIZE = 1024.0  # pixels: 4 x 4 tiles of 256 at zoom 2
MAX_LAT = 85.05112878
# What the world map shows: latitudes 84N to 60S (the Antarctic is left out).
VIEW_TOP_LAT = 84.0
VIEW_BOTTOM_LAT = -60.0
_SIMPLIFY_PX = 1.5  # drop outline points closer than this to the previous one


def project(lon: float, lat: float) -> tuple[float, float]:
    """Web Mercator pixel coordinates of a point in the 1024-pixel world."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    x = (lon + 180.0) / 360.0 * WORLD_SIZE
    s = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * WORLD_SIZE
    return x, y


def world_view_box() -> tuple[float, float, float, float]:
    """The SVG viewBox (x, y, width, height) of the whole-world map."""
    _, top = project(0.0, VIEW_TOP_LAT)
    _, bottom = project(0.0, VIEW_BOTTOM_LAT)
    return 0.0, top, WORLD_SIZE, bottom - top


def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    if geometry.get("type") == "Polygon":
        return list(geometry["coordinates"])
    if geometry.get("type") == "MultiPolygon":
        return [ring for polygon in geometry["coordinates"] for ring in polygon]
    return []


def _ring_path(ring: list[list[float]]) -> str:
    points: list[tuple[float, float]] = []
    for lon, lat, *_ in ring:
        x, y = project(float(lon), float(lat))
        if points and abs(x - points[-1][0]) < _SIMPLIFY_PX and abs(y - points[-1][1]) < _SIMPLIFY_PX:
            continue
        points.append((x, y))
    if len(points) < 3:
        return ""
    return "M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in points) + "Z"


def _country_geometries() -> list[dict[str, Any]]:
    """The geometries of every country countryinfo knows (its geoJSON field may be a Python literal)."""
    geometries: list[dict[str, Any]] = []
    data = files("countryinfo") / "data"
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        country = json.loads(entry.read_text(encoding="utf-8"))
        shape = country.get("geoJSON")
        if isinstance(shape, str) and shape.strip():
            shape = ast.literal_eval(shape)
        if not isinstance(shape, dict):
            continue
        for feature in shape.get("features", []):
            if isinstance(feature, dict) and isinstance(feature.get("geometry"), dict):
                geometries.append(feature["geometry"])
    return geometries


@lru_cache(maxsize=1)
def world_path() -> str:
    """The simplified world outline as one SVG path `d` string, built once per process."""
    parts = (_ring_path(ring) for geometry in _country_geometries() for ring in _rings(geometry))
    return "".join(p for p in parts if p)


_SIMPLIFY_DEGREES = 0.25  # the GeoJSON outline drops points closer than this to the previous one


def _ring_lonlat(ring: list[list[float]]) -> list[list[float]]:
    points: list[list[float]] = []
    for lon, lat, *_ in ring:
        x, y = round(float(lon), 2), round(float(lat), 2)
        if points and abs(x - points[-1][0]) < _SIMPLIFY_DEGREES and abs(y - points[-1][1]) < _SIMPLIFY_DEGREES:
            continue
        points.append([x, y])
    if len(points) < 4:
        return []
    if points[0] != points[-1]:
        points.append(points[0])
    return points


@lru_cache(maxsize=1)
def world_geojson() -> str:
    """The simplified world outline as GeoJSON text (one MultiPolygon), the interactive map's base layer."""
    polygons = [[r] for g in _country_geometries() for ring in _rings(g) if (r := _ring_lonlat(ring))]
    geometry = {"type": "MultiPolygon", "coordinates": polygons}
    return json.dumps({"type": "Feature", "properties": {}, "geometry": geometry}, separators=(",", ":"))
