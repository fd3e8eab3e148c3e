"""Blocking for cross-article merge: which mention pairs are ever compared.

Every mention gets a few block keys; two mentions are compared only when they share a key, so
the work grows with the size of the blocks, never with all pairs. A key is

    type family | dyad | place | date bucket

- **type family**: ASSAULT and COERCE are "force", PROTEST is "protest", the speech types are
  "verbal" ... (`TYPE_FAMILY`). Mentions of different families never merge.
- **dyad**, order-aware: ``"IRN>USA"`` when both the actor's and the target's country are known
  (``"USA>IRN"`` is another dyad). Every mention also gets the wildcard ``"*"``, and a partly
  known dyad ("IRN>?", "?>?") gets only the wildcard, so a report that names one side or
  neither meets the fully coded reports of the same place and dates; the clusterer compares
  it there only with mentions whose known sides agree.
- **place**: the location country plus the admin1 area when known, else a 1-degree lat/lon grid
  cell when there are coordinates; every located mention also gets the country alone, so
  "in Anbar" meets "in western Iraq". Mentions without a location country meet only each other.
- **date**: day-precise dates fall into 2-day buckets; a mention also gets the neighbouring
  bucket nearer its day, so any two dates at most `DAY_WINDOW` (2) days apart share a bucket.
  A month- or year-precise date ("2020-01", "2020") or a missing date is its own bucket: such a
  mention meets only mentions with the same coarse date.

That is at most 2 x 2 x 2 = `MAX_KEYS` keys. The wildcard and country-level blocks are large,
so the clusterer compares within them only the pairs that no finer shared block covers (each
pair is compared exactly once, in the block of its most specific shared key).

The score (`cross.same_event_score`) is zero for every pair that shares no key, so blocking
loses nothing the score would have accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = [
    "DAY_WINDOW",
    "MAX_KEYS",
    "TYPE_FAMILY",
    "WILDCARD",
    "MergeInput",
    "block_keys",
    "placed_side",
    "type_family",
]


@dataclass(frozen=True, slots=True)
class MergeInput:
    """One document-level event of one article, as the cross-article merge sees it.

    `lat`/`lon` should be a point finer than admin1 (a town, a facility); a country or admin1
    centroid says nothing about where in the area the event was and is best left out.
    `date` is "YYYY-MM-DD", "YYYY-MM" or "YYYY". `text` is the evidence sentences joined.
    """

    id: str
    article_id: str
    type: str
    actor_country: str | None
    actor_name: str | None
    target_country: str | None
    target_name: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    date: str | None
    text: str
    actor_sector: str | None = None
    target_sector: str | None = None


def placed_side(country: str | None, name: str | None, place_country: str | None) -> bool:
    """Whether a side is known only by where it was: no canonical name, the country of the event's place.

    "two bases in Iraq", "protesters in Lagos": the country says where, not who, so the side may
    be the forces stationed there (another country's). Blocking treats it as an unknown side; the
    score lets it agree with a military party of another country.
    """
    return bool(country) and not name and country == place_country


TYPE_FAMILY: dict[str, str] = {
    "ASSAULT": "force",
    "COERCE": "force",
    "PROTEST": "protest",
    "MOBILIZE": "posture",
    "SANCTION": "sanction",
    "AID": "cooperate",
    "COOPERATE": "cooperate",
    "CONCEDE": "concede",
    "RETREAT": "concede",
    "AGREE": "verbal",
    "CONSULT": "verbal",
    "SUPPORT": "verbal",
    "REQUEST": "verbal",
    "ACCUSE": "verbal",
    "REJECT": "verbal",
    "THREATEN": "verbal",
    "OTHER": "other",
}
"""PLOVER type -> merge family. Two extractors may type one raid ASSAULT and COERCE, or one
speech ACCUSE and THREATEN; they never confuse an attack with a protest."""

MAX_KEYS = 8
DAY_WINDOW = 2
"""Two day-precise dates of one event are at most this many days apart (time zones, "overnight",
a report dated by its publication day)."""
GRID_DEGREES = 1.0
WILDCARD = "*"

# Date keys are ints: a 2-day bucket number (>= 0) for day-precise dates, negative codes for
# a month, a year, or no date. Ints keep the clusterer's inner loop cheap.
_NO_DATE = -1
_YEAR_BASE = 200_000


def type_family(event_type: str) -> str:
    """The merge family of a PLOVER type; an unknown type is a family of its own."""
    return TYPE_FAMILY.get(event_type) or f"?{event_type}"


def parse_date(value: str | None) -> tuple[int | None, str]:
    """(day ordinal or None, coarse value): ``"2020-01-08"`` -> (737432, ""), ``"2020-01"`` -> (None, "2020-01").

    A malformed or missing date is (None, "").
    """
    if not value:
        return None, ""
    if len(value) >= 10:
        try:
            return date.fromisoformat(value[:10]).toordinal(), ""
        except ValueError:
            return None, ""
    if len(value) == 7 and value[:4].isdigit() and value[4] == "-" and value[5:].isdigit():
        return (None, value) if 1 <= int(value[5:]) <= 12 and int(value[:4]) >= 1 else (None, "")
    if len(value) == 4 and value.isdigit() and int(value) >= 1:
        return None, value
    return None, ""


def date_keys(value: str | None) -> tuple[int, ...]:
    """The date buckets of a mention: two for a day-precise date, else one."""
    day, coarse = parse_date(value)
    if day is not None:
        bucket = day // 2
        # The nearer neighbour: a day is the first or the second of its 2-day bucket.
        neighbour = bucket - 1 if day % 2 == 0 else bucket + 1
        return (min(bucket, neighbour), max(bucket, neighbour))
    if len(coarse) == 7:
        return (-(int(coarse[:4]) * 12 + int(coarse[5:])),)
    if len(coarse) == 4:
        return (-(_YEAR_BASE + int(coarse)),)
    return (_NO_DATE,)


def _date_key_text(key: int) -> str:
    if key >= 0:
        return f"d{date.fromordinal(max(1, 2 * key)).isoformat()}+2"
    if key == _NO_DATE:
        return "d?"
    if key <= -_YEAR_BASE:
        return f"y{-key - _YEAR_BASE:04d}"
    year, month = divmod(-key, 12)
    if month == 0:
        year, month = year - 1, 12
    return f"m{year:04d}-{month:02d}"


@dataclass(frozen=True, slots=True)
class Blocking:
    """What blocking needs of one mention (the key parts, before the product is taken)."""

    family: str
    country: str
    dyad: str | None
    """"IRN>USA" when both countries are known, else None (the wildcard only)."""
    fine: str | None
    """"A:<admin1>" or "G:<lat>:<lon>" (1-degree cell), else None."""
    admin1: bool
    dates: tuple[int, ...]
    """Date keys, ascending."""
    actor: str | None
    target: str | None
    day: int | None

    def block_keys(self) -> list[tuple[str, str, int]]:
        """(dyad, place, date) keys within the (family, country) partition; place "" is the country."""
        dyads = (self.dyad, WILDCARD) if self.dyad is not None else (WILDCARD,)
        places = (self.fine, "") if self.fine is not None else ("",)
        return [(d, p, t) for d in dyads for p in places for t in self.dates]


def partition_of(m: MergeInput) -> tuple[str, str]:
    """(type family, location country or "?"): all block keys of a mention share it."""
    return type_family(m.type), m.country or "?"


def blocking_of(m: MergeInput) -> Blocking:
    """The key parts of a mention."""
    family, country = partition_of(m)
    actor = None if placed_side(m.actor_country, m.actor_name, m.country) else m.actor_country or None
    target = None if placed_side(m.target_country, m.target_name, m.country) else m.target_country or None
    if actor and target and m.type == "CONSULT" and target < actor:
        actor, target = target, actor  # a meeting has no direction (cross.SYMMETRIC_TYPES)
    dyad = f"{actor}>{target}" if actor and target else None
    fine: str | None = None
    if m.admin1:
        fine = f"A:{m.admin1}"
    elif m.lat is not None and m.lon is not None:
        fine = f"G:{int((m.lat + 90.0) // GRID_DEGREES)}:{int((m.lon + 180.0) // GRID_DEGREES)}"
    day, _ = parse_date(m.date)
    return Blocking(family, country, dyad, fine, bool(m.admin1), date_keys(m.date), actor, target, day)


def block_keys(m: MergeInput) -> list[str]:
    """The block keys of a mention (at most `MAX_KEYS`): two mentions that may report the same event share one."""
    b = blocking_of(m)
    return [
        f"{b.family}|{dyad}|{b.country}{'/' + place if place else ''}|{_date_key_text(when)}"
        for dyad, place, when in b.block_keys()
    ]
