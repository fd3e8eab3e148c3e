#!/usr/bin/env python3
"""Ingest throughput on a feed of near-duplicates: merge cost must not grow with the event's size.

    PYTHONPATH=src .venv/bin/python scripts/bench_dupes.py               # 3,000 items
    PYTHONPATH=src .venv/bin/python scripts/bench_dupes.py --items 1000 --window 100

Writes an RSS feed of N items "Police arrested <n> protesters in Lagos on Monday." (each its own
link, guid and publication day, the numbers differing), ingests it into a fresh database in this
process (one worker, as `eventwire ingest` does), and prints the ingest rate in articles/s over
the `--window` articles ending at article 500 and at the last article (by the wall clock, and
per CPU second of this process, which the machine's load does not move), their ratio, and how the
mentions ended up (events, size of the largest). Before the fix the rate fell from ~10 to 0.55
articles/s after 450 articles, all piled into one event whose every new mention re-merged the
whole group. Not a test: the machine's load moves the figures.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from eventwire.ingest.sources import iter_sources
from eventwire.nlp.pipeline import PipelineConfig
from eventwire.parallel import ExtractorSpec
from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.ingest import ingest

MONDAY = date(2024, 3, 4)


def write_feed(path: Path, items: int) -> None:
    """The near-duplicate feed: one story told `items` times with small differences."""
    entries = []
    for n in range(items):
        count = 10 + n % 90
        when = datetime.combine(MONDAY + timedelta(days=1), datetime.min.time(), UTC) + timedelta(minutes=n)
        text = f"Police arrested {count} protesters in Lagos on Monday."
        entries.append(
            "<item>"
            f"<title>{escape(text)}</title>"
            f"<link>https://news.example.org/lagos/{n}</link>"
            f"<guid>https://news.example.org/lagos/{n}</guid>"
            f"<pubDate>{format_datetime(when)}</pubDate>"
            f"<description>{escape(text)}</description>"
            "</item>"
        )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Wire</title>'
        "<link>https://news.example.org/</link><description>dupes</description>"
        + "".join(entries)
        + "</channel></rss>\n",
        encoding="utf-8",
    )


def articles_of(feed: Path) -> list[Article]:
    return [a for a in iter_sources([str(feed)]) if isinstance(a, Article)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--window", type=int, default=100, help="articles per rate window")
    parser.add_argument("--at", type=int, default=500, help="the early point whose rate is compared")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "dupes.xml"
        write_feed(feed, args.items)
        articles = articles_of(feed)
        stamps: list[float] = []
        cpu: list[float] = []
        with Store.open(Path(tmp) / "dupes.db") as store:
            for outcome in ingest(store, articles, ExtractorSpec(PipelineConfig())):
                if outcome.skipped is None and not outcome.duplicate:
                    stamps.append(time.perf_counter())
                    cpu.append(time.process_time())
                    if len(stamps) % args.window == 0:
                        done = len(stamps)
                        recent = args.window / (stamps[-1] - stamps[-args.window]) if done > args.window else 0.0
                        print(f"  {done} articles, {recent:.1f}/s", file=sys.stderr)
            events = store.count("events")
            largest = store.db.execute("SELECT max(n_mentions) FROM events").fetchone()[0]
            mentions = store.count("mentions")
    window = args.window

    def rate(clock: list[float], end: int) -> float:
        end = min(end, len(clock))
        start = max(end - window, 1)
        return (end - start) / (clock[end - 1] - clock[start - 1])

    print(f"{len(stamps)} articles stored, {mentions} mentions, {events} events, largest {largest} mentions")
    # Wall-clock rates move with the machine's load; rates per CPU second of this process do not.
    for name, clock in (("wall clock", stamps), ("CPU time", cpu)):
        early, late = rate(clock, args.at), rate(clock, len(clock))
        print(
            f"{name}: articles/s at {min(args.at, len(clock))}: {early:.1f}, at {len(clock)}: {late:.1f}, "
            f"late / early {late / early:.2f} (flat within 20 %: {abs(late / early - 1) <= 0.20})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
