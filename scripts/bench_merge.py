#!/usr/bin/env python3
"""Scaling of the cross-article merge (`eventwire.merge.cross.cluster`) on synthetic mentions.

    .venv/bin/python scripts/bench_merge.py                 # 10k, 100k and 1M mentions
    .venv/bin/python scripts/bench_merge.py 20000 --seed 7
    .venv/bin/python scripts/bench_merge.py --scale-days   # the same density of mentions at every size

Each size runs in a fresh child process, so the peak memory it reports is that size's alone.
The generator draws real events with the skew of real event data: about 200 countries with
Zipf-like frequencies, about 3,000 admin1 areas (10 towns each), a dozen PLOVER types with
ASSAULT the most common, a few Zipf-weighted dyads per country, dates over two years (or,
with --scale-days, over a span proportional to the size, so the density of the largest run
holds at every size: the work per mention depends on that density, not on the size). Each
event is reported by 1-5 articles (some articles report two events), each report with its
date jittered by a day, a location known to the town, the admin1 or only the country, an
actor or a target sometimes missing, and evidence text drawn from a small vocabulary (the
town's name and a few details of the event, words of its type, generic news words).

Prints, per size: generation time, clustering time and time per mention, the resident memory
after generating the inputs and the peak during clustering, the number of groups against the
number of true events, and pairwise precision and recall against the known truth. Not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys
import time
from array import array
from bisect import bisect
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from itertools import accumulate, product

from eventwire.merge.cross import MergeInput, cluster

DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
START = date(2022, 1, 1)
DAYS = 730
TYPES = {  # weight, words of the type
    "ASSAULT": (30, ("attack", "killed", "shelling", "airstrike", "gunmen", "wounded", "explosion")),
    "PROTEST": (14, ("protesters", "rally", "demonstration", "marched", "crowd")),
    "COERCE": (10, ("arrested", "detained", "raid", "curfew", "seized")),
    "ACCUSE": (8, ("accused", "condemned", "blamed", "criticised")),
    "CONSULT": (7, ("met", "talks", "visit", "discussed")),
    "THREATEN": (5, ("threatened", "warned", "ultimatum")),
    "REQUEST": (5, ("urged", "called", "demanded", "appeal")),
    "MOBILIZE": (5, ("deployed", "troops", "reinforcements", "convoy")),
    "SANCTION": (4, ("sanctions", "embargo", "expelled")),
    "AID": (4, ("aid", "supplies", "humanitarian", "delivered")),
    "COOPERATE": (4, ("cooperation", "agreement", "joint", "training")),
    "AGREE": (4, ("ceasefire", "signed", "deal", "agreed")),
}
_GENERIC_WORDS = """
officials police forces government local residents area region city village province military security
army group people sources witnesses capital district border spokesman minister ministry office morning
evening night overnight week early late last near outside centre north south east west several dozens
many least some two three four five six ten twenty hundred civilians soldiers members supporters
opposition party president leader commander unit officers town streets
"""
GENERIC = tuple(_GENERIC_WORDS.split())
SYLLABLES = [a + b for a, b in product("bdfghklmnprstvz", "aeiou")]


def _zipf_cumulative(n: int, s: float = 1.0) -> list[float]:
    return list(accumulate(1.0 / (r**s) for r in range(1, n + 1)))


def _pick(rng: random.Random, cumulative: Sequence[float]) -> int:
    return bisect(cumulative, rng.random() * cumulative[-1])


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


class World:
    """The fixed geography, dyads and vocabulary that events are drawn from."""

    def __init__(self, rng: random.Random, days: int) -> None:
        codes = ["".join(t) for t in product("ABCDEFGHIJKLMNOPQRSTUVWXYZ", repeat=3)]
        self.countries = rng.sample(codes, 200)
        self.country_cum = _zipf_cumulative(200, 1.05)
        self.admin1: list[list[str]] = []
        self.towns: list[list[list[tuple[str, float, float]]]] = []
        self.dyads: list[list[tuple[str, str]]] = []
        self.names: dict[str, list[str]] = {}
        for code in self.countries:
            clat, clon = rng.uniform(-35, 55), rng.uniform(-100, 140)
            areas = [f"{code}-{_word(rng, 3).title()}" for _ in range(rng.randint(5, 25))]
            self.admin1.append(areas)
            towns = []
            for _ in areas:
                alat, alon = clat + rng.uniform(-3, 3), clon + rng.uniform(-3, 3)
                spread = [(rng.uniform(-0.6, 0.6), rng.uniform(-0.6, 0.6)) for _ in range(10)]
                towns.append([(_word(rng, 3), alat + dlat, alon + dlon) for dlat, dlon in spread])
            self.towns.append(towns)
            partners = [self.countries[_pick(rng, self.country_cum)] for _ in range(4)]
            dyads = [(code, code), (code, code)] + [(p, code) for p in partners] + [(code, p) for p in partners]
            self.dyads.append(dyads)
            self.names[code] = [f"{code} {unit}" for unit in ("army", "police", "rebels", "government")]
        self.dyad_cum = _zipf_cumulative(10, 1.2)
        self.admin1_cum = {n: _zipf_cumulative(n, 1.0) for n in range(1, 26)}
        self.town_cum = _zipf_cumulative(10, 1.0)
        self.types = list(TYPES)
        self.type_cum = list(accumulate(TYPES[t][0] for t in self.types))
        self.details = [_word(rng, rng.randint(2, 4)) for _ in range(3000)]
        self.dates = [(START + timedelta(days=d)).isoformat() for d in range(-3, days + 3)]


def synthetic_mentions(n: int, seed: int, days: int = DAYS) -> Iterator[tuple[MergeInput, int]]:
    """(mention, true event number) pairs, n of them, dated over `days` days."""
    rng = random.Random(seed)
    world = World(rng, days)
    reports_cum = list(accumulate((35, 25, 20, 12, 8)))
    made = event = 0
    shared_article: str | None = None
    while made < n:
        event += 1
        c = _pick(rng, world.country_cum)
        country = world.countries[c]
        areas = world.admin1[c]
        a = _pick(rng, world.admin1_cum[len(areas)])
        town, tlat, tlon = world.towns[c][a][_pick(rng, world.town_cum)]
        actor, target = world.dyads[c][_pick(rng, world.dyad_cum)]
        event_type = world.types[_pick(rng, world.type_cum)]
        type_words = TYPES[event_type][1]
        details = rng.sample(world.details, 3)
        actor_name, target_name = rng.choice(world.names[actor]), rng.choice(world.names[target])
        day = rng.randrange(days)
        for k in range(min(_pick(rng, reports_cum) + 1, n - made)):
            # One event in ten has its first report in the article that reported the previous event.
            if k == 0 and shared_article is not None and rng.random() < 0.1:
                article = shared_article
            else:
                article = f"art-{seed}-{event}-{k}"
            jitter = rng.choices((-1, 0, 1), (15, 70, 15))[0]
            when: str | None = world.dates[day + 3 + jitter]
            r = rng.random()
            if r < 0.02:
                when = when[:7] if when else None
            elif r < 0.03:
                when = None
            located = rng.random()
            admin1 = areas[a] if located < 0.83 else None
            has_point = admin1 is not None and rng.random() < 0.6
            words = [w for w in details if rng.random() < 0.6]
            if rng.random() < 0.7:
                words.append(town)
            words += rng.sample(type_words, 2) + rng.sample(GENERIC, 5)
            rng.shuffle(words)
            mention = MergeInput(
                id=hashlib.blake2b(f"{seed}:{event}:{k}".encode(), digest_size=8).hexdigest(),
                article_id=article,
                type=event_type if rng.random() < 0.95 else ("COERCE" if event_type == "ASSAULT" else event_type),
                actor_country=actor if rng.random() < 0.85 else None,
                actor_name=(actor_name if rng.random() < 0.8 else rng.choice(world.names[actor]))
                if rng.random() < 0.6
                else None,
                target_country=target if rng.random() < 0.8 else None,
                target_name=target_name if rng.random() < 0.5 else None,
                country=country if located < 0.98 else None,
                admin1=admin1,
                lat=tlat + rng.gauss(0, 0.01) if has_point else None,
                lon=tlon + rng.gauss(0, 0.01) if has_point else None,
                date=when,
                text=" ".join(words) + ".",
            )
            made += 1
            yield mention, event
        shared_article = article


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pairs(sizes: Sequence[int]) -> int:
    return sum(k * (k - 1) // 2 for k in sizes)


def run_one(n: int, seed: int, days: int = DAYS) -> dict[str, float]:
    """Generate n mentions, cluster them, and measure."""
    t0 = time.perf_counter()
    mentions: list[MergeInput] = []
    truth_of: dict[str, int] = {}
    truth = array("q")
    for mention, event in synthetic_mentions(n, seed, days):
        mentions.append(mention)
        truth.append(event)
    for i, mention in enumerate(mentions):
        truth_of[mention.id] = i
    generated = time.perf_counter() - t0
    rss_inputs = _rss_mb()
    t1 = time.perf_counter()
    groups = cluster(mentions)
    elapsed = time.perf_counter() - t1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    true_sizes = Counter(truth).values()
    together = 0
    for group in groups:
        together += _pairs(list(Counter(truth[truth_of[g]] for g in group).values()))
    predicted, actual = _pairs([len(g) for g in groups]), _pairs(list(true_sizes))
    return {
        "n": n,
        "days": days,
        "generate_s": generated,
        "cluster_s": elapsed,
        "us_per_mention": elapsed / n * 1e6,
        "rss_inputs_mb": rss_inputs,
        "peak_rss_mb": peak,
        "groups": len(groups),
        "events": len(true_sizes),
        "precision": together / predicted if predicted else 1.0,
        "recall": together / actual if actual else 1.0,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=list(DEFAULT_SIZES), help="numbers of mentions")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--days", type=int, default=DAYS, help="span of the event dates (default: two years)")
    parser.add_argument(
        "--scale-days", action="store_true", help="date span proportional to the size, --days for the largest"
    )
    parser.add_argument("--one", action="store_true", help="measure one size in this process (internal)")
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.sizes[0], args.seed, args.days)))
        return 0
    header = (
        f"{'mentions':>9} {'days':>5} {'generate':>9} {'cluster':>9} {'us/mention':>10} {'RSS inputs':>10} "
        f"{'peak RSS':>9} {'groups':>8} {'events':>8} {'precision':>9} {'recall':>6}"
    )
    print(header)
    for n in args.sizes:
        days = max(1, round(args.days * n / max(args.sizes))) if args.scale_days else args.days
        child = subprocess.run(
            [sys.executable, __file__, str(n), "--seed", str(args.seed), "--days", str(days), "--one"],
            check=True,
            capture_output=True,
            text=True,
        )
        r = json.loads(child.stdout)
        print(
            f"{r['n']:>9,} {r['days']:>5} {r['generate_s']:>8.1f}s {r['cluster_s']:>8.1f}s "
            f"{r['us_per_mention']:>10.1f} {r['rss_inputs_mb']:>8.0f}MB {r['peak_rss_mb']:>7.0f}MB "
            f"{r['groups']:>8,} {r['events']:>8,} {r['precision']:>9.3f} {r['recall']:>6.3f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
