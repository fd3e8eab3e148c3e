"""`eventwire serve` answering many concurrent readers while `eventwire ingest` writes to the same database."""

from __future__ import annotations

import json
import random
import sqlite3
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from serve_support import serving, start_ingest, stop

from eventwire.ingest import iter_inputs
from eventwire.records import Article
from eventwire.web import queries

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GWN_DIR = SHARED / "corpus" / "geowebnews-dev"
WIRE_REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "wire_reports.jsonl"
READERS = 6
# Dev articles that report several events each (none of them in `served_db`).
EVENTFUL = ("gwn-026", "gwn-092", "gwn-126", "gwn-134", "gwn-148")


@dataclass(slots=True)
class Answer:
    """One request a reader made."""

    path: str
    status: int | None  # None: no HTTP answer at all
    error: str = ""
    event_id: str | None = None


def _ingest_inputs(served_db: Path) -> list[Path]:
    with sqlite3.connect(served_db) as conn:
        stored = {row[0] for row in conn.execute("SELECT doc FROM articles")}
    fresh = [GWN_DIR / f"{name}.txt" for name in EVENTFUL]
    assert not {str(p) for p in fresh} & stored
    return [*fresh, WIRE_REPORTS]


def _read(base: str, db: str, stop_at: threading.Event, answers: list[Answer], seed: int) -> None:
    """Browse like a reader until told to stop: tables, JSON, event pages, map, timeline."""
    rng = random.Random(seed)
    pages = [
        f"/{db}/events",
        f"/{db}/events.json?_shape=array&_size=20",
        f"/{db}/event_list?_search=killed",
        "/-/eventwire/map",
        "/-/eventwire/timeline",
        f"/{db}/articles.json?_size=1",
    ]
    ids: list[str] = []
    while not stop_at.is_set():
        event_id = rng.choice(ids) if ids and rng.random() < 0.4 else None
        path = f"/-/eventwire/event/{event_id}" if event_id else rng.choice(pages)
        try:
            with urllib.request.urlopen(base + path, timeout=60) as response:
                body = response.read()
                answers.append(Answer(path, response.status, event_id=event_id))
                if path.startswith(f"/{db}/events.json"):
                    ids = [row["id"] for row in json.loads(body)]
        except urllib.error.HTTPError as error:
            answers.append(Answer(path, error.code, error.read()[:200].decode(errors="replace"), event_id))
        except (urllib.error.URLError, OSError) as error:
            answers.append(Answer(path, None, str(error), event_id))


def test_readers_get_every_page_while_an_ingest_writes(
    db_copy: Path, served_db: Path, gazetteer_path: Path, tmp_path: Path
) -> None:
    inputs = _ingest_inputs(served_db)
    expected = {a.doc for a in iter_inputs([str(p) for p in inputs]) if isinstance(a, Article)}
    assert len(expected) == len(EVENTFUL) + 4, "the dev articles and the four wire reports"
    with sqlite3.connect(db_copy) as conn:
        before = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    answers: list[Answer] = []
    stop_at = threading.Event()
    with serving(db_copy, tmp_path / "serve.log") as base:
        readers = [
            threading.Thread(target=_read, args=(base, db_copy.stem, stop_at, answers, n), daemon=True)
            for n in range(READERS)
        ]
        for reader in readers:
            reader.start()
        ingest = start_ingest(db_copy, inputs, tmp_path / "ingest.log", gazetteer_path)
        try:
            code = ingest.wait(timeout=300)
        finally:
            if ingest.poll() is None:
                stop(ingest)
            stop_at.set()
            for reader in readers:
                reader.join(timeout=60)
        # The server sees what the ingest wrote, without a restart.
        with urllib.request.urlopen(f"{base}/{db_copy.stem}/articles.json?_size=1", timeout=30) as response:
            served_count = json.loads(response.read())["filtered_table_rows_count"]
    log = (tmp_path / "ingest.log").read_text(errors="replace")
    assert code == 0, log

    with sqlite3.connect(db_copy) as conn:
        docs = {row[0] for row in conn.execute("SELECT doc FROM articles")}
        events = {row[0] for row in conn.execute("SELECT id FROM events")}
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert expected <= docs, "every article of the ingest is stored"
    assert total == before + len(expected) == served_count

    # An event page may be 404 only for an event a later merge replaced (its id is gone for good).
    ok, gone = sum(a.status == 200 for a in answers), sum(a.status == 404 for a in answers)
    print(f"\n{len(answers)} requests while ingesting: {ok} answered 200, {gone} event pages gone (merged)")
    failed = [a for a in answers if a.status != 200 and not (a.status == 404 and a.event_id not in events)]
    assert failed == [], failed[:5]
    assert len(answers) >= 4 * READERS, f"only {len(answers)} requests while ingesting"
    assert {a.path.split("?")[0] for a in answers} >= {f"/{db_copy.stem}/events", "/-/eventwire/map"}
    assert any(a.event_id and a.status == 200 for a in answers), "no event page was read"


@pytest.fixture(autouse=True)
def _needs_corpus() -> None:
    if not GWN_DIR.is_dir():
        pytest.skip(f"corpus not found: {GWN_DIR}")


class _CommitBetweenReads:
    """A read connection after whose first query another connection commits a change (an ingest's re-merge)."""

    def __init__(self, conn: sqlite3.Connection, write: Callable[[], None]) -> None:
        self.conn = conn
        self.write = write
        self.reads = 0

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        if sql.lstrip().upper().startswith("SELECT"):
            self.reads += 1
            if self.reads == 2:
                self.write()
        return self.conn.execute(sql, params)


@pytest.mark.parametrize("snapshot", [True, False])
def test_event_page_reads_one_snapshot_while_a_merge_commits(db_copy: Path, snapshot: bool) -> None:
    with sqlite3.connect(db_copy) as conn:
        event_id = conn.execute("SELECT event_id FROM event_mentions LIMIT 1").fetchone()[0]

    def remerge() -> None:
        with sqlite3.connect(db_copy) as writer:
            writer.execute("DELETE FROM event_mentions WHERE event_id = ?", [event_id])

    reader = sqlite3.connect(db_copy)
    try:
        proxy: Any = _CommitBetweenReads(reader, remerge)
        page = queries.event_page(proxy, event_id) if snapshot else queries._event_page(proxy, event_id)
    finally:
        reader.close()
    assert page is not None
    # In one snapshot the page is whole; statement by statement it shows an event without sources.
    assert bool(page.sources) is snapshot
