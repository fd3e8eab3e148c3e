"""A long fuzz session over `extract` and `places`: the properties of tests/fuzz, for N minutes.

    python scripts/fuzz.py --minutes 10

Runs rounds of hypothesis over three input families (generated news-like text, mutated real
sentences from ../shared/corpus/geowebnews-dev, arbitrary Unicode) until the time is up, then prints
how many inputs it tried, how many broke a property or raised, and the slowest input. Failing
examples are printed by hypothesis as they are found (shrunk to a minimal one). Exit code 1 when any failed.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fuzz"))

from fuzz_support import (  # noqa: E402
    check_output,
    corpus_sentences,
    mutated_sentences,
    news_texts,
    publication_dates,
    run_article,
)
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from eventwire.extractor import Extractor  # noqa: E402

ROUND_EXAMPLES = 200


Check = Callable[[str, str, date], None]


def _round(family: str, strategy: st.SearchStrategy[str], check: Check) -> Callable[[], None]:
    """One hypothesis run of ROUND_EXAMPLES inputs of a family (a fresh random seed each time)."""

    @settings(max_examples=ROUND_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(text=strategy, published=publication_dates())
    def prop(text: str, published: date) -> None:
        check(family, text, published)

    return prop


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="How long to fuzz.")
    args = parser.parse_args()

    extractor = Extractor.open()
    sentences = corpus_sentences()
    families: list[tuple[str, st.SearchStrategy[str]]] = [("generated", news_texts())]
    families.append(("unicode", st.text(max_size=400)))
    if sentences:
        families.insert(1, ("mutated", mutated_sentences(sentences)))
    tried: Counter[str] = Counter()
    crashes: Counter[str] = Counter()
    failed_rounds: Counter[str] = Counter()
    slowest = (0.0, "")
    deadline = time.monotonic() + args.minutes * 60
    started = time.monotonic()

    def check(family: str, text: str, published: date) -> None:
        nonlocal slowest
        if time.monotonic() > deadline:
            return  # the rest of this round's examples are skipped, uncounted
        tried[family] += 1
        began = time.monotonic()
        try:
            events, places = run_article(extractor, text, published)
        except Exception:
            crashes[family] += 1
            raise
        took = time.monotonic() - began
        if took > slowest[0]:
            slowest = (took, f"{family} input of {len(text)} characters")
        check_output(text, events, places)

    rounds = 0
    while time.monotonic() < deadline:
        for family, strategy in families:
            if time.monotonic() >= deadline:
                break

            try:
                _round(family, strategy, check)()
            except Exception:
                failed_rounds[family] += 1
                traceback.print_exc()
        rounds += 1

    minutes = (time.monotonic() - started) / 60
    total = sum(tried.values())
    per_family = ", ".join(f"{name} {tried[name]}" for name, _ in families)
    print(
        f"fuzz: {total} inputs tried in {minutes:.1f} min ({per_family}); "
        f"{sum(failed_rounds.values())} failing rounds{f' {dict(failed_rounds)}' if failed_rounds else ''}, "
        f"{sum(crashes.values())} inputs raised; slowest {slowest[0]:.2f} s ({slowest[1]})"
    )
    extractor.close()
    return 1 if failed_rounds else 0


if __name__ == "__main__":
    sys.exit(main())
