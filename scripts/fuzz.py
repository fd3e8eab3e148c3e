"""A long fuzz session over `extract` and `places`: the properties of tests/fuzz, for N minutes.

    python scripts/fuzz.py --minutes 10
    python scripts/fuzz.py --minutes 10 --target inputs   # no model: what eventwire takes from outside

`--target inputs` fuzzes the surfaces of issue 14 instead (tests/fuzz/hardening_props.py): terminal
lines, CSV cells and streams, the API's JSON, any bytes as text/HTML/feed/JSONL, feed state files and
file names of any bytes.

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
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fuzz"))

import hardening_props as hp  # noqa: E402
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


def _input_rounds() -> list[tuple[str, Callable[[Any], None], st.SearchStrategy[Any]]]:
    """(family, check of one example, strategy) for the model-free surfaces."""
    cell = st.one_of(st.text(alphabet=st.sampled_from(list("=+-@\t\r\n\",ab 1.'")), max_size=8), st.text(max_size=6))
    rows = st.lists(st.lists(cell, min_size=1, max_size=5), min_size=1, max_size=6)
    kinds = st.sampled_from([None, "text", "html", "feed", "jsonl"])
    return [
        ("printable", lambda v: hp.check_printable(v), st.text()),
        ("csv", lambda v: hp.check_csv_stream(*v), st.tuples(rows, st.lists(st.integers(0, 200)))),
        ("api-json", lambda v: hp.check_api_json(v), hp.hostile_bytes()),
        ("bytes", lambda v: hp.check_read_bytes(*v), st.tuples(hp.hostile_bytes(), kinds)),
        ("feed-state", lambda v: hp.check_feed_state(v), hp.hostile_bytes()),
        ("file-names", lambda v: hp.check_file_name(*v), st.tuples(hp.file_names(), st.binary(max_size=200))),
    ]


def _input_round(
    family: str, check: Callable[[Any], None], strategy: st.SearchStrategy[Any], tried: Counter[str], deadline: float
) -> Callable[[], None]:
    @settings(max_examples=ROUND_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(value=strategy)
    def prop(value: Any) -> None:
        if time.monotonic() > deadline:
            return
        tried[family] += 1
        check(value)

    return prop


def fuzz_inputs(minutes: float) -> int:
    """Fuzz the model-free surfaces for `minutes`; print the figures; 1 when a property broke or an input raised."""
    tried: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    deadline = time.monotonic() + minutes * 60
    rounds = _input_rounds()
    while time.monotonic() < deadline:
        for family, check, strategy in rounds:
            prop = _input_round(family, check, strategy, tried, deadline)
            try:
                prop()
            except Exception:
                failed[family] += 1
                traceback.print_exc()
    total = sum(tried.values())
    print(f"fuzz inputs: {total} inputs tried in {minutes:.1f} min ({dict(tried)}); failing rounds {dict(failed)}")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="How long to fuzz.")
    parser.add_argument("--target", choices=("extract", "inputs"), default="extract", help="What to fuzz.")
    args = parser.parse_args()
    if args.target == "inputs":
        return fuzz_inputs(args.minutes)

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
