#!/usr/bin/env python3
"""Write a larger benchmark corpus by recombining the paragraphs of real articles.

    .venv/bin/python scripts/make_big_corpus.py ../shared/corpus/geowebnews-dev /tmp/big --articles 2000

Each output article takes the paragraphs of 2-4 randomly chosen source articles, in a random
order (seeded, so the corpus is the same on every machine). The texts are real news prose, but
no output article repeats another, so caches and duplicate detection do not flatter the figures
the way `eventwire bench --repeat` can. Not a test: `eventwire bench /tmp/big` reads it.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path


def paragraphs(source: Path) -> list[list[str]]:
    """The non-empty paragraphs of each .txt article under `source`."""
    found = []
    for path in sorted(source.glob("*.txt")):
        paras = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        if paras:
            found.append(paras)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    sources = paragraphs(args.source)
    if len(sources) < 4:
        print(f"need at least 4 articles in {args.source}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    words = 0
    for n in range(args.articles):
        mix = [p for article in rng.sample(sources, rng.randint(2, 4)) for p in article]
        rng.shuffle(mix)
        text = "\n\n".join(mix) + "\n"
        words += len(text.split())
        (args.out / f"mix-{n:06d}.txt").write_text(text, encoding="utf-8")
    print(f"{args.articles} articles, {words} words in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
