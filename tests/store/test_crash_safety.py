"""Crash safety: a process killed while it stores leaves a sound database, and ingest resumes to the clean result.

Each article is stored in one transaction, so a kill can lose at most the article being written,
and the resumed run (which skips stored articles) stores it again: nothing is lost or doubled,
and the events come out as a clean run's, ids and fields. The slow test SIGKILLs `eventwire
ingest` of the 100 GeoWebNews dev articles at random moments (EVENTWIRE_CRASH_KILLS and
EVENTWIRE_CRASH_SEED change how many and where); the fast one kills a writer inside its transaction.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_support import Extracted, store_all, table_checksums

import eventwire
from eventwire.store import Store, merging

GWN_DIR = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "geowebnews-dev"
SRC = Path(eventwire.__file__).resolve().parents[1]
KILLS = int(os.environ.get("EVENTWIRE_CRASH_KILLS", "4"))
SEED = int(os.environ.get("EVENTWIRE_CRASH_SEED", "1125"))
# Tables compared row for row; articles without their ingestion time, which differs by design.
TABLES = {
    "articles": "id, doc, url, title, outlet, published, text",
    "mentions": "*",
    "events": "*",
    "event_mentions": "*",
    "claims": "*",
    "places": "*",
    "block_keys": "*",
    "actors": "*",
}


def _command(db: Path, gazetteer: Path) -> list[str]:
    run = "import sys; from eventwire.cli import main; sys.exit(main())"
    return [sys.executable, "-c", run, "ingest", str(GWN_DIR), "--db", str(db), "--gazetteer", str(gazetteer)]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # the schema is not there yet


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        rows = {table: conn.execute(f"SELECT {columns} FROM {table}").fetchall() for table, columns in TABLES.items()}
    return {table: sorted(found, key=repr) for table, found in rows.items()}


def _run_to_end(db: Path, gazetteer: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_command(db, gazetteer), env=_env(), capture_output=True, text=True, timeout=600)


def _kill_mid_ingest(db: Path, gazetteer: Path, target: int, rng: random.Random) -> tuple[int, int]:
    """Start an ingest, SIGKILL it a random moment after it has stored `target` articles; stored before and after."""
    before = _stored(db)
    target = max(target, before + 1)
    process = subprocess.Popen(_command(db, gazetteer), env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while _stored(db) < target and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        # Anywhere within the next article or two: parsing it, or inside its transaction.
        time.sleep(rng.uniform(0.0, 0.15))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL, process.stderr.read() if process.stderr else ""
    return before, _stored(db)


@pytest.mark.slow
@pytest.mark.skipif(not GWN_DIR.is_dir(), reason="shared corpus not present")
def test_sigkilled_ingest_resumes_to_the_clean_result(tmp_path: Path, gazetteer_path: Path) -> None:
    clean_db, crashed_db = tmp_path / "clean.db", tmp_path / "crashed.db"
    clean = _run_to_end(clean_db, gazetteer_path)
    assert clean.returncode == 0, clean.stderr
    rng = random.Random(SEED)
    # Seeded random kill points spread over the run, so that each kill finds articles still to store.
    targets = sorted(rng.sample(range(3, 95), KILLS))
    progress = [_kill_mid_ingest(crashed_db, gazetteer_path, target, rng) for target in targets]
    print(f"\nstored before/after each SIGKILL: {progress}")
    # Every kill landed while articles were being stored, not before the first or after the last.
    assert all(before < after < 100 for before, after in progress), progress
    resumed = _run_to_end(crashed_db, gazetteer_path)
    assert resumed.returncode == 0, resumed.stderr
    assert "Traceback" not in resumed.stderr
    with sqlite3.connect(crashed_db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        (total, distinct) = conn.execute("SELECT count(*), count(DISTINCT doc) FROM articles").fetchone()
    assert total == distinct == 100  # every article stored exactly once
    clean_rows, crashed_rows = _rows(clean_db), _rows(crashed_db)
    for table in TABLES:
        assert crashed_rows[table] == clean_rows[table], table


def test_a_writer_killed_inside_its_transaction_leaves_the_database_as_before(
    extracted: list[Extracted], tmp_path: Path
) -> None:
    db = tmp_path / "events.db"
    store_all(db, extracted[:3])
    before = table_checksums(db)
    victim = extracted[3]
    assert victim.events, "the article must have events, so that the kill comes after rows were written"
    pid = os.fork()
    if pid == 0:  # the child: write the article, and die by SIGKILL after its rows, before the commit
        try:
            merging.remerge = lambda *args, **kwargs: os.kill(os.getpid(), signal.SIGKILL)  # type: ignore[assignment]
            with Store.open(db) as store:
                store.add(victim.article, victim.events, victim.places, victim.published)
        finally:
            os._exit(3)  # only reached if the kill did not happen
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert table_checksums(db) == before  # no half article
    with Store.open(db) as store:
        stored = store.add(victim.article, victim.events, victim.places, victim.published)
    assert stored is not None and stored.mentions == len(victim.events)
