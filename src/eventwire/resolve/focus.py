"""An article's own geography: its local focus, and where its events are placed.

A local report names "Springfield" or "Paris" without a state. Which one it means is read off
the article before any population figure: its dateline ("SPRINGFIELD, Ill. -"), the outlet's
home (a city in the URL's host name, "syracuse.com"), and the other places it names (a county,
the state, neighbouring towns). `local_focus` sums these signals into one `LocalFocus`: the
admin1 area most of the article's sub-national places lie in, with a point to measure
"neighbouring" from. Resolution gives names inside the focus a bonus (`focus_bonus`).

The same signals place events (`event_location`): where the sentence puts the event, else the
report's local focus, and never at a place that only names an outlet or a person.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..records import GazetteerEntry, PlaceMention, precision_rank

# A place within this distance of the focus point is a neighbouring town.
NEIGHBOUR_KM = 150.0
# Share of the article's sub-national places that must lie in one admin1 area for it to be local.
LOCAL_SHARE = 0.5
# In the report's admin1 area; near its focus point. Together they outweigh a population 3,000
# times larger ("Paris" in a report that names Lamar County is Paris, Texas); the area alone
# outweighs 30 times ("Portland" in a Houston sports report stays in Oregon).
FOCUS_BONUS = 1.5
NEIGHBOUR_BONUS = 2.0
DATELINE_WEIGHT = 2
HOME_WEIGHT = 2
_SUBNATIONAL = frozenset({"city", "admin2", "admin1", "facility"})
_HOST_WORD = re.compile(r"[a-z]+")
MIN_HOST_PREFIX = 5
# Evidence of a place record whose name speaks ("the Pentagon said", "Moscow said"): it names an
# institution housed there, the source of a claim, not where the event it reports happened.
SPEAKER_EVIDENCE = "speaker"
# Evidence of a place record that owns a person ("Iran's top general"): whose, not where.
OWNER_EVIDENCE = "owner of a person"
_NAME_ONLY_EVIDENCE = frozenset({SPEAKER_EVIDENCE, OWNER_EVIDENCE})


@dataclass(slots=True)
class LocalFocus:
    """The admin1 area a local report is about, and a point in it."""

    country: str
    admin1: str
    lat: float
    lon: float
    signals: list[str] = field(default_factory=list)


@dataclass(slots=True)
class FocusSignal:
    """One piece of the article's geography: a resolved place, the dateline or the outlet's home."""

    entry: GazetteerEntry
    weight: int
    source: str


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def outlet_home(url: str | None, lookup: Callable[[str], list[GazetteerEntry]]) -> GazetteerEntry | None:
    """The city an outlet's host name starts with ("syracuse.com", "houstonchronicle.com").

    Only a city of the gazetteer named by the host's first word, or by a prefix of it at least
    `MIN_HOST_PREFIX` letters long; the largest such city.
    """
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0].removeprefix("www.")
    first = host.split(".", 1)[0]
    word = "".join(_HOST_WORD.findall(first))
    for end in range(len(word), MIN_HOST_PREFIX - 1, -1):
        cities = [e for e in lookup(word[:end]) if e.kind == "city" and not e.alternate]
        if cities:
            return max(cities, key=lambda e: e.population)
    return None


def local_focus(signals: Sequence[FocusSignal]) -> LocalFocus | None:
    """The admin1 area holding at least `LOCAL_SHARE` of the weighted sub-national signals."""
    weights: Counter[tuple[str, str]] = Counter()
    total = 0
    for signal in signals:
        entry = signal.entry
        if entry.kind not in _SUBNATIONAL or not entry.country or not entry.admin1:
            continue
        weights[(entry.country, entry.admin1)] += signal.weight
        total += signal.weight
    if not weights:
        return None
    (country, admin1), weight = weights.most_common(1)[0]
    if weight < 2 or weight < LOCAL_SHARE * total:
        return None
    inside = [s for s in signals if (s.entry.country, s.entry.admin1) == (country, admin1)]
    # The point: the dateline or home town when there is one, else the most-named town.
    anchors = [s for s in inside if s.source in ("dateline", "home") and s.entry.kind != "admin1"]
    if not (anchors or [s for s in inside if s.entry.kind != "admin1"]):
        # Only the state is known (a dateline "CAMP MURRAY, Wash." whose town the gazetteer
        # lacks): the area without a point, so no town is "neighbouring".
        return LocalFocus(country, admin1, math.nan, math.nan, sorted({s.source for s in inside}))
    towns = [s for s in inside if s.entry.kind in ("city", "admin2", "facility")]
    anchor = (anchors or towns or inside)[0].entry
    sources = sorted({s.source for s in inside})
    return LocalFocus(country, admin1, anchor.lat, anchor.lon, sources)


def focus_bonus(entry: GazetteerEntry, focus: LocalFocus | None, names_an_area: bool = False) -> float:
    """Score bonus of a town or county in the report's own area or near its focus point.

    The focus area itself gets the full bonus ("Washington" in a report datelined "CAMP MURRAY,
    Wash." is the state). When the name also names a state or country (`names_an_area`), towns
    get none: "Florida" is the state even in a report from Florida, New York.
    """
    if focus is None:
        return 0.0
    if entry.kind == "admin1":
        is_focus = entry.country == focus.country and entry.name == focus.admin1
        return FOCUS_BONUS + NEIGHBOUR_BONUS if is_focus else 0.0
    if names_an_area or entry.kind not in ("city", "admin2", "facility"):
        return 0.0
    bonus = 0.0
    if entry.country == focus.country and entry.admin1 == focus.admin1:
        bonus += FOCUS_BONUS
    if haversine_km(entry.lat, entry.lon, focus.lat, focus.lon) <= NEIGHBOUR_KM:
        bonus += NEIGHBOUR_BONUS
    return bonus


def is_only_a_name(place: PlaceMention) -> bool:
    """A place record that names an outlet, a person's origin, a speaking institution or whose a
    person is, not where something happened."""
    return _names_an_outlet(place) or any(e in _NAME_ONLY_EVIDENCE for e in place.evidence)


def _names_an_outlet(place: PlaceMention) -> bool:
    return any(e.startswith("outlet") for e in place.evidence)


def event_location(
    attached: Sequence[PlaceMention],
    in_sentence: Sequence[PlaceMention],
    earlier: Sequence[PlaceMention],
    fallback: PlaceMention | None,
    trigger_at: int,
) -> PlaceMention | None:
    """Where an event happened: the sentence's own place, else a recent one, else the focus.

    `attached` are the sentence's places in the trigger's syntactic reach behind a locative
    preposition; `in_sentence` all its other usable places; `earlier` the places of the
    paragraph's sentences before it; `fallback` the dateline or the report's focus.
    """
    pool = [p for p in attached if not is_only_a_name(p)] or [p for p in in_sentence if not is_only_a_name(p)]
    if pool:
        return min(pool, key=lambda p: (precision_rank(p.precision), abs(p.start - trigger_at)))
    usable = [p for p in earlier if not is_only_a_name(p)]
    if usable:
        return usable[-1]
    return fallback


def article_focus(places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The article's main place: its local focus area's most-named town, else its most-named
    country's most-named place. A place that only names an outlet does not count."""
    # A speaking or owning place ("the Kremlin said", "Ukraine's president") is no event's scene,
    # but it tells what the report is about: only an outlet's name is left out.
    toponyms = [p for p in places if p.kind == "toponym" and p.country and not _names_an_outlet(p)]
    if not toponyms:
        return None
    areas = Counter((p.country, p.admin1) for p in toponyms if p.admin1 and p.precision != "country")
    subnational = sum(areas.values())
    if areas:
        (country, admin1), count = areas.most_common(1)[0]
        if count >= 2 and count >= LOCAL_SHARE * subnational:
            local = [p for p in toponyms if (p.country, p.admin1) == (country, admin1)]
            towns = Counter(p.name for p in local if p.precision in ("city", "facility", "admin2"))
            if towns:
                top = towns.most_common(1)[0][0]
                return next(p for p in local if p.name == top)
    top_country = Counter(p.country for p in toponyms).most_common(1)[0][0]
    in_country = [p for p in toponyms if p.country == top_country]
    names = Counter(p.name for p in in_country if p.precision != "country")
    if names:
        top_name = names.most_common(1)[0][0]
        return next(p for p in in_country if p.name == top_name)
    return in_country[0]
