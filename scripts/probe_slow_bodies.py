"""Memory of `eventwire serve` under many slow uploads: the figure of issue 14 item 2.

    python scripts/probe_slow_bodies.py --db events.db [--connections 300] [--seconds 20] [--auth none|wrong|valid]

Starts `eventwire serve` on 127.0.0.1 (a free port; never another host), opens CONNECTIONS
connections that each announce a 999,000-byte POST to the ingest API and then send it 1,000 bytes
every 0.1 s, for at most SECONDS. It samples the server's resident memory (/proc) the whole time
and prints: baseline, peak and the difference, and how the server answered. `--auth valid`
sends the right token (the server then reads at most 4 bodies at once); `wrong` a wrong one; `none`
starts the server without --token. Everything is bounded: the count, the time, the host.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path

HOST = "127.0.0.1"
TOKEN = "probe-token-0123456789"
DECLARED = 999_000
PIECE = 1_000
MAX_CONNECTIONS = 1000


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def rss_mib(pid: int) -> float:
    """Resident memory of a process and its children (the API worker), in MiB."""
    total = 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            total += int(line.split()[1]) / 1024
    return total


def _start(db: Path, port: int, auth: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_TOKEN"}
    if auth != "none":
        env["EVENTWIRE_TOKEN"] = TOKEN
    command = [sys.executable, "-c", "from eventwire.cli import main; main()", "serve", "--db", str(db)]
    server = subprocess.Popen([*command, "--host", HOST, "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/-/versions.json", timeout=2):
                return server
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit("eventwire serve did not start")


async def _upload(port: int, auth: str, stop_at: float, answers: Counter[str]) -> None:
    try:
        reader, writer = await asyncio.open_connection(HOST, port)
    except OSError as error:
        answers[f"connect failed ({type(error).__name__})"] += 1
        return
    header = f"Bearer {TOKEN if auth == 'valid' else 'wrong-token'}"
    writer.write(
        (
            f"POST /-/eventwire/ingest HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\n"
            f"Authorization: {header}\r\nContent-Length: {DECLARED}\r\n\r\n"
        ).encode()
    )
    status = "no answer"
    try:
        sent = 0
        while sent < DECLARED and time.monotonic() < stop_at:
            writer.write(b"x" * PIECE)
            await writer.drain()
            sent += PIECE
            try:
                line = await asyncio.wait_for(reader.readline(), 0.1)
            except TimeoutError:
                continue
            if line:
                status = line.decode("latin-1").split(" ", 2)[1]
            break
    except OSError:
        status = "closed by server"
    answers[status] += 1
    writer.close()


async def _run(port: int, pid: int, connections: int, seconds: float, auth: str) -> tuple[list[float], Counter[str]]:
    answers: Counter[str] = Counter()
    stop_at = time.monotonic() + seconds
    tasks = [asyncio.create_task(_upload(port, auth, stop_at, answers)) for _ in range(connections)]
    samples: list[float] = []
    while not all(t.done() for t in tasks):
        samples.append(rss_mib(pid))
        await asyncio.sleep(0.2)
    await asyncio.gather(*tasks)
    samples.append(rss_mib(pid))
    return samples, answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="An event database (eventwire ingest made it).")
    parser.add_argument("--connections", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--auth", choices=("none", "wrong", "valid"), default="wrong")
    args = parser.parse_args()
    connections = min(args.connections, MAX_CONNECTIONS)
    port = _free_port()
    server = _start(args.db, port, args.auth)
    try:
        time.sleep(1.0)
        baseline = rss_mib(server.pid)
        samples, answers = asyncio.run(_run(port, server.pid, connections, min(args.seconds, 120.0), args.auth))
    finally:
        server.terminate()
        server.wait(timeout=10)
    peak = max(samples)
    print(
        f"{connections} slow uploads ({args.auth} token): server RSS {baseline:.0f} MiB before, "
        f"peak {peak:.0f} MiB (+{peak - baseline:.0f} MiB); answers {dict(answers)}"
    )


if __name__ == "__main__":
    main()
