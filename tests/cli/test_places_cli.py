"""`eventwire places`: the record fields and formats, stdin, and how bad inputs are reported."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = SHARED / "corpus" / "seed" / "000_773db53a13bc0aed.txt"
RunCli = Callable[..., Result]

# The DESIGN.md place record, plus `kind` ("toponym" or "demonym").
PLACE_FIELDS = ["doc", "text", "start", "end", "name", "country", "admin1", "lat", "lon", "precision", "gazetteer_id"]
COLUMNS = [*PLACE_FIELDS, "kind"]
GOOD_TEXT = "Rockets struck Erbil, Iraq, overnight, officials in Baghdad said.\n"
GERMAN_TEXT = (
    "Die Regierung in Berlin hat am Dienstag neue Sanktionen gegen den Iran beschlossen. "
    "Der Außenminister sagte, man werde die Lage in der Region weiter genau beobachten und "
    "sich mit den europäischen Partnern abstimmen, bevor weitere Schritte folgen.\n"
)

pytestmark = pytest.mark.shared


def jsonl_rows(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def assert_clean_exit(result: Result, code: int = 0) -> None:
    """The exit code, and no traceback anywhere: errors are one-line messages."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_jsonl_rows_carry_exactly_the_design_place_fields(seed_places: Result) -> None:
    rows = jsonl_rows(seed_places.stdout)
    assert len(rows) > 50
    for row in rows:
        assert list(row) == COLUMNS
        assert row["doc"] == str(SEED)
        assert isinstance(row["start"], int) and isinstance(row["end"], int)
        assert row["kind"] == "toponym" or (row["kind"], row["precision"]) == ("demonym", "country")
    erbil = next(row for row in rows if row["text"] == "Erbil")
    assert (erbil["name"], erbil["country"], erbil["precision"]) == ("Erbil", "IRQ", "city")
    assert erbil["gazetteer_id"].startswith("gn:")
    assert abs(erbil["lat"] - 36.19) < 0.1 and abs(erbil["lon"] - 44.01) < 0.1


def test_summary_line_counts_articles_and_places(seed_places: Result) -> None:
    n = len(jsonl_rows(seed_places.stdout))
    assert seed_places.stderr.splitlines()[-1].startswith(f"1 articles, {n} places, 0 skipped in ")


def test_csv_has_the_place_columns_and_one_row_per_mention(places_cli: RunCli, seed_places: Result) -> None:
    result = places_cli(["--format", "csv", str(SEED)])
    assert_clean_exit(result)
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert reader.fieldnames == COLUMNS
    rows = list(reader)
    expected = jsonl_rows(seed_places.stdout)
    assert len(rows) == len(expected)
    for row, want in zip(rows, expected, strict=True):
        assert row == {k: "" if v is None else str(v) for k, v in want.items()}


def test_json_format_is_one_array_of_the_same_records(places_cli: RunCli, seed_places: Result) -> None:
    result = places_cli(["--format", "json", str(SEED)])
    assert_clean_exit(result)
    records = json.loads(result.stdout)
    assert isinstance(records, list)
    assert records == jsonl_rows(seed_places.stdout)


def test_dash_reads_the_article_from_stdin(places_cli: RunCli) -> None:
    result = places_cli(["-"], stdin=GOOD_TEXT)
    assert_clean_exit(result)
    rows = jsonl_rows(result.stdout)
    assert [(r["doc"], r["text"], r["country"]) for r in rows] == [
        ("-", "Erbil", "IRQ"),
        ("-", "Iraq", "IRQ"),
        ("-", "Baghdad", "IRQ"),
    ]
    assert rows[0]["start"] == GOOD_TEXT.index("Erbil")


def test_directory_with_empty_and_binary_files_reports_them_and_carries_on(places_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    result = places_cli([str(tmp_path)])
    assert_clean_exit(result)
    rows = jsonl_rows(result.stdout)
    assert {r["doc"] for r in rows} == {str(tmp_path / "good.txt")}
    assert [r["text"] for r in rows] == ["Erbil", "Iraq", "Baghdad"]
    lines = result.stderr.splitlines()
    assert f"skipped {tmp_path / 'empty.txt'}: empty" in lines
    assert f"skipped {tmp_path / 'photo.txt'}: binary file" in lines
    assert len(lines) == 3
    assert lines[-1].startswith("1 articles, 3 places, 2 skipped in ")


def test_non_english_file_is_skipped_with_its_reason(places_cli: RunCli, tmp_path: Path) -> None:
    german = tmp_path / "bericht.txt"
    german.write_text(GERMAN_TEXT, encoding="utf-8")
    result = places_cli([str(german)])
    # Every input was skipped: nothing was read, which a script must be able to tell from success.
    assert_clean_exit(result, 1)
    assert result.stdout == ""
    skipped, summary, verdict = result.stderr.splitlines()
    assert skipped.startswith(f"skipped {german}: not English (english stopword ratio ")
    assert summary.startswith("0 articles, 0 places, 1 skipped in ")
    assert verdict == "eventwire: every input was skipped; nothing was read"


def test_unknown_model_exits_2_with_a_one_line_message(places_cli: RunCli, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    result = places_cli(["--model", "no_such_model", str(good)])
    assert_clean_exit(result, code=2)
    assert result.stdout == ""
    [message] = result.stderr.splitlines()
    assert message.startswith("eventwire: ")
    assert "'no_such_model' is not installed" in message


def test_demonyms_are_country_records_of_kind_demonym_unless_turned_off(places_cli: RunCli) -> None:
    text = "Iraqi forces said there were no casualties in Erbil.\n"
    without = jsonl_rows(places_cli(["--no-demonyms", "-"], stdin=text).stdout)
    result = places_cli(["-"], stdin=text)
    assert_clean_exit(result)
    rows = jsonl_rows(result.stdout)
    assert [r["text"] for r in without] == ["Erbil"]
    assert [(r["text"], r["kind"], r["precision"], r["country"], r["admin1"]) for r in rows] == [
        ("Iraqi", "demonym", "country", "IRQ", None),
        ("Erbil", "toponym", "city", "IRQ", "Arbil"),
    ]
    assert all(list(r) == COLUMNS for r in rows)


def test_places_with_two_workers_writes_what_one_process_writes(places_cli: RunCli) -> None:
    paths = [str(p) for p in sorted((SHARED / "corpus" / "geowebnews-dev").glob("*.txt"))[:6]]
    one = places_cli([*paths, "--no-progress"])
    two = places_cli([*paths, "--no-progress", "--jobs", "2"], reuse_pipeline=False)
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    assert two.stdout == one.stdout
    assert len(one.stdout.splitlines()) > 20
