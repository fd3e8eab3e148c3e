"""Composition: an event's parties, place, date and status chosen from the mentions that report it.

One set of rules for the three places that build events: the in-document merge
(`merge.document`, from an article's sentence mentions), the store's cross-article merge
(`store.merging.event_row`, from stored mentions of several articles) and Spark (which reuses
the store's code). Callers turn what they hold into small views and get back the position of
the chosen one; the order they pass is their tie-break (article order in a document, the
representative order in the store).

* **A party** (actor or target): the most often named country among the mentions that give the
  side (an unknown side is a wildcard, never a vote); within it the parties with a canonical name
  if any, the most often named of those, preferring one with a sector.
* **A place**: the most often named country; within it the finest place (`records.PRECISION_ORDER`:
  "Ain al-Asad airbase" over "Anbar" over "Iraq": places along the gazetteer's hierarchy agree,
  and the finer is kept), the most often named among equally fine ones.
* **A date**: a stated date over the publication-date fallback, an exact one over an approximate
  one, the finest (day over month over year), then the most often stated.
* **A status**: "asserted" when any report asserts the event happened; else the most common
  status, the more certain first among ties (`STATUS_ORDER`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from ..records import Status, precision_rank

STATUS_ORDER: tuple[Status, ...] = ("asserted", "claimed", "denied", "threatened", "planned", "conditional", "negated")
DATE_PRECISION_ORDER = ("day", "month", "year")


@dataclass(frozen=True, slots=True)
class PartyView:
    """What composition reads of one side of a mention."""

    text: str
    name: str | None
    country: str | None
    sector: str | None
    implied: bool = False  # a side a rule supplied ("authorities (implied)"), which the report does not name


@dataclass(frozen=True, slots=True)
class PlaceView:
    """What composition reads of a mention's place; `key` tells two places apart (name, coordinates ...)."""

    country: str | None
    precision: str | None
    key: Hashable


@dataclass(frozen=True, slots=True)
class DateView:
    """What composition reads of a mention's date."""

    value: str
    precision: str | None
    default: bool
    approximate: bool


def _date_rank(precision: str | None) -> int:
    return DATE_PRECISION_ORDER.index(precision) if precision in DATE_PRECISION_ORDER else len(DATE_PRECISION_ORDER)


def _most_common_first(keys: Sequence[Hashable]) -> Hashable:
    """The most common key; among equally common ones the first given."""
    counts = Counter(keys)
    return max(keys, key=lambda k: (counts[k], -keys.index(k)))


def choose_party(parties: Sequence[PartyView | None]) -> int | None:
    """The position of the party that stands for one side of an event, None when no mention gives it."""
    given = [(i, p) for i, p in enumerate(parties) if p is not None]
    if not given:
        return None
    # "has been indicted ... a federal grand jury indicted her": a side the report names beats
    # one a rule supplied
    given = [(i, p) for i, p in given if not p.implied] or given
    countries = [p.country for _, p in given if p.country]
    if countries:
        top = _most_common_first(countries)
        given = [(i, p) for i, p in given if p.country == top]
    named = [(i, p) for i, p in given if p.name]
    pool = named or given
    label = _most_common_first([(p.name or p.text).casefold() for _, p in pool])
    pool = [(i, p) for i, p in pool if (p.name or p.text).casefold() == label]
    return next((i for i, p in pool if p.sector), pool[0][0])


def choose_place(places: Sequence[PlaceView | None]) -> int | None:
    """The position of the event's place: the finest in the most often named country."""
    given = [(i, p) for i, p in enumerate(places) if p is not None]
    if not given:
        return None
    top = _most_common_first([p.country for _, p in given])
    given = [(i, p) for i, p in given if p.country == top]
    finest = min(precision_rank(p.precision) for _, p in given)
    given = [(i, p) for i, p in given if precision_rank(p.precision) == finest]
    key = _most_common_first([p.key for _, p in given])
    return next(i for i, p in given if p.key == key)


def choose_date(dates: Sequence[DateView | None]) -> int | None:
    """The position of the event's date: stated, exact, finest, most often stated, earliest."""
    given = [(i, d) for i, d in enumerate(dates) if d is not None]
    if not given:
        return None
    stated = [(i, d) for i, d in given if not d.default]
    given = stated or given
    exact = [(i, d) for i, d in given if not d.approximate]
    given = exact or given
    finest = min(_date_rank(d.precision) for _, d in given)
    given = [(i, d) for i, d in given if _date_rank(d.precision) == finest]
    # Most often stated; among equally often stated days the earliest: a report's later days are
    # of its aftermath (still in hospital Sunday, arrested Monday), not of the violence.
    counts = Counter(d.value for _, d in given)
    value = min(counts, key=lambda v: (-counts[v], v))
    return next(i for i, d in given if d.value == value)


def choose_status(statuses: Sequence[Status]) -> Status:
    """The event's status: asserted when any report asserts it, else the most common (more certain on ties)."""
    if not statuses:
        raise ValueError("an event has at least one mention")
    if "asserted" in statuses:
        return "asserted"
    counts = Counter(statuses)
    return max(counts, key=lambda s: (counts[s], -STATUS_ORDER.index(s) if s in STATUS_ORDER else -99))
