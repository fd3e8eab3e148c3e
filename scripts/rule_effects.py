#!/usr/bin/env python3
"""What each role and status rule is worth on the project's dev and holdout gold.

    PYTHONPATH=src .venv/bin/python scripts/rule_effects.py [--gold dev holdout] [--rule NAME ...]

Run from the repository root with ../shared beside it. The gold articles (tests/gold/) are parsed
once; extraction then runs with no rule disabled and with each rule of
`extract/rule_registry.py` disabled in turn (`ArticleContext.disabled_rules`), and the events
are scored as `eventwire evaluate events` scores them. Printed per rule: how many sentence-level
mentions it shaped or dropped in the full run, and the dyad F1 change when it is disabled (negative: the
rule helps; 0: it changes nothing the gold sees).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventwire import extractor as extractor_module
from eventwire.evaluate import score_events
from eventwire.extract.events import ArticleContext, MentionExtractor
from eventwire.extract.rule_registry import RULES
from eventwire.extractor import Extractor
from eventwire.ingest.readers import iter_inputs
from eventwire.records import Article, EventMention, PlaceMention
from eventwire.resolve.gazetteer import default_path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "geowebnews-dev"


class CachedParse:
    """The extractor's geoparser, parsing each list of articles once (the rules run after it)."""

    def __init__(self, geo: Any) -> None:
        self._geo = geo
        self._cache: dict[tuple[str, ...], list[tuple[Article, Any, list[PlaceMention]]]] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._geo, name)

    def parsed(self, articles: Iterable[Article], parse: Any = None, watch: Any = None) -> Iterator[Any]:
        articles = list(articles)
        key = tuple(a.doc for a in articles)
        if key not in self._cache:
            self._cache[key] = list(self._geo.parsed(articles, parse, watch))
        return iter(self._cache[key])


def _articles(gold: list[dict[str, Any]]) -> list[Article]:
    paths = [str(CORPUS / d["doc"]) for d in gold]
    return [a for a in iter_inputs(paths) if isinstance(a, Article)]


def _run(
    extractor: Extractor, articles: list[Article], disabled: frozenset[str]
) -> tuple[list[dict[str, Any]], Counter[str]]:
    """Event rows of the articles with some rules disabled, and how many mentions each rule shaped
    or dropped."""
    fired: Counter[str] = Counter()
    original = extractor_module.extract_mentions

    def with_disabled(doc: Any, ctx: ArticleContext) -> list[EventMention]:
        coder = MentionExtractor(doc, dataclasses.replace(ctx, disabled_rules=disabled))
        found = coder.run()
        fired.update(rule for m in found for rule in set(m.rules))
        fired.update(coder.dropped)
        return found

    extractor_module.extract_mentions = with_disabled  # type: ignore[assignment]
    try:
        rows = [e.to_dict() for _, events in extractor.extract(articles) for e in events]
    finally:
        extractor_module.extract_mentions = original
    return rows, fired


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", nargs="+", default=["dev", "holdout"], help="gold sets of tests/gold/")
    parser.add_argument("--rule", nargs="*", default=None, help="only these rules (default: all)")
    args = parser.parse_args(argv)
    names = [r.name for r in RULES if args.rule is None or r.name in args.rule]
    table: dict[str, dict[str, tuple[int, float]]] = {name: {} for name in names}
    baselines: dict[str, dict[str, Any]] = {}
    with Extractor.open(gazetteer_path=default_path()) as extractor:
        extractor.geo = CachedParse(extractor.geo)  # type: ignore[assignment]
        for gold_name in args.gold:
            gold = json.loads((ROOT / "tests" / "gold" / f"{gold_name}_gold.json").read_text(encoding="utf-8"))
            articles = _articles(gold)
            rows, fired = _run(extractor, articles, frozenset())
            base = score_events(gold, rows)
            baselines[gold_name] = base
            dyad = base["dyad"]
            print(f"{gold_name}: {len(articles)} articles, {len(rows)} events, "
                  f"dyad F1 {dyad['f1']} (P {dyad['p']} R {dyad['r']})", file=sys.stderr)  # fmt: skip
            for name in names:
                report = score_events(gold, _run(extractor, articles, frozenset({name}))[0])
                table[name][gold_name] = (fired[name], round(report["dyad"]["f1"] - base["dyad"]["f1"], 3))
    header = "| rule | " + " | ".join(f"{g} fired | {g} dyad F1 change" for g in args.gold) + " |"
    print(header)
    print("|---|" + "---:|---:|" * len(args.gold))
    for name in names:
        cells = " | ".join(f"{table[name][g][0]} | {table[name][g][1]:+.3f}" for g in args.gold)
        print(f"| {name} | {cells} |")
    print("baseline dyad F1: " + ", ".join(f"{g} {baselines[g]['dyad']['f1']}" for g in args.gold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
