"""Spark extract + merge over GeoWebNews dev articles give the local pipeline's events, field by field."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from eventwire.cli import main

GWN_DIR = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "geowebnews-dev"
WIRE = Path(__file__).resolve().parents[1] / "fixtures" / "wire_reports.jsonl"
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00")


def _run(args: list[str]) -> str:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _events(path: Path) -> list[dict[str, Any]]:
    return sorted(pq.read_table(path).to_pylist(), key=lambda r: r["id"])


def _without_ingest_times(record: dict[str, Any]) -> dict[str, Any]:
    """The record with each source's `ingested_at` checked for form and taken out: it is when each run stored it."""
    sources = json.loads(record["sources"])
    for source in sources:
        assert TIMESTAMP.fullmatch(source.pop("ingested_at"))
    return record | {"sources": sources}


SAMPLE = 25
"""GeoWebNews dev articles the default run compares (the first by name): the equality is checked on
every field of every event, so a sample shows a divergence as well as the corpus does. The whole
100 run with `pytest -m slow` (two minutes more on two cores)."""


@pytest.fixture(scope="module", params=[SAMPLE, pytest.param(100, marks=pytest.mark.slow)], ids=["sample", "all"])
def inputs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Dev articles, the three wire reports of one bombing (which merge), and the wire file again (duplicates)."""
    found = sorted(GWN_DIR.glob("*.txt"))
    if len(found) != 100:
        pytest.skip(f"the 100 GeoWebNews dev articles are not at {GWN_DIR}")
    articles = tmp_path_factory.mktemp("articles")
    for path in found[: request.param]:
        shutil.copy(path, articles / path.name)
    again = tmp_path_factory.mktemp("again") / "wire_again.jsonl"
    shutil.copy(WIRE, again)
    return [str(articles), str(WIRE), str(again)]


@pytest.fixture(scope="module")
def local_events(inputs: list[str], gazetteer_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`eventwire ingest` then `eventwire events --format parquet`: the local pipeline."""
    out = tmp_path_factory.mktemp("local")
    db = out / "events.db"
    _run(["ingest", *inputs, "--db", str(db), "--gazetteer", str(gazetteer_path), "--no-progress"])
    _run(["events", "--db", str(db), "--format", "parquet", "-o", str(out / "events.parquet")])
    return out / "events.parquet"


@pytest.fixture(scope="module")
def spark_events(
    spark: Any, inputs: list[str], gazetteer_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, str, str]:
    """`eventwire spark extract` (the gazetteer shipped with the job) then `eventwire spark merge`, on local[2]."""
    out = tmp_path_factory.mktemp("spark")
    patterns = [str(Path(inputs[0]) / "*.txt"), *inputs[1:]]
    args = ["spark", "extract", *(a for p in patterns for a in ("--input", p)), "--output", str(out / "extracted")]
    extracted = _run([*args, "--master", "local[2]", "--gazetteer", str(gazetteer_path)])
    merged = _run(["spark", "merge", "--input", str(out / "extracted"), "--output", str(out / "events")])
    return out / "events", extracted, merged


def test_spark_events_equal_the_local_pipelines_field_by_field(
    local_events: Path, spark_events: tuple[Path, str, str]
) -> None:
    local = pq.read_table(local_events)
    spark = pq.read_table(spark_events[0])
    assert spark.schema.names == local.schema.names
    assert [f.type for f in spark.schema] == [f.type for f in local.schema]
    local_rows, spark_rows = _events(local_events), _events(spark_events[0])
    assert [r["id"] for r in spark_rows] == [r["id"] for r in local_rows]
    for expected, got in zip(local_rows, spark_rows, strict=True):
        expected, got = _without_ingest_times(expected), _without_ingest_times(got)
        for column in local.schema.names:
            assert got[column] == expected[column], (expected["id"], column)


def test_spark_merges_the_three_wire_reports_into_one_event_with_estimates(spark_events: tuple[Path, str, str]) -> None:
    bombing = [r for r in _events(spark_events[0]) if r["n_articles"] == 3]
    assert len(bombing) == 1
    killed = json.loads(bombing[0]["estimates"])["killed"]
    assert (killed["low"], killed["best"], killed["high"], killed["conflict"]) == (12, 15, 20, True)


def test_spark_extract_reports_duplicates_and_throughput(
    inputs: list[str], spark_events: tuple[Path, str, str]
) -> None:
    _, extracted, merged = spark_events
    stored = len(list(Path(inputs[0]).glob("*.txt"))) + 4  # and the four wire reports, each stored once
    assert re.search(rf"^{stored} articles stored, 4 skipped as duplicate, 0 skipped as bad, ", extracted, re.M)
    assert re.search(r"\(\d+\.\d\d articles/s on local\[2\]\)", extracted)
    assert re.search(r"^\d+ events from \d+ mentions \([1-9]\d* links", merged, re.M)


def test_spark_output_is_read_in_the_local_export_order(spark_events: tuple[Path, str, str]) -> None:
    dates = [json.loads(r["date"])["value"] if r["date"] else None for r in pq.read_table(spark_events[0]).to_pylist()]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated)
    assert dates[: len(dated)] == dated  # undated last


@pytest.mark.slow  # a third model load on the executors, for a convenience command over the same code
def test_spark_run_extracts_and_merges_in_one_command(spark: Any, tmp_path: Path, gazetteer_path: Path) -> None:
    _run(["spark", "run", "--input", str(WIRE), "--output", str(tmp_path), "--published", "2021-03-14"])
    assert {p.name for p in (tmp_path / "extracted").iterdir()} == {"articles", "mentions", "claims"}
    events = _events(tmp_path / "events")
    assert [e["n_articles"] for e in events].count(3) == 1
    articles = pq.read_table(tmp_path / "extracted" / "articles").to_pylist()
    assert sorted(a["doc"] for a in articles) == sorted(
        json.loads(line)["id"] for line in WIRE.read_text().splitlines()
    )
    assert {a["published"] for a in articles} == {"2021-03-14"}
