"""`eventwire ingest` and `eventwire events`: resumable ingest with a summary, filtered exports."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import Result
from spacy.language import Language

from eventwire import cli_store, geoparse
from eventwire.extractor import Extractor
from eventwire.store import DEFAULT_DB, EXPORT_FORMATS
from eventwire.store.acled import ACLED_COLUMNS
from eventwire.store.exports import BINARY_FORMATS, CSV_COLUMNS, EVENT_RECORD_COLUMNS

RunCli = Callable[..., Result]
SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = SHARED / "corpus" / "seed" / "000_773db53a13bc0aed.txt"

# The wire reports the store tests use (tests/fixtures/wire_reports.jsonl).
REPORTS = [
    json.loads(line)
    for line in (Path(__file__).resolve().parents[1] / "fixtures" / "wire_reports.jsonl")
    .read_text("utf-8")
    .splitlines()
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four wire reports in a JSONL file with one malformed line and one empty record, and an empty .txt."""
    root = tmp_path_factory.mktemp("inputs")
    lines = [json.dumps(r) for r in REPORTS[:2]] + ["{not json"] + [json.dumps(r) for r in REPORTS[2:]]
    lines.append(json.dumps({"id": "blank", "text": "   "}))
    (root / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "empty.txt").write_text("", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def ingest_cli(run_cli: RunCli, gazetteer_path: Path, nlp: Language) -> RunCli:
    """`eventwire ingest --gazetteer <session gazetteer> ARGS`, reusing the session's spaCy pipeline."""

    def run(args: Sequence[str], stdin: str | None = None) -> Result:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(geoparse, "build_pipeline", lambda config=None, gazetteer=None: nlp)
            return run_cli(["ingest", "--gazetteer", str(gazetteer_path), *args], stdin)

    return run


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory, ingest_cli: RunCli, inputs: Path) -> tuple[Path, Result]:
    """The reports and the seed (published 2020-01-08) ingested by the command, once."""
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED}")
    db = tmp_path_factory.mktemp("db") / "events.db"
    first = ingest_cli([str(inputs), "--db", str(db)])
    assert first.exit_code == 0, first.output
    seed = ingest_cli([str(SEED), "--published", "2020-01-08", "--db", str(db)])
    assert seed.exit_code == 0, seed.output
    return db, first


def _summary(result: Result) -> str:
    return result.stderr.strip().splitlines()[-1]


def test_ingest_summary_counts_stored_duplicate_and_bad_inputs(database: tuple[Path, Result]) -> None:
    _, first = database
    assert re.fullmatch(
        r"4 stored, 0 skipped as duplicate, 3 skipped as bad \(empty 2, malformed JSON 1\), 2 events "
        r"in [\d.]+s \([\d.]+ articles/s\)",
        _summary(first),
    ), first.stderr
    # Each bad input keeps its one-line reason.
    assert re.search(r"^skipped .*reports\.jsonl:3: malformed JSON", first.stderr, re.MULTILINE)
    assert re.search(r"^skipped .*empty\.txt: empty$", first.stderr, re.MULTILINE)
    assert first.stdout == ""


def test_reingest_skips_every_article_before_parsing(
    database: tuple[Path, Result], ingest_cli: RunCli, inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(database[0], db)

    def refuse(*args: object, **kwargs: object) -> Extractor:
        raise AssertionError("the extractor was loaded for duplicates")

    monkeypatch.setattr(Extractor, "open", refuse)
    again = ingest_cli([str(inputs), str(SEED), "--db", str(db)])
    assert again.exit_code == 0, again.output
    assert _summary(again).startswith("0 stored, 5 skipped as duplicate, 3 skipped as bad")
    # Standard input too: the same records piped in are duplicates.
    piped = ingest_cli(["-", "--db", str(db)], "\n".join(json.dumps(r) for r in REPORTS))
    assert _summary(piped).startswith("0 stored, 4 skipped as duplicate, 0 skipped as bad, ")


def test_ingest_refuses_a_malformed_published_date(ingest_cli: RunCli, inputs: Path, tmp_path: Path) -> None:
    result = ingest_cli([str(inputs), "--published", "8 Jan 2020", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "not a date" in result.stderr
    assert not (tmp_path / "x.db").exists()


def _events(run_cli: RunCli, db: Path, *args: str) -> Result:
    result = run_cli(["events", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result


def test_events_filters_select_the_bombing(run_cli: RunCli, database: tuple[Path, Result]) -> None:
    db = database[0]
    every = [json.loads(line) for line in _events(run_cli, db).stdout.splitlines()]
    assert len(every) > 2
    merged = [json.loads(line) for line in _events(run_cli, db, "--min-sources", "3").stdout.splitlines()]
    assert len(merged) == 1
    assert (merged[0]["type"], merged[0]["n_sources"], merged[0]["estimates"]["killed"]["best"]) == ("ASSAULT", 3, 15)
    bombing = merged[0]["id"]
    in_baghdad = _events(run_cli, db, "--type", "ASSAULT", "--bbox", "44,33,45,34", "--since", "2021-03-14")
    assert [json.loads(line)["id"] for line in in_baghdad.stdout.splitlines()] == [bombing]
    dated_2020 = [json.loads(line) for line in _events(run_cli, db, "--until", "2020-12-31").stdout.splitlines()]
    assert dated_2020 and all(e["date"]["value"] <= "2020-12-31" for e in dated_2020)
    assert _events(run_cli, db, "--country", "BRA").stdout == ""
    assert "0 events written" in _events(run_cli, db, "--country", "BRA").stderr


@pytest.mark.parametrize("fmt", ["csv", "acled", "geojson", "parquet"])
def test_events_writes_each_format_to_a_file(
    run_cli: RunCli, database: tuple[Path, Result], tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"events.{fmt}"
    result = _events(run_cli, database[0], "--format", fmt, "--output", str(out))
    assert result.stdout == ""
    if fmt == "parquet":
        assert tuple(pq.read_table(out).column_names) == EVENT_RECORD_COLUMNS
    elif fmt == "geojson":
        collection = json.loads(out.read_text(encoding="utf-8"))
        assert collection["type"] == "FeatureCollection" and collection["features"]
    else:
        with out.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
        assert tuple(reader.fieldnames or ()) == (ACLED_COLUMNS if fmt == "acled" else CSV_COLUMNS)
        assert rows
    assert re.match(r"\d+ events written", result.stderr)


def test_events_writes_parquet_to_a_piped_stdout(run_cli: RunCli, database: tuple[Path, Result]) -> None:
    result = _events(run_cli, database[0], "--format", "parquet")
    assert pq.read_table(io.BytesIO(result.stdout_bytes)).num_rows > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--bbox", "1,2,3"], "bbox"),
        (["--since", "last week"], "not a date"),
        (["--min-sources", "0"], "min-sources"),
        (["--format", "xml"], "format"),
    ],
)
def test_events_refuses_bad_options(
    run_cli: RunCli, database: tuple[Path, Result], args: list[str], message: str
) -> None:
    result = run_cli(["events", "--db", str(database[0]), *args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_events_needs_an_existing_database(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(["events", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2
    assert not (tmp_path / "missing.db").exists()


def test_cli_defaults_match_the_store() -> None:
    assert cli_store.DEFAULT_DB == DEFAULT_DB
    assert tuple(cli_store.EXPORT_FORMATS) == EXPORT_FORMATS
    assert cli_store.BINARY_FORMATS == BINARY_FORMATS
