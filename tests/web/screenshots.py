#!/usr/bin/env python3
"""Regenerate the web UI screenshots in docs/ (never done by a test run).

    .venv/bin/python tests/web/screenshots.py                 # builds a database of real articles
    .venv/bin/python tests/web/screenshots.py --db events.db --out docs

Without --db, the seed article (published 2020-01-08) and 30 GeoWebNews dev articles from
../shared/corpus are ingested into a temporary database first. `eventwire serve` runs on a free
localhost port and headless Chromium (/usr/bin/chromium, via Playwright) saves: events.png (the
events list), event-page.png (an assault whose sources disagree on the figures), map.png,
timeline.png and summary.png.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from serve_support import EVENTWIRE, serving

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpus"
CHROMIUM = "/usr/bin/chromium"
N_DEV_ARTICLES = 30


def build_database(path: Path) -> None:
    """Ingest the seed and the first dev articles, as a user would."""
    seed = SHARED / "seed" / "000_773db53a13bc0aed.txt"
    dev = sorted((SHARED / "geowebnews-dev").glob("*.txt"))[:N_DEV_ARTICLES]
    ingest = [*EVENTWIRE, "ingest", "--db", str(path), "--no-progress"]
    subprocess.run([*ingest, "--published", "2020-01-08", str(seed)], check=True)
    subprocess.run([*ingest, *map(str, dev)], check=True)


def _conflicting_assault(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT e.id FROM events e JOIN estimates s ON s.event_id = e.id WHERE e.type = 'ASSAULT' "
            "ORDER BY s.conflict DESC, s.best DESC LIMIT 1"
        ).fetchone()
    if row is None:
        raise SystemExit("no ASSAULT with figures in the database")
    return str(row[0])


def shoot(db: Path, out: Path, log: Path) -> list[Path]:
    """Serve `db` and save the pages' screenshots into `out`."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    pages = [
        ("events.png", "/-/eventwire/events", None),
        ("event-page.png", f"/-/eventwire/event/{_conflicting_assault(db)}", None),
        ("map.png", "/-/eventwire/map", "#ew-map[data-loaded]"),
        ("timeline.png", "/-/eventwire/timeline", None),
        ("summary.png", "/-/eventwire/summary", None),
    ]
    saved = []
    with serving(db, log) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            for name, path, ready in pages:
                page.goto(base + path)
                if ready:
                    page.wait_for_selector(ready)
                    page.wait_for_timeout(500)  # the outline and markers finish drawing
                target = out / name
                page.screenshot(path=str(target), full_page=name != "events.png")
                saved.append(target)
        finally:
            browser.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=None, help="an event database (default: build one)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="where to save (default docs/)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "events.db"
            build_database(db)
        for path in shoot(db, args.out, Path(tmp) / "serve.log"):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
