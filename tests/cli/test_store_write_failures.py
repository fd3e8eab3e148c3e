"""`eventwire ingest` into a database it cannot write: a read-only file, a full disk.

Running as root, chmod cannot make a file read-only, and an unprivileged test cannot fill a disk;
both are simulated inside SQLite itself, where the failures arise: the connection to the database
is opened read-only (what SQLite does for a file it cannot write), or limited to its current size
with `PRAGMA max_page_count` (SQLite then fails a write with SQLITE_FULL, as on a full disk).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from spacy.language import Language

from eventwire import geoparse
from eventwire.extractor import Extractor

RunCli = Callable[..., Result]
WIRE_REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "wire_reports.jsonl"
REPORTS = [json.loads(line) for line in WIRE_REPORTS.read_text("utf-8").splitlines()]
# A report long enough to need new database pages (its text alone is over two 4 KB pages).
LONG_REPORT = {"id": "long-1", "title": "Long", "text": "\n\n".join([REPORTS[2]["text"]] * 12)}
INPUTS = [*REPORTS[:2], LONG_REPORT, *REPORTS[2:]]
REAL_CONNECT = sqlite3.connect


@pytest.fixture
def ingest_into(run_cli: RunCli, gazetteer_path: Path, nlp: Language) -> Callable[[Sequence[str]], Result]:
    def run(args: Sequence[str]) -> Result:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(geoparse, "build_pipeline", lambda config=None, gazetteer=None: nlp)
            return run_cli(["ingest", "--gazetteer", str(gazetteer_path), *args])

    return run


@pytest.fixture
def two_stored(tmp_path: Path, ingest_into: Callable[[Sequence[str]], Result]) -> tuple[Path, Path]:
    """A database holding the first two wire reports, and a JSONL file of those, a long report and two more."""
    first, every = tmp_path / "first.jsonl", tmp_path / "every.jsonl"
    first.write_text("".join(json.dumps(r) + "\n" for r in REPORTS[:2]), encoding="utf-8")
    every.write_text("".join(json.dumps(r) + "\n" for r in INPUTS), encoding="utf-8")
    db = tmp_path / "events.db"
    result = ingest_into([str(first), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db, every


def _state(db: Path) -> tuple[str, list[str], int, int]:
    with REAL_CONNECT(db) as conn:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        docs = sorted(row[0] for row in conn.execute("SELECT doc FROM articles"))
        mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return check, docs, mentions, events


def _patched_connect(db: Path, setup: Callable[[str], sqlite3.Connection]) -> Callable[..., sqlite3.Connection]:
    """sqlite3.connect, except that the event database is opened by `setup`."""

    def connect(path: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if str(path) == str(db):
            return setup(str(path))
        return REAL_CONNECT(path, *args, **kwargs)

    return connect


@pytest.fixture
def read_only(two_stored: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    db, _ = two_stored
    monkeypatch.setattr(
        sqlite3, "connect", _patched_connect(db, lambda p: REAL_CONNECT(f"file:{p}?mode=ro", uri=True, timeout=30))
    )
    yield two_stored


@pytest.fixture
def disk_full(two_stored: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    db, _ = two_stored

    def full(path: str) -> sqlite3.Connection:
        conn = REAL_CONNECT(path, timeout=30)
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        conn.execute(f"PRAGMA max_page_count = {pages}")  # not one page more: the disk is full
        return conn

    monkeypatch.setattr(sqlite3, "connect", _patched_connect(db, full))
    yield two_stored


def _assert_one_line_failure(result: Result, message: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    last = result.stderr.splitlines()[-1]
    assert last.startswith("eventwire: ") and message in last, result.stderr


def test_read_only_database_fails_before_parsing_and_stays_intact(
    read_only: tuple[Path, Path], ingest_into: Callable[[Sequence[str]], Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, every = read_only
    before = _state(db)

    def refuse(*args: object, **kwargs: object) -> Extractor:
        raise AssertionError("the model was loaded for a database that cannot be written")

    monkeypatch.setattr(Extractor, "open", refuse)
    result = ingest_into([str(every), "--db", str(db)])
    _assert_one_line_failure(result, f"cannot write to database {db}: attempt to write a readonly database")
    assert _state(db) == before
    assert before[0] == "ok" and len(before[1]) == 2


def test_full_disk_fails_with_one_line_and_keeps_what_was_stored(
    disk_full: tuple[Path, Path], ingest_into: Callable[[Sequence[str]], Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, every = disk_full
    before = _state(db)
    result = ingest_into([str(every), "--db", str(db)])
    _assert_one_line_failure(result, "database or disk is full")
    assert "cannot store " in result.stderr.splitlines()[-1]
    assert _state(db) == before  # the article being written was rolled back whole
    # Space again: the same command resumes and stores the other three.
    monkeypatch.setattr(sqlite3, "connect", REAL_CONNECT)
    again = ingest_into([str(every), "--db", str(db)])
    assert again.exit_code == 0, again.output
    assert again.stderr.splitlines()[-1].startswith("3 stored, 2 skipped as duplicate, 0 skipped as bad")
    check, docs, _, _ = _state(db)
    assert check == "ok" and docs == sorted(r["id"] for r in INPUTS)
