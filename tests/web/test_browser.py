"""The web UI in headless Chromium: `eventwire serve` in a subprocess, driven with Playwright.

Skipped (with the reason) when /usr/bin/chromium or Playwright for Python is missing; install with
`apt-get install -y chromium`. The screenshots in docs/ are made by `tests/web/screenshots.py`, never
by a test run.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from serve_support import serving
from spacy.language import Language

CHROMIUM = Path("/usr/bin/chromium")
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
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not found (apt-get install -y chromium)"),
    pytest.mark.skipif(sync_playwright is None, reason="playwright for Python is not installed"),
]


@pytest.fixture(scope="module")
def server(served_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`eventwire serve` over the session database; its base URL."""
    with serving(served_db, tmp_path_factory.mktemp("serve") / "serve.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the module's tests (each test opens its own context)."""
    assert sync_playwright is not None
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


def _assault_with_conflict(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT e.id FROM events e JOIN estimates s ON s.event_id = e.id WHERE e.type = 'ASSAULT' AND s.conflict"
        ).fetchone()
    assert row, "the seed article should give an ASSAULT with conflicting figures"
    return str(row[0])


def _lone_placed_event(path: Path) -> tuple[str, float, float]:
    """An event with coordinates no other event shares: its marker stands alone once zoomed in."""
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT min(id), lat, lon FROM events WHERE lat IS NOT NULL GROUP BY lat, lon HAVING count(*) = 1"
        ).fetchone()
    assert row, "some event should have a place of its own"
    return str(row[0]), float(row[1]), float(row[2])


def _filters(url: str) -> list[tuple[str, str]]:
    """The non-empty query parameters of a URL, sorted."""
    return sorted((k, v) for k, v in parse_qsl(urlsplit(url).query) if v)


def _cli_rows(db: Path, fmt: str, *args: str) -> list[str]:
    from click.testing import CliRunner

    from eventwire.cli import main

    result = CliRunner().invoke(main, ["events", "--db", str(db), "--format", fmt, *args])
    assert result.exit_code == 0, result.output
    return result.stdout.replace("\r\n", "\n").splitlines()


