"""Two `eventwire ingest` processes on one new database at once, with overlapping inputs, lose and double nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from store_support import GWN_DIR, OpenExtractor, read_articles, table_checksums

from eventwire.store import Store
from eventwire.store.ingest import ingest

WIRE_REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "wire_reports.jsonl"
EVENTWIRE = [sys.executable, "-c", "from eventwire.cli import main; main()"]
# Dev articles that report several events each, so that the merge has something to do.
EVENTFUL = ("gwn-026", "gwn-092", "gwn-126", "gwn-134", "gwn-148", "gwn-158")


def _start(db: Path, inputs: list[Path], log: Path, gazetteer: Path) -> subprocess.Popen[bytes]:
    command = [*EVENTWIRE, "ingest", "--db", str(db), "--gazetteer", str(gazetteer), "--no-progress"]
    with open(log, "wb") as out:
        return subprocess.Popen([*command, *map(str, inputs)], stdout=out, stderr=subprocess.STDOUT, env=os.environ)


def test_two_ingests_at_once_store_each_article_once_and_the_events_of_one_ingest(
    tmp_path: Path, gazetteer_path: Path, open_extractor: OpenExtractor
) -> None:
    dev = [GWN_DIR / f"{name}.txt" for name in EVENTFUL]
    if not all(path.is_file() for path in dev):
        pytest.skip(f"corpus not found: {GWN_DIR}")
    # Both take the wire reports and two dev articles; each has two of its own.
    first, second = [*dev[:4], WIRE_REPORTS], [WIRE_REPORTS, *dev[2:]]
    db = tmp_path / "shared.db"  # does not exist yet: both processes create and migrate it
    runs = [_start(db, inputs, tmp_path / f"ingest{n}.log", gazetteer_path) for n, inputs in enumerate((first, second))]
    codes = []
    for run in runs:
        try:
            codes.append(run.wait(timeout=300))
        finally:
            if run.poll() is None:
                run.kill()
                run.wait()
    logs = [(tmp_path / f"ingest{n}.log").read_text(errors="replace") for n in range(2)]
    assert codes == [0, 0], logs

    # The same articles ingested once, in one process, in order.
    union = read_articles([*dev, WIRE_REPORTS])
    reference = tmp_path / "reference.db"
    with Store.open(reference) as store:
        outcomes = list(ingest(store, union, open_extractor))
    assert not any(o.duplicate for o in outcomes)

    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM articles")]
    assert len(ids) == len(set(ids)) == len(union)
    # Every table, events and their estimates included, as one ingest writes it (ingest times aside).
    skip = frozenset({"ingested_at"})
    assert table_checksums(db, skip) == table_checksums(reference, skip)
    # Each process reports what it stored; together, every article exactly once.
    stored = [int(log.strip().splitlines()[-1].split(" stored")[0]) for log in logs]
    assert sum(stored) == len(union)


def test_opening_waits_for_a_writer_that_holds_the_lock(tmp_path: Path) -> None:
    """Another ingest mid-transaction (a migration, a batch) holds the write lock; switching the
    journal to WAL ignores the busy timeout, so opening used to fail at once with "locked"."""
    path = tmp_path / "events.db"
    Store.open(path).db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")  # as a database created before WAL was set
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: writer.execute("COMMIT"))
    release.start()
    try:
        store = Store.open(path)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        store.db.close()
    finally:
        release.join()
        writer.close()
