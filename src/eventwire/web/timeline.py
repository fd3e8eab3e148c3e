"""The timeline: filtered events and their fatalities per day, month or year, stacked by type.

An event counts at every scale its date is known to: one dated to a day counts per day, per month
and per year; one dated only to a month counts per month and per year; one dated only to a year,
per year. Those a scale cannot place are counted apart and said so.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from ..store.queries import BadFilter, EventFilter
from .queries import type_colour
from .tallies import DATED, DAYS, tally_for

Scale = Literal["day", "month", "year"]
SCALES: tuple[Scale, ...] = ("day", "month", "year")
AUTO_DAY_SPAN = 120  # days: a longer span of day-dated events is drawn per month
AUTO_MONTH_SPAN = 12 * 12  # months: longer, per year
_LENGTH = {"day": 10, "month": 7, "year": 4}  # ISO date prefix length of each scale


@dataclass(slots=True)
class Bar:
    """The events of one day, month or year, stacked by type, and their fatalities (best estimates)."""

    label: str
    stack: list[tuple[str, int, str]]  # type, count, colour
    total: int
    killed: float


@dataclass(slots=True)
class Timeline:
    """Bars at one scale, how many events it cannot place (undated, or dated too coarsely), the scale."""

    bars: list[Bar]
    unplaced: int
    scale: Scale


def parse_scale(value: str | None) -> Scale | None:
    """`per=day|month|year`, or None for the automatic choice; BadFilter otherwise."""
    if not value:
        return None
    for scale in SCALES:
        if value == scale:
            return scale
    raise BadFilter(f"per {value!r}: use day, month or year")


def _labels(first: str, last: str, scale: Scale) -> list[str]:
    if scale == "year":
        return [f"{y:04d}" for y in range(int(first), int(last) + 1)]
    if scale == "month":
        labels, year, month = [], int(first[:4]), int(first[5:7])
        while (year, month) <= (int(last[:4]), int(last[5:7])):
            labels.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return labels
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [(start + timedelta(days=n)).isoformat() for n in range((end - start).days + 1)]


def _valid(text: str) -> bool:
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _auto(days: list[str], months: list[str]) -> Scale:
    if days:
        span = (date.fromisoformat(max(days)) - date.fromisoformat(min(days))).days
        if span <= AUTO_DAY_SPAN:
            return "day"
    if months:
        first, last = min(months), max(months)
        if (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) <= AUTO_MONTH_SPAN:
            return "month"
    return "year" if days or months else "day"


def _counts(conn: sqlite3.Connection, where: EventFilter) -> list[tuple[str | None, str, int, float]]:
    """(date, type, events, killed) of the filtered events: from the days tally when it answers the filter."""
    clause, params = where.where()
    tally = tally_for(conn, where, DAYS, DATED)
    if tally is not None:
        found = conn.execute(
            f"SELECT e.date, e.type, sum(e.events), total(e.killed) FROM {tally} e WHERE {clause} GROUP BY 1, 2", params
        )
        return [(d, t, int(n), float(k)) for d, t, n, k in found]
    counts = conn.execute(
        f"SELECT e.date, e.type, count(*) FROM events e WHERE {clause} GROUP BY e.date, e.type", params
    ).fetchall()
    # Fatalities from the killed estimates' side: a few rows per event that has one, not a join per event.
    killed = {
        (d, t): k
        for d, t, k in conn.execute(
            f"SELECT e.date, e.type, total(k.best) FROM estimates k JOIN events e ON e.id = k.event_id "
            f"WHERE k.kind = 'killed' AND {clause} GROUP BY e.date, e.type",
            params,
        )
    }
    return [(d, t, n, killed.get((d, t), 0.0)) for d, t, n in counts]


def timeline(conn: sqlite3.Connection, where: EventFilter, scale: Scale | None = None) -> Timeline:
    """The filtered events per bucket by type, with summed fatalities; `scale` None picks one by span."""
    rows = _counts(conn, where)
    dated = [(d, t, n, k) for d, t, n, k in rows if isinstance(d, str) and len(d) in (4, 7, 10) and _valid(d)]
    undated = sum(n for d, _, n, _ in rows) - sum(n for _, _, n, _ in dated)
    if scale is None:
        scale = _auto([d for d, *_ in dated if len(d) == 10], [d[:7] for d, *_ in dated if len(d) >= 7])
    size = _LENGTH[scale]
    placeable = [(d[:size], t, n, k) for d, t, n, k in dated if len(d) >= size]
    unplaced = undated + sum(n for d, _, n, _ in dated if len(d) < size)
    if not placeable:
        return Timeline([], unplaced, scale)
    keys = [d for d, *_ in placeable]
    buckets: dict[str, Counter[str]] = {label: Counter() for label in _labels(min(keys), max(keys), scale)}
    deaths: defaultdict[str, float] = defaultdict(float)
    for key, event_type, n, k in placeable:
        buckets[key][event_type] += n
        deaths[key] += k
    bars = [
        Bar(label, [(t, n, type_colour(t)) for t, n in sorted(c.items())], sum(c.values()), deaths[label])
        for label, c in buckets.items()
    ]
    return Timeline(bars, unplaced, scale)