def test_analyst_walk_stays_on_localhost(server: str, served_db: Path, browser: Browser) -> None:
    hosts: set[str] = set()
    context = browser.new_context(viewport={"width": 1200, "height": 900}, accept_downloads=True)
    with sqlite3.connect(served_db) as conn:
        everything = {r[0] for r in conn.execute("SELECT id FROM events")}
    try:
        page: Page = context.new_page()
        page.on("request", lambda request: hosts.add(urlsplit(request.url).hostname or request.url))

        # Page through the whole list: every event once.
        page.goto(f"{server}/-/eventwire/events?size=5")
        seen: list[str] = []
        while True:
            seen += page.locator("tr.ew-row").evaluate_all("rows => rows.map(r => r.dataset.id)")
            if page.locator("a.ew-next").count() == 0:
                break
            page.locator("a.ew-next").click()
            page.wait_for_load_state("load")
        assert len(seen) == len(set(seen)) and set(seen) == everything

        # Datasette's own table streamed as CSV: every event once.
        streamed = page.request.get(f"{server}/{served_db.stem}/events.csv?_stream=on&_size=4").text()
        ids = [line.split(",")[0] for line in streamed.splitlines()[1:] if line[:16].isalnum()]
        assert set(ids) == everything and len(ids) == len(everything)

        # Filter the table, go to the map and the timeline and back: the filters stay.
        page.goto(f"{server}/-/eventwire/events")
        page.fill("input[name=type]", "ASSAULT")
        page.fill("input[name=country]", "IRQ")
        page.locator(".ew-filters button").click()
        page.wait_for_url("**type=ASSAULT**country=IRQ**")
        filtered = _filters(page.url)
        assert filtered == [("country", "IRQ"), ("type", "ASSAULT")]
        assert {t.strip() for t in page.locator("tr.ew-row .ew-type").all_inner_texts()} == {"ASSAULT"}
        page.locator("a.ew-to-map").click()
        page.wait_for_selector("#ew-map[data-loaded]")
        assert "/-/eventwire/map?" in page.url and _filters(page.url) == filtered
        assert page.locator("path.ew-marker").count() > 0
        page.locator("#ew-map-table").click()
        page.wait_for_url("**/-/eventwire/events?**")
        assert _filters(page.url) == filtered
        page.locator("a.ew-to-timeline").click()
        page.wait_for_url("**/-/eventwire/timeline?**")
        assert _filters(page.url) == filtered and page.locator("svg.ew-timeline g.bar").count() > 0
        page.locator("a.ew-to-events").click()
        page.wait_for_url("**/-/eventwire/events?**")
        assert _filters(page.url) == filtered

        # Export the filtered view: the rows `eventwire events` gives for the same filters.
        with page.expect_download() as download:
            page.locator("a.ew-export", has_text="CSV").first.click()
        exported = Path(download.value.path()).read_text(encoding="utf-8").replace("\r\n", "\n").splitlines()
        assert exported == _cli_rows(served_db, "csv", "--type", "ASSAULT", "--country", "IRQ")
        assert len(exported) > 1

        # Search: the matching text of each hit, the words marked.
        page.goto(f"{server}/-/eventwire/events")
        page.fill("input[name=q]", "missiles")
        page.locator(".ew-search button").click()
        page.wait_for_url("**q=missiles**")
        assert page.locator(".ew-snippet mark").first.inner_text().lower() == "missiles"

        # A marker on the map opens its event.
        event_id, lat, lon = _lone_placed_event(served_db)
        box = f"{lon - 0.01:.3f},{lat - 0.01:.3f},{lon + 0.01:.3f},{lat + 0.01:.3f}"
        page.goto(f"{server}/-/eventwire/map?bbox={box}")
        page.wait_for_selector(f'#ew-map[data-loaded] path.ew-single[data-id="{event_id}"]')
        # The view becomes the box filter of every page.
        page.locator("#ew-map-filter-view").click()
        page.wait_for_url("**/-/eventwire/map?**bbox=**")
        west, south, east, north = (float(v) for v in dict(_filters(page.url))["bbox"].split(","))
        assert west <= lon <= east and south <= lat <= north
        # The count is written when the new view's data has arrived (until then it says "Loading…").
        page.wait_for_selector(f'#ew-map[data-loaded] path.ew-single[data-id="{event_id}"]')
        page.wait_for_function("!document.querySelector('#ew-map-count').textContent.startsWith('Loading')")
        status = page.locator("#ew-map-count").inner_text()
        counted = re.fullmatch(r"(\d+) (events?) in view at (\d+) (places?)\.", status)
        assert counted, status
        for number, noun in ((counted[1], counted[2]), (counted[3], counted[4])):
            assert noun.endswith("s") == (number != "1"), counted[0]  # "1 place", "2 places"
        page.wait_for_selector(f'#ew-map[data-loaded] path.ew-single[data-id="{event_id}"]')
        page.locator(f'path.ew-single[data-id="{event_id}"]').click()
        page.wait_for_url(f"**/-/eventwire/event/{event_id}")

        # The event page of the assault whose sources disagree on the figures.
        page.goto(f"{server}/-/eventwire/event/{_assault_with_conflict(served_db)}")
        assert page.locator(".ew-evidence mark").count() > 0
        assert page.locator("tr.conflict .ew-conflict").first.inner_text().lower() == "conflict"
        assert page.locator("svg.ew-event-map .marker").count() == 1
    finally:
        context.close()
    assert hosts == {"127.0.0.1"}, f"requests left localhost: {sorted(hosts)}"


