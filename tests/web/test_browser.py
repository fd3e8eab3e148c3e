"""The web UI in headless Chromium: `eventwire serve` in a subprocess, driven with Playwright.

Skipped (with the reason) when /usr/bin/chromium or Playwright for Python is missing; install with
`apt-get install -y chromium`. With EVENTWIRE_SCREENSHOTS=docs set, the event page and the map are
saved as docs/event-page.png and docs/map.png (a plain test run writes nothing into the repo).
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = os.environ.get("EVENTWIRE_SCREENSHOTS")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]

try:
    from playwright.sync_api import Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not found (apt-get install -y chromium)"),
    pytest.mark.skipif(sync_playwright is None, reason="playwright for Python is not installed"),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(served_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`eventwire serve` on a free localhost port; its base URL."""
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_TOKEN"}
    command = [sys.executable, "-c", "from eventwire.cli import main; main()", "serve", "--db", str(served_db)]
    with open(log, "wb") as out:
        process = subprocess.Popen([*command, "--port", str(port)], stdout=out, stderr=subprocess.STDOUT, env=env)
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
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _assault_with_conflict(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT e.id FROM events e JOIN estimates s ON s.event_id = e.id WHERE e.type = 'ASSAULT' AND s.conflict"
        ).fetchone()
    assert row, "the seed article should give an ASSAULT with conflicting figures"
    return str(row[0])


def test_browse_events_event_page_and_map_stay_on_localhost(server: str, served_db: Path, tmp_path: Path) -> None:
    assert sync_playwright is not None
    hosts: set[str] = set()
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1200, "height": 900},
        )
        try:
            page: Page = context.new_page()
            page.on("request", lambda request: hosts.add(urlsplit(request.url).hostname or request.url))

            page.goto(f"{server}/{served_db.stem}/events")
            page.locator("#facet-type a", has_text="ASSAULT").first.click()
            page.wait_for_url("**type=ASSAULT**")
            types = page.locator("td.col-type").all_inner_texts()
            assert types and {t.strip() for t in types} == {"ASSAULT"}

            # Open the assault whose sources disagree on the figures from the filtered table.
            page.locator(f'a.ew-event-link[href$="/{_assault_with_conflict(served_db)}"]').click()
            page.wait_for_url("**/-/eventwire/event/**")
            assert page.locator(".ew-evidence mark").count() > 0
            assert page.locator("tr.conflict .ew-conflict").first.inner_text().lower() == "conflict"
            assert page.locator("svg.ew-event-map .marker").count() == 1
            if SCREENSHOTS:
                Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(Path(SCREENSHOTS) / "event-page.png"), full_page=True)

            page.goto(f"{server}/-/eventwire/map")
            markers = page.locator("svg.ew-world-map g.marker")
            assert markers.count() > 0
            if SCREENSHOTS:
                page.screenshot(path=str(Path(SCREENSHOTS) / "map.png"), full_page=True)

            page.goto(f"{server}/-/eventwire/timeline?type=ASSAULT")
            assert page.locator("svg.ew-timeline g.bar").count() > 0
        finally:
            context.close()
    assert hosts == {"127.0.0.1"}, f"requests left localhost: {sorted(hosts)}"
