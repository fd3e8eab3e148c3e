"""Low / best / high figures of a merged event's quantities, UCDP-style, from every claim.

Claims are never averaged away: the merged event keeps each (kind, figure, source, article),
and this module adds one summary per kind.

- A claim's **figure** is its value; a claim with only a range ("between 10 and 20") counts
  as the middle of the range, one with only a bound ("at least 20" without a value) as that bound.
- A **source** is the claim's named source ("the Iraqi military", compared case-insensitively);
  a claim with no named source is the reporting outlet's own. Two articles quoting the same
  ministry are one source, so wire copies do not outvote independent reports.
- **n_sources** counts the outlets that published a claim of the kind, as the event's
  `n_sources` counts the outlets that reported it: never more than the event's.
- A source's figure is the **highest** it gave: death tolls are revised upwards as bodies are
  found, so a source's lower figure is usually its earlier one.
- **low** is the lowest credible figure: the minimum over all claims of their lower bound
  (value or low); **high** the maximum of their upper bound (value or high).
- **best** is the median of the per-source figures; with an even number of sources, the lower
  of the two middle figures. Counts are rounded down to whole numbers.
- **conflict** is true when the sources' figures differ.

Why the median of sources, and the lower middle one: UCDP's best estimate is the most reliable
figure reported, conservative when sources disagree. The median is what no single outlying
source can move (state TV claiming 80 dead against independent counts of 15 and 20 gives 20),
it counts each source once however many articles repeat it, and taking the lower middle figure
instead of the mean of the two keeps `best` a number some source actually reported, on the
conservative side, rather than an average nobody stated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["COUNT_KINDS", "ClaimInput", "Estimate", "estimates"]

COUNT_KINDS = frozenset({"killed", "injured", "arrested", "missing", "displaced", "weapons", "participants"})
"""Quantity kinds that are head counts: their best figure is a whole number."""


@dataclass(frozen=True, slots=True)
class ClaimInput:
    """One quantity claim of one mention: figure, bounds, who stated it and in which article."""

    kind: str
    value: float | None
    low: float | None
    high: float | None
    source: str | None
    article_id: str
    outlet: str | None = None
    """Who published the article (the store's `source_key`); None counts the article as its own outlet."""


@dataclass(frozen=True, slots=True)
class Estimate:
    """The summary of one quantity kind over every claim of a merged event."""

    kind: str
    low: float | None
    best: float | None
    high: float | None
    n_claims: int
    n_sources: int
    conflict: bool


def _figure(claim: ClaimInput) -> float | None:
    if claim.value is not None:
        return claim.value
    if claim.low is not None and claim.high is not None:
        return (claim.low + claim.high) / 2
    return claim.low if claim.low is not None else claim.high


def _source_key(claim: ClaimInput) -> tuple[str, str]:
    source = (claim.source or "").strip().casefold()
    return ("source", source) if source else ("outlet", claim.outlet or claim.article_id)


def _estimate(kind: str, claims: Sequence[ClaimInput]) -> Estimate:
    lows = [x for c in claims if (x := c.low if c.low is not None else c.value) is not None]
    highs = [x for c in claims if (x := c.high if c.high is not None else c.value) is not None]
    by_source: dict[tuple[str, str], float] = {}
    for claim in claims:
        figure = _figure(claim)
        if figure is None:
            continue
        key = _source_key(claim)
        by_source[key] = max(figure, by_source.get(key, figure))
    figures = sorted(by_source.values())
    best: float | None = None
    if figures:
        best = figures[(len(figures) - 1) // 2]
        if kind in COUNT_KINDS:
            best = float(math.floor(best))
    return Estimate(
        kind=kind,
        low=min(lows) if lows else None,
        best=best,
        high=max(highs) if highs else None,
        n_claims=len(claims),
        n_sources=len({c.outlet or c.article_id for c in claims}),
        conflict=len(set(figures)) > 1,
    )


def estimates(claims: Sequence[ClaimInput]) -> list[Estimate]:
    """One estimate per quantity kind, sorted by kind (see the module docstring for the rule)."""
    by_kind: dict[str, list[ClaimInput]] = {}
    for claim in claims:
        by_kind.setdefault(claim.kind, []).append(claim)
    return [_estimate(kind, by_kind[kind]) for kind in sorted(by_kind)]
