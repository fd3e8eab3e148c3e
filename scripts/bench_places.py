#!/usr/bin/env python3
"""Throughput of `eventwire places` next to a bare `nlp.pipe` of the same texts and model.

    .venv/bin/python scripts/bench_places.py ../shared/corpus/geowebnews-dev [--model NAME]

Both run in this one process on the same texts: first the bare model (every component the
model ships, default batch size), then eventwire's whole places path (cleaning, the same
model plus its rulers, candidate extraction, gazetteer resolution). Prints articles/s, words/s,
the ratio, and peak RSS after each stage. Not a test: figures go in the README.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from eventwire.geoparse import Geoparser
from eventwire.ingest import iter_inputs
from eventwire.nlp.pipeline import DEFAULT_MODEL, PipelineConfig, load_model
from eventwire.records import Article


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--repeat", type=int, default=1, help="Duplicate the corpus N times.")
    args = parser.parse_args()

    articles = [a for a in iter_inputs([str(args.corpus)]) if isinstance(a, Article)] * args.repeat
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(articles)} articles, {words} words, model {args.model}")

    bare = load_model(args.model)
    start = time.perf_counter()
    for _ in bare.pipe(texts):
        pass
    bare_s = time.perf_counter() - start
    print(
        f"bare nlp.pipe : {len(texts) / bare_s:7.1f} articles/s {words / bare_s:9.0f} words/s  "
        f"peak RSS {peak_rss_mib():.0f} MiB"
    )

    load_start = time.perf_counter()
    geo = Geoparser.open(PipelineConfig(model=args.model))
    load_s = time.perf_counter() - load_start
    start = time.perf_counter()
    n_places = sum(len(places) for _, places in geo.places(articles))
    places_s = time.perf_counter() - start
    print(
        f"places        : {len(texts) / places_s:7.1f} articles/s {words / places_s:9.0f} words/s  "
        f"peak RSS {peak_rss_mib():.0f} MiB  ({n_places} places; pipeline+gazetteer load {load_s:.1f}s)"
    )
    print(f"ratio places/bare: {bare_s / places_s:.2f}")
    geo.close()


if __name__ == "__main__":
    sys.exit(main())
