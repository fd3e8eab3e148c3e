"""`eventwire serve` and `eventwire ingest` as subprocesses, for the browser and concurrency tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

EVENTWIRE = [sys.executable, "-c", "from eventwire.cli import main; main()"]


def free_port() -> int:
    """A TCP port nothing listens on at the moment."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate a process we started, killing it if it does not stop."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def serving(db: Path, log: Path, extra: Sequence[str] = ()) -> Iterator[str]:
    """`eventwire serve --db DB` on a free localhost port, without a token; its base URL."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_TOKEN"}
    command = [*EVENTWIRE, "serve", "--db", str(db), "--port", str(port), *extra]
    with open(log, "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"eventwire serve did not start: {log.read_text(errors='replace')}")
                time.sleep(0.3)
        yield base
    finally:
        stop(process)


def start_ingest(db: Path, inputs: Sequence[Path | str], log: Path, gazetteer: Path) -> subprocess.Popen[bytes]:
    """`eventwire ingest INPUTS --db DB` in the background, its output in `log`."""
    command = [*EVENTWIRE, "ingest", "--db", str(db), "--gazetteer", str(gazetteer), "--no-progress"]
    with open(log, "wb") as out:
        return subprocess.Popen([*command, *map(str, inputs)], stdout=out, stderr=subprocess.STDOUT)
