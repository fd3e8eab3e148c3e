"""Every export format parses with a standard reader and carries the expected columns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from eventwire.store import EventFilter, Store, event_records, write_events
from eventwire.store.acled import ACLED_COLUMNS, inter_code, interaction
from eventwire.store.exports import CSV_COLUMNS, EVENT_RECORD_COLUMNS, ExportCounts, ExportFormat

CONTRACT_KEYS = {
    "doc", "type", "mode", "cameo", "acled", "actor", "target", "location", "date", "status", "source",
    "quantities", "conflicts", "evidence", "confidence",
}  # fmt: skip


def _export(db: Path, fmt: ExportFormat, where: EventFilter | None = None) -> tuple[Any, ExportCounts]:
    with Store.open(db) as store:
        out: Any = io.BytesIO() if fmt == "parquet" else io.StringIO()
        counts = write_events(event_records(store.db, where), fmt, out)
        return out.getvalue(), counts


def _count(db: Path) -> int:
    with Store.open(db) as store:
        return store.count("events")


def test_jsonl_rows_follow_the_extract_contract_plus_sources_and_estimates(built_db: Path) -> None:
    text, counts = _export(built_db, "jsonl")
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == counts.written == _count(built_db)
    for row in rows:
        assert CONTRACT_KEYS | {"id", "sources", "estimates"} <= row.keys()
        assert row["sources"] and {"article_id", "doc", "url", "title", "evidence"} <= row["sources"][0].keys()
    bombing = next(r for r in rows if r["location"] and r["location"]["name"] == "Baghdad" and r["n_sources"] == 3)
    assert bombing["estimates"]["killed"] == {
        "low": 12, "best": 15, "high": 20, "conflict": True, "n_claims": 3, "n_sources": 3,
    }  # fmt: skip
    assert "killed" in bombing["conflicts"]
    assert sorted(q["value"] for q in bombing["quantities"] if q["kind"] == "killed") == [12, 15, 20]
    assert sorted(s["url"].split("/")[2] for s in bombing["sources"]) == [
        "apnews.com", "www.aljazeera.com", "www.reuters.com",
    ]  # fmt: skip


def test_csv_has_the_jsonl_columns_with_nested_fields_as_json(built_db: Path) -> None:
    text, counts = _export(built_db, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert CSV_COLUMNS[: len(EVENT_RECORD_COLUMNS)] == EVENT_RECORD_COLUMNS
    assert len(rows) == counts.written == _count(built_db)
    assert all(isinstance(json.loads(r["sources"]), list) for r in rows)


def test_csv_flat_columns_give_fatalities_and_outlets_without_json(built_db: Path) -> None:
    text, _ = _export(built_db, "csv", EventFilter(min_sources=3))
    (bombing,) = [r for r in csv.DictReader(io.StringIO(text)) if json.loads(r["location"] or "null")]
    assert (bombing["killed_low"], bombing["killed_best"], bombing["killed_high"]) == ("12", "15", "20")
    # Reuters: "wounding 30 others"; AP: "killing 15 people and wounding dozens" (at least 12);
    # Al Jazeera's "wounded dozens more" is in a sentence of its own with no victim count it reads.
    # Two sources: the best figure is the lower of the two (estimates.py, UCDP-style).
    assert (bombing["injured_low"], bombing["injured_best"], bombing["injured_high"]) == ("12", "12", "30")
    outlets = bombing["outlets"].split("; ")
    assert len(outlets) == len(set(outlets)) >= 1
    hosts = sorted(url.split("/")[2] for url in bombing["urls"].split("; "))
    assert hosts == ["apnews.com", "www.aljazeera.com", "www.reuters.com"]


def test_parquet_has_the_jsonl_columns(built_db: Path, tmp_path: Path) -> None:
    data, counts = _export(built_db, "parquet")
    path = tmp_path / "events.parquet"
    path.write_bytes(data)
    table = pq.read_table(path)
    assert tuple(table.column_names) == EVENT_RECORD_COLUMNS
    assert table.num_rows == counts.written == _count(built_db)
    first = table.slice(0, 1).to_pylist()[0]
    assert isinstance(json.loads(first["sources"]), list) and isinstance(first["n_sources"], int)


def test_geojson_is_a_feature_collection_of_located_events(built_db: Path) -> None:
    text, counts = _export(built_db, "geojson")
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert len(features) == counts.written and counts.written + counts.skipped == _count(built_db)
    for feature in features:
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert (lat, lon) == (feature["properties"]["location"]["lat"], feature["properties"]["location"]["lon"])
        assert feature["properties"].keys() >= CONTRACT_KEYS


def test_acled_layout_codes_the_bombing(built_db: Path) -> None:
    text, counts = _export(built_db, "acled", EventFilter(min_sources=3))
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
    rows = list(reader)
    assert counts.written == len(rows) == 1
    row = rows[0]
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2021-03-14", "2021", "1")
    assert (row["disorder_type"], row["event_type"]) == ("Political violence", "Explosions/Remote violence")
    assert (row["iso"], row["country"], row["location"], row["geo_precision"]) == ("368", "Iraq", "Baghdad", "1")
    assert row["fatalities"] == "15"
    assert row["inter2"] == "7" and row["civilian_targeting"] == "Civilian targeting"
    assert row["source"] == "Al Jazeera; Associated Press; Reuters"


def test_acled_export_leaves_out_events_without_an_acled_type(built_db: Path) -> None:
    _, counts = _export(built_db, "acled")
    assert counts.skipped > 0 and counts.written + counts.skipped == _count(built_db)


@pytest.mark.parametrize(
    ("sector", "party_country", "event_country", "event_type", "code"),
    [
        ("MIL", "IRQ", "IRQ", "Battles", 1),
        ("MIL", "USA", "IRQ", "Explosions/Remote violence", 8),
        ("COP", None, "IRQ", "Protests", 1),
        ("REB", "COL", "COL", "Battles", 2),
        ("CRM", "MEX", "MEX", "Violence against civilians", 3),
        ("OPP", "FRA", "FRA", "Riots", 5),
        ("OPP", "FRA", "FRA", "Protests", 6),
        ("CVL", "IRQ", "IRQ", "Protests", 6),
        ("CVL", "IRQ", "IRQ", "Violence against civilians", 7),
        ("IGO", None, "MLI", "Battles", 8),
        (None, "IRQ", "IRQ", "Battles", None),
    ],
)
def test_inter_codes_follow_the_acled_codebook(
    sector: str | None, party_country: str | None, event_country: str, event_type: str, code: int | None
) -> None:
    assert inter_code(sector, party_country, event_country, event_type) == code


def test_interaction_puts_the_lower_code_first() -> None:
    assert interaction(7, 1) == 17
    assert interaction(None, 6) == 60
    assert interaction(None, None) is None
