#!/usr/bin/env python3
"""Load on `eventwire serve` over a 100k-event database, before and while `eventwire ingest` writes to it.

    .venv/bin/python scripts/bench_load.py                          # 100,000 events, 8 clients
    .venv/bin/python scripts/bench_load.py --clients 16 --seconds 30
    .venv/bin/python scripts/bench_load.py --ingest ../shared/corpus/geowebnews-dev --events 20000

The synthetic database comes from `scripts/bench_web.py` (built once at --base, then reused); each
run copies it, so the ingest always has new articles to write. `eventwire serve` runs as a
subprocess on the copy, and --clients threads, each with its own keep-alive connection, fetch
three pages in turn: the events table (HTML), an event page (random among 1,000 ids) and the JSON
API (`events.json`, 50 rows of a type). Phase 1 runs for --seconds with no writer; phase 2 starts
`eventwire ingest` on the copy and runs until the ingest ends. Every answer other than 200 (or a
connection error) is an error. Prints requests/s and p50/p95 per page for each phase, the errors,
and the ingest's own summary line. Clients, server and ingest share this machine's cores. Not a test.
"""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import math
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
DEFAULT_INGEST = HERE.parent.parent / "shared" / "corpus" / "geowebnews-dev"
EVENTWIRE = [sys.executable, "-c", "from eventwire.cli import main; main()"]
PAGES = ("events table", "event page", "JSON API")


def _bench_web() -> ModuleType:
    """scripts/bench_web.py, for its database builder."""
    spec = importlib.util.spec_from_file_location("bench_web", HERE / "bench_web.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_web"] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@dataclass(slots=True)
class Tally:
    """Latencies (ms) and errors per page of one phase."""

    times: dict[str, list[float]] = field(default_factory=lambda: {p: [] for p in PAGES})
    errors: dict[str, list[str]] = field(default_factory=lambda: {p: [] for p in PAGES})
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, page: str, ms: float, error: str | None) -> None:
        with self.lock:
            if error:
                self.errors[page].append(error)
            else:
                self.times[page].append(ms)


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)] if ordered else float("nan")


def _client(port: int, paths: dict[str, list[str]], stop: threading.Event, tally: Tally, seed: int) -> None:
    rng = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    turn = seed
    while not stop.is_set():
        page = PAGES[turn % len(PAGES)]
        turn += 1
        path = rng.choice(paths[page])
        started = time.perf_counter()
        error = None
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                error = f"HTTP {response.status} {path}"
        except (OSError, http.client.HTTPException) as exc:
            error = f"{type(exc).__name__}: {exc} {path}"
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        tally.add(page, (time.perf_counter() - started) * 1000, error)
    connection.close()


def _run_phase(port: int, paths: dict[str, list[str]], clients: int, until: threading.Event) -> tuple[Tally, float]:
    tally = Tally()
    threads = [
        threading.Thread(target=_client, args=(port, paths, until, tally, n), daemon=True) for n in range(clients)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally, time.perf_counter() - started


def _report(title: str, tally: Tally, seconds: float) -> int:
    print(f"\n{title} ({seconds:.1f} s)")
    print(f"{'page':<14} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
    total_ok = total_err = 0
    for page in PAGES:
        times, errors = tally.times[page], tally.errors[page]
        total_ok += len(times)
        total_err += len(errors)
        print(
            f"{page:<14} {len(times) + len(errors):>9} {len(times) / seconds:>8.1f} "
            f"{_percentile(times, 0.5):>8.1f} {_percentile(times, 0.95):>8.1f} {len(errors):>7}"
        )
    print(f"{'all':<14} {total_ok + total_err:>9} {total_ok / seconds:>8.1f} {'':>8} {'':>8} {total_err:>7}")
    for page in PAGES:
        for error in tally.errors[page][:3]:
            print(f"  error: {error}")
    return total_err


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(base: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 300
    while True:
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"eventwire serve did not start: {log.read_text(errors='replace')}") from None
            time.sleep(0.5)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000, help="synthetic events (default 100000)")
    parser.add_argument("--base", type=Path, default=None, help="the synthetic database, built when missing")
    parser.add_argument("--clients", type=int, default=8, help="concurrent client threads (default 8)")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of the phase without ingest")
    parser.add_argument("--ingest", nargs="+", default=[str(DEFAULT_INGEST)], help="what the ingest reads")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    base: Path = args.base or Path(tempfile.gettempdir()) / f"eventwire_bench_load_{args.events}.db"
    if not base.exists():
        print(f"building {base}: {args.events:,} events ...", flush=True)
        started = time.perf_counter()
        _bench_web().build(base, args.events, args.seed)
        print(f"built in {time.perf_counter() - started:.1f} s")
    work_dir = Path(tempfile.mkdtemp(prefix="eventwire_bench_load_"))
    db = work_dir / "events.db"
    with sqlite3.connect(base) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(base, db)
    with sqlite3.connect(db) as conn:
        name = db.stem
        ids = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY random() LIMIT 1000")]
        n_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    print(f"database copy {db}: {n_events:,} events, {n_articles:,} articles")
    types = ["ASSAULT", "PROTEST", "COERCE", "ACCUSE"]
    paths = {
        "events table": [f"/{name}/events"],
        "event page": [f"/-/eventwire/event/{i}" for i in ids],
        "JSON API": [f"/{name}/events.json?type={t}&_size=50&_shape=array" for t in types],
    }

    port = _free_port()
    serve_log = work_dir / "serve.log"
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_TOKEN"}
    with open(serve_log, "wb") as out:
        server = subprocess.Popen(
            [*EVENTWIRE, "serve", "--db", str(db), "--port", str(port)], stdout=out, stderr=subprocess.STDOUT, env=env
        )
    errors = 0
    try:
        started = time.perf_counter()
        _wait_for(f"http://127.0.0.1:{port}", server, serve_log)
        print(f"eventwire serve up in {time.perf_counter() - started:.1f} s; {args.clients} clients")

        stop = threading.Event()
        threading.Timer(args.seconds, stop.set).start()
        tally, seconds = _run_phase(port, paths, args.clients, stop)
        errors += _report("phase 1: readers only", tally, seconds)

        ingest_log = work_dir / "ingest.log"
        with open(ingest_log, "wb") as out:
            ingest = subprocess.Popen(
                [*EVENTWIRE, "ingest", "--db", str(db), "--no-progress", *args.ingest],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        stop = threading.Event()

        def end_with_ingest() -> None:
            ingest.wait()
            stop.set()

        threading.Thread(target=end_with_ingest, daemon=True).start()
        tally, seconds = _run_phase(port, paths, args.clients, stop)
        errors += _report("phase 2: readers while eventwire ingest writes", tally, seconds)
        print(f"\ningest (exit {ingest.returncode}): {ingest_log.read_text(errors='replace').strip().splitlines()[-1]}")
        with sqlite3.connect(db) as conn:
            added = conn.execute("SELECT count(*) FROM articles").fetchone()[0] - n_articles
        print(f"articles added while serving: {added}")
        errors += ingest.returncode != 0
    finally:
        _stop(server)
        shutil.rmtree(work_dir, ignore_errors=True)
    print(f"\n{errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
