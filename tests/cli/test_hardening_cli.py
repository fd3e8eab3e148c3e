"""Hardening round two (issue 14) through the CLI: odd file names, forged lines, endless stdin."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from click.testing import Result
from spacy.language import Language

from eventwire import geoparse

RunCli = Callable[..., Result]
SEED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seed" / "000_773db53a13bc0aed.txt"
# An input that is always there (the refusal comes before any input is read).
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "reports.jsonl"
SKIP_LINE = re.compile(r"^skipped (.+?): (.+)$")
SUMMARY = re.compile(r"^\d+ stored, \d+ skipped as duplicate, \d+ skipped as bad")


@pytest.fixture
def ingest_cli(run_cli: RunCli, gazetteer_path: Path, nlp: Language) -> Callable[[Sequence[str]], Result]:
    def run(args: Sequence[str]) -> Result:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(geoparse, "build_pipeline", lambda config=None, gazetteer=None: nlp)
            return run_cli(["ingest", "--gazetteer", str(gazetteer_path), *args])

    return run


def _put(directory: Path, name: bytes, data: bytes) -> None:
    with open(os.path.join(os.fsencode(directory), name), "wb") as handle:
        handle.write(data)


@pytest.mark.skipif(not SEED.is_file(), reason="shared corpus not present")
def test_ingest_goes_on_past_odd_file_names_and_prints_them_escaped(
    tmp_path: Path, ingest_cli: Callable[[Sequence[str]], Result]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    _put(inputs, b"r\xe9sum\xe9.txt", SEED.read_bytes())
    # Empty files whose names would forge a second line, rewrite this one, or retitle the terminal.
    _put(inputs, b"a\nskipped forged.txt: looks real.txt", b"")
    _put(inputs, b"b\r\x1b[2K\x1b]0;owned\x07.txt", b"")
    _put(inputs, b"c\xff\xfe.txt", b"")
    db = tmp_path / "events.db"
    result = ingest_cli([str(inputs), "--db", str(db)])
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 4, lines
    assert all(SKIP_LINE.match(line) for line in lines[:3])
    assert not any(ch in result.stderr for ch in "\r\x1b\x07")
    assert f"skipped {inputs}/a\\nskipped forged.txt: looks real.txt: empty" in lines
    assert f"skipped {inputs}/c\\xff\\xfe.txt: empty" in lines
    assert lines[-1].startswith("1 stored, 0 skipped as duplicate, 3 skipped as bad (empty 3)")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT doc FROM articles").fetchall() == [(f"{inputs}/r\\xe9sum\\xe9.txt",)]
    # A rerun finds it stored: it does not stop at the same file.
    again = ingest_cli([str(inputs), "--db", str(db)])
    assert again.exit_code == 0 and again.stderr.splitlines()[-1].startswith("0 stored, 1 skipped as duplicate")


# One line and exit 2, never a traceback (issue 14 item 9) -------------------------------------------------


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory, run_cli: RunCli, gazetteer_path: Path, nlp: Language) -> Path:
    if not SEED.is_file():
        pytest.skip("shared corpus not present")
    db = tmp_path_factory.mktemp("seed") / "events.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(geoparse, "build_pipeline", lambda config=None, gazetteer=None: nlp)
        result = run_cli(["ingest", "--gazetteer", str(gazetteer_path), str(SEED), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


@pytest.fixture
def db_copy(seed_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.db"
    shutil.copy(seed_db, target)
    return target


def _one_line_exit_2(result: Result, *fragments: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    # ingest prints its summary of what it did before the failure; nothing else may come with it.
    lines = [line for line in result.stderr.splitlines() if not SUMMARY.match(line)]
    assert len(lines) == 1 and lines[0].startswith("eventwire: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "acled", "geojson", "parquet"])
def test_events_to_a_missing_directory_or_a_full_disk_is_one_line(db_copy: Path, run_cli: RunCli, fmt: str) -> None:
    missing = run_cli(["events", "--db", str(db_copy), "--format", fmt, "-o", "/nonexistent/dir/x.out"])
    _one_line_exit_2(missing, "cannot write /nonexistent/dir/x.out", "No such file or directory")
    if Path("/dev/full").exists():
        full = run_cli(["events", "--db", str(db_copy), "--format", fmt, "-o", "/dev/full"])
        _one_line_exit_2(full, "cannot write the export: No space left on device")


def _damage(db: Path) -> None:
    data = bytearray(db.read_bytes())
    page = 4096
    for start in range(2 * page, len(data), page):
        data[start + 64 : start + 900] = b"\xde\xad\xbe\xef" * 209
    db.write_bytes(data)


def test_a_damaged_database_is_one_line_for_events_and_ingest(db_copy: Path, run_cli: RunCli) -> None:
    _damage(db_copy)
    _one_line_exit_2(run_cli(["events", "--db", str(db_copy)]))
    # ingest refuses before reading anything, rather than calling every article a duplicate
    ingest = run_cli(["ingest", "--db", str(db_copy), str(SEED)])
    assert ingest.exit_code == 2 and "Traceback" not in ingest.output
    assert "damaged" in ingest.stderr or "malformed" in ingest.stderr, ingest.stderr


def _foreign(path: Path, with_migrations: bool) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('Ada')")
        if with_migrations:
            conn.execute("CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT)")
            conn.execute("INSERT INTO migrations VALUES (1, 'create customers', '2024-01-01')")
    conn.close()


@pytest.mark.parametrize("with_migrations", [False, True])
@pytest.mark.parametrize("command", ["events", "ingest"])
def test_another_applications_database_is_refused_and_left_unchanged(
    tmp_path: Path, run_cli: RunCli, with_migrations: bool, command: str
) -> None:
    db = tmp_path / "crm.db"
    _foreign(db, with_migrations)
    before = db.read_bytes()
    args = [command, "--db", str(db)] + ([str(EXAMPLE)] if command == "ingest" else [])
    _one_line_exit_2(run_cli(args), "another application's SQLite database", "customers")
    assert db.read_bytes() == before
    assert not Path(f"{db}-wal").exists()


def test_serve_on_a_read_only_database_is_one_line(
    db_copy: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_connect = sqlite3.connect

    def read_only(path: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if str(path) == str(db_copy):
            return real_connect(f"file:{db_copy}?mode=ro", uri=True)
        return real_connect(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", read_only)
    _one_line_exit_2(run_cli(["serve", "--db", str(db_copy), "--port", "0"]), "cannot write to database")


def test_watch_refuses_a_state_file_that_is_a_directory(tmp_path: Path, run_cli: RunCli) -> None:
    db = tmp_path / "events.db"
    Path(f"{db}.feeds.json").mkdir()
    feed = tmp_path / "feed.xml"
    feed.write_text("<rss version='2.0'><channel><title>t</title></channel></rss>", encoding="utf-8")
    _one_line_exit_2(run_cli(["watch", "--db", str(db), "--polls", "1", str(feed)]), "is not a regular file")


def test_an_invisible_character_inside_a_word_costs_no_event(
    tmp_path: Path, run_cli: RunCli, gazetteer_path: Path, nlp: Language
) -> None:
    sentence = "Police in Kenya arrested 40 protesters in Nairobi on Monday after a march against fuel prices.\n"
    marked = sentence.replace("arrested", "arr\u00adested").replace("protesters", "pro\u200btest\u202eers")
    clean, hostile = tmp_path / "clean.txt", tmp_path / "marked.txt"
    clean.write_text(sentence, encoding="utf-8")
    hostile.write_text(marked, encoding="utf-8")
    runs = []
    for path in (clean, hostile):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(geoparse, "build_pipeline", lambda config=None, gazetteer=None: nlp)
            result = run_cli(["extract", "--gazetteer", str(gazetteer_path), "--published", "2024-03-04", str(path)])
        assert result.exit_code == 0, result.output
        runs.append([json.loads(line) for line in result.stdout.splitlines()])
    assert runs[0], "the plain sentence has an event"
    keys = [[(e["type"], e["evidence"][0]["sentence"], e["evidence"][0]["start"]) for e in run] for run in runs]
    assert keys[0] == keys[1]
