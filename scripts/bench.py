#!/usr/bin/env python3
"""Throughput of `eventwire places` and `eventwire extract` next to a bare `nlp.pipe`.

    .venv/bin/python scripts/bench.py ../shared/corpus/geowebnews-dev [--model NAME] [--repeat N]

All three run in this one process on the same texts, each after a short warm-up: the bare
model (every component it ships, `nlp.pipe`, default batch size), then eventwire's places path
(the same model plus its rulers, candidates, gazetteer resolution), then the extract path
(places plus event extraction and in-document merge). Prints articles/s, words/s, the ratio
to the bare parse, and the process's peak RSS after each stage. Not a test: its figures go in
the README.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from eventwire.extractor import Extractor
from eventwire.ingest import iter_inputs
from eventwire.nlp.pipeline import DEFAULT_MODEL, PipelineConfig, load_model
from eventwire.records import Article

WARMUP = 5


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, run: Callable[[list[Article]], int], articles: list[Article], words: int) -> float:
    """Warm up, then time one pass over all articles; print the figures; return seconds."""
    run(articles[:WARMUP])
    start = time.perf_counter()
    produced = run(articles)
    seconds = time.perf_counter() - start
    print(
        f"{label:14s}: {len(articles) / seconds:7.1f} articles/s {words / seconds:9.0f} words/s  "
        f"peak RSS {peak_rss_mib():5.0f} MiB  ({produced} records)"
    )
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--repeat", type=int, default=1, help="Duplicate the corpus N times.")
    args = parser.parse_args()

    articles = [a for a in iter_inputs([str(args.corpus)]) if isinstance(a, Article)] * args.repeat
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words, model {args.model}, peak RSS at start {peak_rss_mib():.0f} MiB")

    bare = load_model(args.model)
    bare_s = timed("bare nlp.pipe", lambda arts: sum(1 for _ in bare.pipe(a.text for a in arts)), articles, words)

    start = time.perf_counter()
    extractor = Extractor.open(PipelineConfig(model=args.model))
    print(f"pipeline + gazetteer load: {time.perf_counter() - start:.1f}s")
    geo = extractor.geo
    places_s = timed("places", lambda arts: sum(len(p) for _, p in geo.places(arts)), articles, words)
    extract_s = timed("extract", lambda arts: sum(len(e) for _, e in extractor.extract(arts)), articles, words)
    print(f"ratio to bare parse (articles/s): places {bare_s / places_s:.2f}, extract {bare_s / extract_s:.2f}")
    extractor.close()


if __name__ == "__main__":
    sys.exit(main())