# Each payload sets window.ewPwned and opens a dialog if it ever runs.
HOSTILE = {
    "id": "hostile-1",
    "url": "javascript:window.ewPwned='url';alert('url')",
    "title": (
        '<script>window.ewPwned="title";alert("title")</script><img src=x onerror="window.ewPwned=\'t\';alert(1)">'
    ),
    "outlet": "<b onmouseover=\"window.ewPwned='outlet'\">Wire</b>",
    "published": "2021-06-07",
    "text": (
        "Taliban fighters attacked an army post in Kandahar on Monday "
        '<script>window.ewPwned="text";alert("text")</script>, killing four soldiers, the Afghan defence '
        "ministry said. \"><svg onload=\"window.ewPwned='svg';alert('svg')\"> The ministry said the attackers "
        "<img src=x onerror=\"window.ewPwned='img';alert('img')\"> were repelled after a two-hour gunfight."
    ),
}


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory, gazetteer_path: Path, nlp: Language) -> Path:
    """A database holding one article whose title, outlet, URL and text carry script payloads."""
    from eventwire import geoparse
    from eventwire.extractor import Extractor
    from eventwire.ingest import iter_inputs
    from eventwire.records import Article
    from eventwire.store import Store
    from eventwire.store.ingest import ingest
    from eventwire.web.prepare import prepare_database

    root = tmp_path_factory.mktemp("hostile")
    source = root / "hostile.jsonl"
    source.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    articles = [a for a in iter_inputs([str(source)]) if isinstance(a, Article)]
    assert len(articles) == 1
    path = root / "hostile.db"
    with pytest.MonkeyPatch.context() as patch, Store.open(path) as store:
        patch.setattr(geoparse, "build_pipeline", lambda config=None, gazetteer=None: nlp)
        stored = list(ingest(store, articles, lambda: Extractor.open(None, gazetteer_path)))
    assert stored and stored[0].mentions >= 1, "the hostile article should still give an event"
    prepare_database(path)
    return path


def test_script_payloads_in_an_article_never_run(hostile_db: Path, browser: Browser, tmp_path: Path) -> None:
    with sqlite3.connect(hostile_db) as conn:
        (event_id,) = conn.execute("SELECT id FROM events").fetchone()
        article_id = conn.execute("SELECT id FROM articles").fetchone()[0]
    db = hostile_db.stem
    dialogs: list[str] = []
    asked: list[str] = []
    with serving(hostile_db, tmp_path / "serve.log") as base:
        context = browser.new_context()
        try:
            page: Page = context.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.on("request", lambda request: asked.append(urlsplit(request.url).path))
            visible: dict[str, str] = {}
            for path in (
                f"/{db}/events",
                f"/-/eventwire/event/{event_id}",
                f"/{db}/event_list?_search=Kandahar",
                f"/{db}/events?_search=ministry",
                f"/{db}/articles",
                f"/{db}/articles/{article_id}",
                f"/{db}/mentions",
                "/-/eventwire/map",
                "/-/eventwire/timeline",
                "/-/eventwire/events",
                "/-/eventwire/events?q=Kandahar",
                "/-/eventwire/summary",
                f"/-/eventwire/source/{article_id}",
            ):
                response = page.goto(base + path)
                assert response is not None and response.status == 200, path
                page.wait_for_load_state("load")
                if path == "/-/eventwire/map":
                    page.wait_for_selector("#ew-map[data-loaded]")
                    for marker in page.locator("path.ew-marker").all():
                        marker.hover()
                # Hovering and clicking what a reader would: the source link and the outlet.
                for link in page.locator(".ew-source h3, .ew-meta").all():
                    link.hover()
                assert page.evaluate("window.ewPwned") is None, path
                assert page.locator('[href^="javascript:" i], [src="x"], svg[onload], [onerror]').count() == 0, path
                visible[path] = page.inner_text("body")
        finally:
            context.close()
    assert dialogs == []
    assert not [p for p in asked if p.endswith("/x")]
    # The payloads are there, as text.
    event_page = visible[f"/-/eventwire/event/{event_id}"]
    assert '<script>window.ewPwned="text";alert("text")</script>' in event_page
    assert "<svg onload=\"window.ewPwned='svg';alert('svg')\">" in event_page
    assert '<script>window.ewPwned="title"' in event_page
    assert '<script>window.ewPwned="title"' in visible[f"/{db}/articles"]
    assert '<script>window.ewPwned="text";alert("text")</script>' in visible[f"/-/eventwire/source/{article_id}"]
    assert "onerror=" in visible[f"/{db}/mentions"]
