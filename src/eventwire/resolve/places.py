"""Resolve place candidates to gazetteer entries with evidence from the whole article.

One sense per discourse: every mention of the same name in an article resolves to the same
place. Each name's gazetteer candidates are scored by

- a prior by kind and size: countries first, then regions and admin1 areas, cities by
  log10(population), capitals a little higher, facilities higher when a facility word
  ("airbase", "airport") is present;
- the article's country context: countries named outright, demonyms ("Iraqi") and the
  dateline; and the admin1 areas of places already resolved;
- the container pattern "X, Y" ("Erbil, Iraq", "Gainesville, Va."), which is the
  strongest evidence there is.

Weak candidates (entities the model labelled ORG/PERSON, or capitalised words after a
locative preposition) resolve only to countries, admin1 areas, regions, facilities named with
a facility word, or cities of at least `WEAK_CITY_MIN_POPULATION` people.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

from ..datafiles import data_text
from ..errors import DataFileError
from ..records import DemonymMention, GazetteerEntry, PlaceCandidate, PlaceKind, PlaceMention, Precision
from .containers import AREA_CONTAINER_KINDS, container_entries
from .focus import (
    DATELINE_WEIGHT,
    HOME_WEIGHT,
    OWNER_EVIDENCE,
    SPEAKER_EVIDENCE,
    FocusSignal,
    LocalFocus,
    focus_bonus,
    local_focus,
)
from .gazetteer import Gazetteer, load_admin1_abbreviations, normalise
from .name_rules import (
    COORDINATED,
    COURT_OF,
    EMBEDDED_OWNER,
    LANDMARK_FEATURE,
    LOCAL_ORGANISATION,
    NAME_CUES,
    OUTLET,
    OWNER,
    PERSON_VERB,
    compass_name,
    continent_of_demonym,
    cues_for,
    generic_area_name,
    landmark,
    rejects,
)

NO_CUES: frozenset[str] = frozenset()
# Prepositions that put a small town behind a weak label on the map ("in Nelson", "across Avondale").
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "into", "across"})
OUTLET_EVIDENCE = "outlet name"
EMBEDDED_IN_PERSON = "EMBEDDED_IN_PERSON"
# What a place name inside a person's full name may be: "Kenya Airways' John Smith" aside, a city
# in a person's name is the person's ("Kobe Bryant", "Paris Hilton").
PERSON_NAME_PLACE_KINDS = frozenset({"country", "admin1", "region"})

WEAK_CITY_MIN_POPULATION = 15_000
# A town behind a weak label with no locative preposition and no country in the article, or
# matched only through another name ("Chopin" for Chopinzinho), must be this large.
WEAK_UNSUPPORTED_CITY_MIN_POPULATION = 100_000
EMBEDDED_CITY_MIN_POPULATION = 100_000
# A town matched only through another of its names (a former name, a translation, a short form)
# must be this large, whatever the label: a small town's other names are mostly ordinary words.
ALTERNATE_TOWN_MIN_POPULATION = 15_000
# A town's own name outranks another town's other name, unless that other town is this many times
# larger and its country is named in the article: "Jenin" in a report on the West Bank is Janin
# (34,730), not the Polish village whose own name it is (1,100); "Cologne" in a report on Germany
# is Köln, not the Lombard village.
EXONYM_SIZE_RATIO = 10
# A city this large (or a capital) named by a person's verb is its government or club ("Moscow
# said", "Liverpool said"); a smaller one is a person's name ("Steele said").
SPEAKING_CITY_MIN_POPULATION = 100_000
# A town smaller than this in a country the report never names, when the report's own places
# (its dateline, its unambiguous names, its demonyms) are elsewhere, is another place of that
# name the gazetteer lacks ("Mirpur" in a Dhaka report is Dhaka's district, not a Pakistani town).
FOREIGN_TOWN_MAX_POPULATION = 200_000
# Without a focus or a dateline, the country of more than half of an article's places, named at
# least this often, is the report's own country.
HOME_COUNTRY_MIN_MENTIONS = 3
# Without a dateline, this many mentions of other countries make the report's geography.
FOREIGN_CONTEXT_MIN = 2
STOPWORDS_FILE = "place_stopwords.txt"
_ADMIN_SUFFIX = re.compile(r"\s+(?:province|state|district|region|governorate|county|prefecture|oblast)$", re.I)
KIND_PRIOR = {"country": 10.0, "region": 6.5, "admin1": 6.0, "facility": 4.5}
# An admin1 area's prior is at most log10 of its (lower-bound) population plus this: a margin of
# five times, because its population is summed from the towns the gazetteer knows, yet a small
# country's parish or municipio ("Manchester", Jamaica; "Salinas", Puerto Rico) does not outrank
# a town of its name ten times larger abroad.
ADMIN1_SIZE_MARGIN = 0.7
ADMIN2_DISCOUNT = 0.7  # a county loses a tie to a city of the same size ("Orange" the city)
ADMIN2_MAX_PRIOR = 5.0
CONTEXT_COUNTRY_BONUS = 2.0
CONTEXT_ADMIN1_BONUS = 1.5
DATELINE_BONUS = 1.0
CONTAINER_BONUS = 6.0
FACILITY_WORD_BONUS = 3.0
CAPITAL_BONUS = 0.5
ALTERNATE_NAME_PENALTY = 2.5
_FACILITY_SUFFIX = re.compile(r"\s+(?:air ?base|airport|airfield|military base|naval base|base|barracks)$", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_KIND_OF_PRECISION: dict[str, PlaceKindName] = {
    "country": "country",
    "admin1": "admin1",
    "admin2": "admin2",
    "city": "city",
    "facility": "facility",
    "region": "region",
}
_PRECISION: dict[str, Precision] = {
    "country": "country",
    "admin1": "admin1",
    "admin2": "admin2",
    "city": "city",
    "facility": "facility",
    "region": "region",
}


PlaceKindName = Literal["country", "admin1", "city", "admin2", "facility", "region"]
_CueOf = Callable[[PlaceCandidate], frozenset[str]]


@dataclass(slots=True)
class _Context:
    countries: Counter[str]
    admin1: Counter[tuple[str, str]]
    dateline_country: str | None
    focus: LocalFocus | None = None
    # Countries of the peoples the report names, kept apart in the last pass: they support a
    # sense (`_score`, `_exonym`) but do not make a town abroad foreign (`_foreign_small_town`).
    peoples: Counter[str] = field(default_factory=Counter)


def _prior(entry: GazetteerEntry) -> float:
    # A match through an alternate name (a translation, an old name) is weaker evidence than
    # the place's own name: "White House" is not Casablanca.
    # Curated alternates of countries, regions and admin1 areas are not penalised.
    if entry.kind == "city":
        penalty = ALTERNATE_NAME_PENALTY if entry.alternate else 0.0
        base = math.log10(max(entry.population, 1000))
        return base + (CAPITAL_BONUS if entry.feature == "PPLC" else 0.0) - penalty
    if entry.kind == "admin2":
        # County populations are summed from joined towns and can be badly off: capped, so a
        # real town of 20,000 wins a name tie.
        return min(math.log10(max(entry.population, 1000)), ADMIN2_MAX_PRIOR) - ADMIN2_DISCOUNT
    if entry.kind == "admin1" and entry.population > 0:
        # A small parish or island area does not outrank a large city of its name ("Portland" is
        # Oregon's, not Jamaica's parish); the populations of admin1 areas are lower bounds.
        return min(KIND_PRIOR["admin1"], math.log10(entry.population) + ADMIN1_SIZE_MARGIN)
    return KIND_PRIOR.get(entry.kind, 3.0)


def _clean_name(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip())


@cache
def place_stopwords() -> frozenset[str]:
    """Capitalised words that are not place names in news text (place_stopwords.txt)."""
    words = set()
    for line in data_text(STOPWORDS_FILE).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line.casefold())
    if not words:
        raise DataFileError(f"{STOPWORDS_FILE} is empty")
    return frozenset(words)


@cache
def _capital_abbreviations() -> frozenset[str]:
    return frozenset(row.abbreviation for row in load_admin1_abbreviations() if row.abbreviation.isupper())


def _entries_for(gazetteer: Gazetteer, cand: PlaceCandidate, ctx: _Context | None = None) -> list[GazetteerEntry]:
    name = _clean_name(cand.text)
    if name.casefold().removeprefix("the ") in place_stopwords() and cand.label != COORDINATED:
        return []
    named_landmark = landmark(name)
    if named_landmark is not None:
        return [named_landmark.entry()]  # "the White House" is in Washington, not White House, Tennessee
    entries = list(gazetteer.lookup(name))
    if len(name) == 2 and name.isupper() and name not in _capital_abbreviations():
        # "PA" (a news agency) is not "Pa."; two capitals name a country ("US", "UK"), a region,
        # or an area whose abbreviation is written that way ("BC").
        entries = [e for e in entries if e.kind in ("country", "region")]
    norm = normalise(name)
    for e in entries:
        full = normalise(e.name)
        if e.alternate and full.startswith(norm + " ") and (" " in norm or full == norm + " city"):
            # "New York" for "New York City", "Matias Romero" for "Matías Romero Avendaño": a
            # short form, not another name; but one word ("Royal") is not a longer name's town.
            e.alternate = False
    own = [e.population for e in entries if not e.alternate and e.kind == "city"]
    if len(own) < len(entries) and any(not e.alternate for e in entries):
        # The place's own name beats another place's translation or former name, unless that is
        # the name of a much larger town in a country the article names (`EXONYM_SIZE_RATIO`).
        entries = [e for e in entries if not (e.alternate and e.kind == "city") or _exonym(e, own, ctx)]
    if cand.label == "FAC" and cand.facility_word is None:
        entries += gazetteer.facilities_named_after_city(name)  # "Heathrow": London Heathrow Airport
    if cand.facility_word is not None:
        tokens = frozenset(normalise(name).split())
        entries += gazetteer.facilities_containing(tokens)
        if not any(e.kind == "facility" for e in entries):
            # "Baghdad airport" with no such facility name: the airport of that city.
            core = normalise(name)
            for word in ("airport", "air base", "airbase", "base", "airfield"):
                core = core.removesuffix(" " + word)
            entries += gazetteer.facilities_containing(frozenset(core.split()) | {"international"})
            if not entries:
                # "a US base", "the UK base in Cyprus": no facility has the name; the name before
                # the word is the country whose base it is.
                owner = cand.text[: len(cand.text) - len(cand.facility_word)].strip()
                entries = [e for e in gazetteer.lookup(owner) if e.kind == "country"]
    elif not entries and name.lower().startswith(("northern ", "southern ", "eastern ", "western ", "central ")):
        entries = list(gazetteer.lookup(name.split(" ", 1)[1]))
    elif not entries and _ADMIN_SUFFIX.search(name):
        # "Kandahar province", "Sokoto State": the area, when the gazetteer knows the bare name.
        entries = [e for e in gazetteer.lookup(_ADMIN_SUFFIX.sub("", name)) if e.kind in ("admin1", "admin2")]
    areas = [e for e in entries if e.kind in ("admin1", "admin2", "region")]
    if cand.area_word is not None and areas:
        entries = areas  # "Plateau state": Nigeria's state, not a town in Alabama; "the Gulf region"
    return entries


def _exonym(entry: GazetteerEntry, own_populations: list[int], ctx: _Context | None) -> bool:
    """A large town's other name (its English form, "Jenin" for Janin) that the article's
    countries support, beside smaller towns whose own name it is."""
    if ctx is None or not entry.country or not (ctx.countries[entry.country] or ctx.peoples[entry.country]):
        return False
    if entry.population < ALTERNATE_TOWN_MIN_POPULATION:
        return False
    return all(entry.population >= EXONYM_SIZE_RATIO * p for p in own_populations)


def _acceptable(
    cand: PlaceCandidate, entry: GazetteerEntry, ctx: _Context | None = None, cues: frozenset[str] = NO_CUES
) -> bool:
    if cues and rejects(cues, entry, cand.strong, SPEAKING_CITY_MIN_POPULATION) is not None:
        return False
    if entry.feature == LANDMARK_FEATURE:
        return True
    if cand.organisation and entry.kind in ("city", "admin2"):
        return False  # "Wagner fighters" is the group, not Wagner in Bahia; the EU stays a region
    if LOCAL_ORGANISATION in cues and entry.kind in ("city", "admin2") and not entry.alternate:
        return True  # "Manatee County Sheriff's Office", "Hollywood Police": the agency's own place
    if entry.kind in ("admin1", "admin2") and generic_area_name(entry.name) and not _supported_area(cand, entry, ctx):
        return False  # "Southern", "Northwest", "Central District": a compass word, not Zambia's province
    if cand.label == EMBEDDED_IN_PERSON:
        return entry.kind in PERSON_NAME_PLACE_KINDS
    if cand.label == EMBEDDED_OWNER:
        # "Derry's Altnagelvin Hospital": the possessive places the organisation in the town.
        if entry.kind in ("city", "admin2"):
            return entry.population >= WEAK_CITY_MIN_POPULATION and not entry.alternate
        return entry.kind in ("country", "admin1", "region")
    if cand.label == "EMBEDDED":
        # A place inside an organisation's name ("Winnipeg Fire Paramedic Service"): only names
        # that are places beyond doubt.
        if entry.kind == "city":
            big = entry.population >= EMBEDDED_CITY_MIN_POPULATION and not entry.alternate
            return big and _country_named(entry, ctx)
        return entry.kind in ("country", "admin1", "region")
    if entry.kind == "city" and entry.alternate and entry.population < ALTERNATE_TOWN_MIN_POPULATION:
        return False  # "Newcomers" is not Newcomerstown, "2231 Royal" not Royal City
    if entry.kind == "facility" and entry.alternate and cand.facility_word is None and cand.label != "FAC":
        return False  # "Heathrow" the model tagged a facility is the airport; "Midway" a town may be a town
    if cand.strong:
        return True
    if entry.kind in ("city", "admin2"):
        # A small town behind a weak label needs support: a locative preposition ("in Nelson"),
        # or its country in the article and some size, or its own state in the article.
        if entry.alternate:
            # "installed in Echmiadzin" (Vagharshapat's other name) in a report that names Armenia:
            # a preposition of place and the town's country make another name of a town credible.
            # "a Hamas training camp" (Hamm's other name) in a report on Gaza is the organisation
            # the model saw: a big town's other name still needs its country in the article.
            named = _country_named(entry, ctx) and ctx is not None
            # "Ukrainian forces withdrew from the town of Avdiivka": after a preposition of place,
            # the country's people named support the town as its name does.
            people = ctx is not None and entry.country is not None and bool(ctx.peoples[entry.country])
            placed = cand.preposition in PLACE_PREPOSITIONS and (named or people)
            return (entry.population >= WEAK_UNSUPPORTED_CITY_MIN_POPULATION and named) or placed
        if cand.preposition in PLACE_PREPOSITIONS or entry.population >= WEAK_UNSUPPORTED_CITY_MIN_POPULATION:
            return True
        return _weak_town_supported(entry, ctx)
    if entry.kind == "facility":
        return cand.facility_word is not None
    return True


def _country_named(entry: GazetteerEntry, ctx: _Context | None) -> bool:
    """The article names the entry's country elsewhere: "the Liverpool Academy" in a report on
    Cairo is a school named for the city, "Real Madrid" in one on Egyptian fans a club."""
    return ctx is None or not entry.country or bool(ctx.countries[entry.country])


def _weak_town_supported(entry: GazetteerEntry, ctx: _Context | None) -> bool:
    """A town the model took for a person or an organisation, named with no preposition of place.

    "Goleta" in a Santa Barbara report is the town; "Ball" of "the Governor's Inaugural Ball" or
    the company "Alcoa" is not the hamlet of that name in another state of the same country. Its
    country in the article supports a town of `WEAK_CITY_MIN_POPULATION`; a smaller one needs its
    own admin1 area among the article's places or as the report's local focus.
    """
    if ctx is None or not entry.country:
        return False
    if entry.admin1 and ctx.admin1[(entry.country, entry.admin1)]:
        return True
    focus = ctx.focus
    if focus is not None and (focus.country, focus.admin1) == (entry.country, entry.admin1):
        return True
    return bool(ctx.countries[entry.country]) and entry.population >= WEAK_CITY_MIN_POPULATION


def _home_country(ctx: _Context) -> str | None:
    """The report's own country: its local focus's, its dateline's, else the country of more than
    half of the places it names (at least `HOME_COUNTRY_MIN_MENTIONS`)."""
    if ctx.focus is not None:
        return ctx.focus.country
    if ctx.dateline_country is not None:
        return ctx.dateline_country
    if not ctx.countries:
        return None
    country, count = ctx.countries.most_common(1)[0]
    if count >= HOME_COUNTRY_MIN_MENTIONS and count * 2 > sum(ctx.countries.values()):
        return country
    return None


def _without_foreign_namesake(entries: list[GazetteerEntry], ctx: _Context) -> list[GazetteerEntry]:
    """ "Georgia" in a report datelined or focused in the United States is the state, unless the
    article otherwise names the country Georgia (a town, a demonym): a state of the report's own
    country outranks a foreign country of the same name that nothing else in the article supports."""
    home = _home_country(ctx)
    if home is None:
        return entries
    home_states = {normalise(e.name) for e in entries if e.kind == "admin1" and e.country == home and not e.alternate}
    if not home_states:
        return entries
    return [
        e
        for e in entries
        if not (
            e.kind == "country"
            and e.country != home
            and not (e.country and ctx.countries[e.country])
            and normalise(e.name) in home_states
        )
    ]


def _supported_area(cand: PlaceCandidate, entry: GazetteerEntry, ctx: _Context | None) -> bool:
    """An area with a generic name is meant when its country is named in the article or after it,
    or a word of administration names it ("Plateau State"; not "Central District": compass words
    name an area of many countries)."""
    return (
        bool(cand.container)
        or (cand.area_word is not None and not compass_name(cand.text))
        or bool(ctx is not None and entry.country and ctx.countries[entry.country])
    )


def _foreign_small_town(entry: GazetteerEntry, cand: PlaceCandidate, ctx: _Context) -> bool:
    """A small town abroad that the article's own geography says is not meant."""
    if (
        entry.kind not in ("city", "admin2")
        or entry.feature == "PPLC"
        or entry.population >= FOREIGN_TOWN_MAX_POPULATION
    ):
        return False
    if cand.container or not entry.country or ctx.countries[entry.country]:
        return False
    if ctx.focus is not None and ctx.focus.country == entry.country:
        return False
    home = ctx.dateline_country
    return (home is not None and entry.country != home) or sum(ctx.countries.values()) >= FOREIGN_CONTEXT_MIN


def _score(
    entry: GazetteerEntry,
    cand: PlaceCandidate,
    ctx: _Context,
    container: list[GazetteerEntry],
    names_an_area: bool = False,
) -> float:
    score = _prior(entry)
    support = ctx.countries[entry.country] + ctx.peoples[entry.country] if entry.country else 0
    if support:
        score += CONTEXT_COUNTRY_BONUS * min(1.0, 0.5 + 0.25 * support)
    if entry.country and entry.admin1 and ctx.admin1[(entry.country, entry.admin1)]:
        score += CONTEXT_ADMIN1_BONUS
    if ctx.dateline_country and entry.country == ctx.dateline_country:
        score += DATELINE_BONUS
    if cand.facility_word is not None and entry.kind == "facility":
        score += FACILITY_WORD_BONUS
    if not (cand.in_dateline and entry.kind == "admin1"):
        score += focus_bonus(entry, ctx.focus, names_an_area)  # a dateline names a town: "NEW YORK (Reuters)"
    for outer in container:
        if outer.kind == "country" and entry.country == outer.country and entry.kind != "country":
            # "Kerman, Iran" names the city: a province is rarely written with its country.
            score += CONTAINER_BONUS / 2 if entry.kind == "admin1" else CONTAINER_BONUS
            break
        if outer.kind == "admin1" and entry.country == outer.country and entry.admin1 == outer.name:
            score += CONTAINER_BONUS
            break
        same_area = (entry.country, entry.admin1) == (outer.country, outer.admin1)
        if outer.kind == "admin2" and entry.kind == "city" and same_area:
            score += CONTAINER_BONUS / 2  # "Las Navas (Northern Samar)": a town of the province's region
            break
    return score


def _choose(
    gazetteer: Gazetteer, cand: PlaceCandidate, ctx: _Context, cues: frozenset[str] = NO_CUES
) -> tuple[GazetteerEntry | None, float, list[str]]:
    entries = [
        e
        for e in _entries_for(gazetteer, cand, ctx)
        if _acceptable(cand, e, ctx, cues) and not _foreign_small_town(e, cand, ctx)
    ]
    entries = _without_foreign_namesake(entries, ctx)
    if COURT_OF in cues and any(e.kind in ("country", "admin1") for e in entries):
        # "a New York court", "a Texas court": a court named for a state is the state's.
        entries = [e for e in entries if e.kind in ("country", "admin1")]
    if not entries:
        return None, 0.0, []
    container: list[GazetteerEntry] = []
    if cand.container:
        bracketed = cand.container.startswith("(")
        container = container_entries(gazetteer, _clean_name(cand.container.strip("()")), AREA_CONTAINER_KINDS)
        areas = [o for o in container if o.kind in ("admin1", "country")]
        if bracketed and areas and not any(e.country == o.country for e in entries for o in areas):
            # "Palma (Cabo Delgado)" where the gazetteer knows only Spain's Palma: the area the
            # bracket names, not a town of another country ("Austria, Slovakia, Cyprus" after a
            # comma is a list).
            area = min(areas, key=lambda o: o.kind != "admin1")
            return area, 0.5, [f"{len(entries)} candidates, none in {cand.container}", f"container {cand.container}"]
    names_an_area = any(e.kind in ("country", "admin1") and not e.alternate for e in entries)
    focus = ctx.focus
    if (
        focus is not None
        and any(e.kind == "city" and (e.country, e.admin1) == (focus.country, focus.admin1) for e in entries)
        and any(e.kind == "admin1" for e in entries)
    ):
        # "New York" in a New York report: the city and the state are both local; the focus
        # cannot tell them apart, the usual priors do.
        ctx = replace(ctx, focus=None)
    scored = sorted(
        ((_score(e, cand, ctx, container, names_an_area), i, e) for i, e in enumerate(entries)),
        key=lambda t: (-t[0], t[1]),
    )
    best_score, _, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    evidence = [f"{len(entries)} candidates", f"margin {best_score - runner_up:.2f}"]
    if container:
        evidence.append(f"container {cand.container}")
    confidence = 1.0 / (1.0 + math.exp(-(best_score - runner_up)))
    return best, confidence, evidence


def _mention(
    doc: str,
    text: str,
    start: int,
    end: int,
    entry: GazetteerEntry,
    score: float,
    evidence: list[str],
    kind: PlaceKind = "toponym",
) -> PlaceMention:
    """A place record for a span resolved to a gazetteer entry."""
    return PlaceMention(
        doc=doc,
        text=text,
        start=start,
        end=end,
        name=entry.name,
        country=entry.country,
        admin1=None if kind == "demonym" else entry.admin1,
        lat=round(entry.lat, 5),
        lon=round(entry.lon, 5),
        precision=_PRECISION.get(entry.kind),
        gazetteer_id=entry.id,
        kind=kind,
        score=score,
        evidence=evidence,
    )


def _first_pass_context(
    candidates: Sequence[PlaceCandidate],
    demonyms: Sequence[DemonymMention],
    gazetteer: Gazetteer,
    cue: _CueOf,
) -> _Context:
    """Countries and admin1 areas of unambiguous names, demonyms and the dateline.

    A place inside an organisation's name ("Air Canada Cargo") is no context: the airline says
    nothing of where the report is (it made "London" London, Ontario).
    """
    ctx = _Context(countries=Counter(), admin1=Counter(), dateline_country=None)
    for dem in demonyms:
        iso3 = gazetteer.demonym(dem.text)
        if iso3:
            ctx.countries[iso3] += 1
    for cand in candidates:
        if cand.label == "EMBEDDED":
            continue
        entries = [e for e in _entries_for(gazetteer, cand) if _acceptable(cand, e, cues=cue(cand))]
        if entries and (len(entries) == 1 or entries[0].kind == "country"):
            first = entries[0]
            if first.country:
                ctx.countries[first.country] += 1
            if first.country and first.admin1:
                ctx.admin1[(first.country, first.admin1)] += 1
            if cand.in_dateline and first.country:
                ctx.dateline_country = first.country
    return ctx


def resolve_places(
    doc: str,
    candidates: Sequence[PlaceCandidate],
    demonyms: Sequence[DemonymMention],
    gazetteer: Gazetteer,
    cues: Mapping[tuple[int, int], frozenset[str]] | None = None,
    home: GazetteerEntry | None = None,
) -> list[PlaceMention]:
    """Resolve every candidate of one article; unresolvable candidates are dropped.

    `cues` names the context rules that fired for a candidate span (`nlp.places.candidate_cues`):
    a mention whose cues rule out the chosen place ("Steele said") is dropped. `home` is the
    outlet's home town (`focus.outlet_home`); with the dateline and the places first chosen it
    sets the report's local focus, which the final choice favours before population.
    """
    found_cues = cues or {}

    def cue(cand: PlaceCandidate) -> frozenset[str]:
        return found_cues.get((cand.start, cand.end), NO_CUES)

    # Pass 1: names that are unambiguous (one acceptable entry) or countries set the context.
    ctx = _first_pass_context(candidates, demonyms, gazetteer, cue)
    # Pass 2: choose for every distinct name with the context; one sense per discourse.
    chosen: dict[str, tuple[GazetteerEntry | None, float, list[str]]] = {}
    # Mentions with a container ("Nelson, BC") first: their sense is the best evidenced, and
    # the same name elsewhere in the article takes it.
    by_container: dict[str, tuple[GazetteerEntry | None, float, list[str]]] = {}
    for cand in candidates:
        if cand.container:
            key = normalise(_clean_name(cand.text)) + "|" + cand.container
            chosen[key] = _choose(gazetteer, cand, ctx, cue(cand))
            if chosen[key][0] is not None:
                by_container.setdefault(normalise(_clean_name(cand.text)), chosen[key])
    for key_name, sense in by_container.items():
        chosen.setdefault(key_name, sense)
    for cand in candidates:
        key = normalise(_clean_name(cand.text)) + ("|" + cand.container if cand.container else "")
        if key not in chosen:
            chosen[key] = _choose(gazetteer, cand, ctx, cue(cand))
            entry = chosen[key][0]
            if entry is not None and cand.in_dateline and entry.country and not ctx.dateline_country:
                ctx.dateline_country = entry.country
    _own_state_over_namesake(candidates, chosen, by_container, gazetteer, home)
    # Pass 3: the senses chosen above are context for each other ("BC" makes "Nelson" the
    # Canadian one); names without a container are chosen again with that fuller context.
    full, own = _chosen_context(candidates, chosen, ctx.dateline_country)
    # The peoples the report names still support a large town's English name ("killed two
    # Palestinians in Jenin"): they are no sense of the name, so they are not taken out with it.
    full.peoples.update(iso3 for dem in demonyms if (iso3 := gazetteer.demonym(dem.text)))
    signals = _focus_signals(candidates, chosen, home, gazetteer)
    # Each name is chosen once, with its best-evidenced mention (a model label over a weak one,
    # a locative preposition, a facility word).
    best: dict[str, PlaceCandidate] = {}
    for cand in candidates:
        key = normalise(_clean_name(cand.text))
        if cand.container or key in by_container:
            continue
        current = best.get(key)
        if current is None or _evidence_rank(cand, cue(cand)) > _evidence_rank(current, cue(current)):
            best[key] = cand
    for key, cand in best.items():
        # A name is not its own evidence: its first-pass sense is taken out of the context.
        own_ctx = own.get(key)
        others = replace(full, focus=_focus_without(signals, key))
        if own_ctx is not None:
            others = _Context(
                full.countries - own_ctx.countries,
                full.admin1 - own_ctx.admin1,
                full.dateline_country,
                others.focus,
                full.peoples,
            )
        chosen[key] = _choose(gazetteer, cand, others, cue(cand))
    _containers_agree(candidates, chosen, gazetteer)
    _follow_counties(chosen, gazetteer)
    return _mentions(doc, candidates, chosen, cue)


def _containers_agree(
    candidates: Sequence[PlaceCandidate],
    chosen: dict[str, tuple[GazetteerEntry | None, float, list[str]]],
    gazetteer: Gazetteer,
) -> None:
    """The container the model tagged as a place of its own names the area its town is in:
    "Georgia" in "Savannah, Georgia" is the state, not the country it is on its own, and the
    article's other "Georgia"s with it (one sense per discourse)."""
    for cand in candidates:
        if not cand.container:
            continue
        town = chosen.get(normalise(_clean_name(cand.text)) + "|" + cand.container, (None, 0.0, []))[0]
        if town is None or town.kind not in _CONTAINED_KINDS:
            continue
        text = cand.container.strip("()")
        after = next(
            (c for c in candidates if 0 < c.start - cand.end <= 3 and _clean_name(c.text) == _clean_name(text)), None
        )
        if after is None or after.container:
            continue
        key = normalise(_clean_name(after.text))
        current = chosen.get(key, (None, 0.0, []))
        if current[0] is not None and _holds(current[0], town):
            continue
        outer = next((o for o in container_entries(gazetteer, text) if _holds(o, town)), None)
        if outer is not None:
            chosen[key] = (outer, max(current[1], 0.5), [*current[2], f"container of {cand.text}"])


_CONTAINED_KINDS = frozenset({"city", "admin2", "facility"})


def _holds(outer: GazetteerEntry, town: GazetteerEntry) -> bool:
    """Whether an area is the town's country or its first-level area."""
    if outer.country != town.country:
        return False
    return outer.kind == "country" or (outer.kind == "admin1" and outer.name == town.admin1)


def _own_state_over_namesake(
    candidates: Sequence[PlaceCandidate],
    chosen: dict[str, tuple[GazetteerEntry | None, float, list[str]]],
    by_container: Mapping[str, tuple[GazetteerEntry | None, float, list[str]]],
    gazetteer: Gazetteer,
    home: GazetteerEntry | None,
) -> None:
    """A bare "Washington" in a report datelined in Washington state is the state, though the
    report also writes "Washington, D.C.": the qualified mention names the namesake only.

    The dateline and the outlet's home alone decide the report's own state here.
    """
    signals = [s for _, s in _focus_signals(candidates, chosen, home, gazetteer) if s.source in ("dateline", "home")]
    focus = local_focus(signals)
    if focus is None:
        return
    for name, (entry, confidence, evidence) in by_container.items():
        if entry is None or (entry.country, entry.admin1) == (focus.country, focus.admin1):
            continue
        state = [e for e in gazetteer.lookup(entry.name) if e.kind == "admin1" and e.country == focus.country]
        if any(e.name == focus.admin1 and normalise(e.name) == name for e in state):
            own = next(e for e in state if e.name == focus.admin1)
            kept = [e for e in evidence if not e.startswith("container ")]
            chosen[name] = (own, confidence, [*kept, "the report's own state"])


def _follow_counties(chosen: dict[str, tuple[GazetteerEntry | None, float, list[str]]], gazetteer: Gazetteer) -> None:
    """A bare name in an article that names "X County" is in that county: "the Suffolk Times"
    after "Suffolk County" is Suffolk County, New York, not the city of Suffolk, Virginia.

    The bare name becomes the county's town of that name if the county's state has one,
    else the county itself. "X City" follows "X County" the same way when X City lies in
    another state ("Suffolk City detectives" in a report on Suffolk County, New York).
    """
    for key, (entry, confidence, evidence) in list(chosen.items()):
        county = chosen.get(key.removesuffix(" city") + " county", (None, 0.0, []))[0]
        if entry is None or county is None or entry.kind != "city" or county.kind != "admin2":
            continue
        if (entry.country, entry.admin1) == (county.country, county.admin1):
            continue
        towns = [
            e
            for e in gazetteer.lookup(entry.name)
            if e.kind == "city" and (e.country, e.admin1) == (county.country, county.admin1)
        ]
        chosen[key] = (towns[0] if towns else county, confidence, [*evidence, f"in {county.name}"])


def _chosen_context(
    candidates: Sequence[PlaceCandidate],
    chosen: Mapping[str, tuple[GazetteerEntry | None, float, list[str]]],
    dateline_country: str | None,
) -> tuple[_Context, dict[str, _Context]]:
    """The context of every sense chosen so far, and each name's own share of it."""
    full = _Context(countries=Counter(), admin1=Counter(), dateline_country=dateline_country)
    own: dict[str, _Context] = {}
    for cand in candidates:
        key = normalise(_clean_name(cand.text)) + ("|" + cand.container if cand.container else "")
        entry = chosen[key][0]
        if entry is not None and entry.country and cand.label != "EMBEDDED":
            mine = own.setdefault(normalise(_clean_name(cand.text)), _Context(Counter(), Counter(), None))
            for target in (full, mine):
                target.countries[entry.country] += 1
                if entry.admin1:
                    target.admin1[(entry.country, entry.admin1)] += 1
    return full, own


def _mentions(
    doc: str,
    candidates: Sequence[PlaceCandidate],
    chosen: Mapping[str, tuple[GazetteerEntry | None, float, list[str]]],
    cue: _CueOf,
) -> list[PlaceMention]:
    """A place record per candidate with its name's sense, unless its own cues rule that out.

    A name that some mention shows to be a person's, a team's or a given name ("Notre Dame
    coach ...", "Notre Dame won") and that no mention puts on the map (a preposition of place,
    a container, a dateline) is that name in every mention: one sense per discourse. A city
    inside a person's full name ("Kobe Bryant") is not the city, whatever sense its name has.
    """
    named = _names_of_persons(candidates, chosen, cue)
    out: list[PlaceMention] = []
    for cand in candidates:
        key = normalise(_clean_name(cand.text)) + ("|" + cand.container if cand.container else "")
        entry, confidence, evidence = chosen[key]
        if entry is None or rejects(cue(cand), entry, cand.strong, SPEAKING_CITY_MIN_POPULATION):
            continue
        if normalise(_clean_name(cand.text)) in named:
            continue
        local = LOCAL_ORGANISATION in cue(cand)  # "Hamilton County Sheriff's Office" taken for a person
        if cand.label == EMBEDDED_IN_PERSON and entry.kind not in PERSON_NAME_PLACE_KINDS and not local:
            continue
        if OUTLET in cue(cand):
            evidence = [*evidence, OUTLET_EVIDENCE]  # "the Bangor Daily News": no event happens there
        elif PERSON_VERB in cue(cand):
            evidence = [*evidence, SPEAKER_EVIDENCE]  # "the Pentagon said": a source, not the scene
        elif OWNER in cue(cand):
            evidence = [*evidence, OWNER_EVIDENCE]  # "Iran's top general": whose, not where
        text, end = cand.text, cand.end
        if cand.facility_word is not None and entry.kind == "country" and text.endswith(cand.facility_word):
            text = text[: len(text) - len(cand.facility_word)].rstrip()  # "a US base": the country named
            end = cand.start + len(text)
        out.append(_mention(doc, text, cand.start, end, entry, round(confidence, 3), evidence))
    return out


def _names_of_persons(
    candidates: Sequence[PlaceCandidate],
    chosen: Mapping[str, tuple[GazetteerEntry | None, float, list[str]]],
    cue: _CueOf,
) -> frozenset[str]:
    """Names some mention rules out as a person's, team's or given name and none places (a
    preposition of place, a container, a dateline, a local agency named for the place)."""
    ruled_out: set[str] = set()
    placed: set[str] = set()
    for cand in candidates:
        name = normalise(_clean_name(cand.text))
        if cand.preposition in PLACE_PREPOSITIONS or cand.container or cand.in_dateline:
            placed.add(name)
        elif LOCAL_ORGANISATION in cue(cand):
            placed.add(name)  # "Crestview Police Department": a local agency names its own town
        entry = chosen[name + ("|" + cand.container if cand.container else "")][0]
        if entry is None or entry.feature == LANDMARK_FEATURE:
            continue  # a landmark is the same building whether or not one mention speaks for it
        rule = rejects(cue(cand), entry, cand.strong, SPEAKING_CITY_MIN_POPULATION)
        if rule in NAME_CUES:
            ruled_out.add(name)
    return frozenset(ruled_out - placed)


def _focus_signals(
    candidates: Sequence[PlaceCandidate],
    chosen: Mapping[str, tuple[GazetteerEntry | None, float, list[str]]],
    home: GazetteerEntry | None,
    gazetteer: Gazetteer | None = None,
) -> list[tuple[str, FocusSignal]]:
    """(name, signal) for each mention's first-chosen sense, its dateline and the outlet's home."""
    signals = [("", FocusSignal(home, HOME_WEIGHT, "home"))] if home is not None else []
    for cand in candidates:
        key = normalise(_clean_name(cand.text)) + ("|" + cand.container if cand.container else "")
        entry = chosen[key][0]
        if entry is not None:
            dateline = cand.in_dateline
            signal = FocusSignal(entry, DATELINE_WEIGHT if dateline else 1, "dateline" if dateline else "text")
            signals.append((normalise(_clean_name(cand.text)), signal))
        elif cand.in_dateline and cand.container and gazetteer is not None:
            # "CAMP MURRAY, Wash. -": the dateline's state, though the gazetteer lacks the town.
            for area in container_entries(gazetteer, cand.container.strip("()"))[:1]:
                signals.append((normalise(cand.container), FocusSignal(area, DATELINE_WEIGHT, "dateline")))
    return signals


def _focus_without(signals: Sequence[tuple[str, FocusSignal]], name: str) -> LocalFocus | None:
    """The local focus from every signal but the name's own: a name is not its own evidence."""
    return local_focus([signal for key, signal in signals if key != name])


def _evidence_rank(cand: PlaceCandidate, cues: frozenset[str]) -> tuple[bool, bool, bool, bool]:
    """How well a mention evidences its name: no person or organisation cue, a model place label,
    a facility word, a locative preposition."""
    unhindered = not (cues - {LOCAL_ORGANISATION})
    return (unhindered, cand.strong, cand.facility_word is not None, cand.preposition is not None)


def demonym_places(
    doc: str, demonyms: Sequence[DemonymMention], gazetteer: Gazetteer, taken: Sequence[PlaceMention] = ()
) -> list[PlaceMention]:
    """Demonyms as country-level place records (kind "demonym"), for users who ask for them.

    Not a demonym inside a place name already found ("Saudi" of "Saudi Arabia").
    """
    out: list[PlaceMention] = []
    for dem in demonyms:
        if any(m.start < dem.end and dem.start < m.end for m in taken):
            continue
        iso3 = gazetteer.demonym(dem.text)
        continent = continent_of_demonym(dem.text)  # "European": Europe
        place = gazetteer.country(iso3) if iso3 else gazetteer.region(continent) if continent else None
        if place is None:
            continue
        out.append(_mention(doc, dem.text, dem.start, dem.end, place, 1.0, [], kind="demonym"))
    return out


_WORD = re.compile(r"[\w'’.]+|,")


def _text_cues(text: str, start: int, end: int) -> frozenset[str]:
    """The context rules that fire for text[start:end], read off plain words around it."""
    before = [w.lower() for w in _WORD.findall(text[max(0, start - 40) : start])][-2:]
    following = _WORD.findall(text[end : end + 60])[:5]
    after = [w.lower().rstrip(".") if w.endswith(".") and len(w) > 2 else w.lower() for w in following]
    return cues_for(before, after, [w[:1].isupper() for w in following])


def _entry_of(mention: PlaceMention, gazetteer: Gazetteer | None) -> GazetteerEntry:
    """The gazetteer entry a mention was resolved to (its population needs the gazetteer)."""
    if gazetteer is not None and mention.name:
        for entry in gazetteer.lookup(mention.name):
            if entry.id == mention.gazetteer_id:
                return entry
    return GazetteerEntry(
        id=mention.gazetteer_id or "",
        name=mention.name or mention.text,
        kind=_KIND_OF_PRECISION.get(mention.precision or "", "city"),
        lat=mention.lat or 0.0,
        lon=mention.lon or 0.0,
        country=mention.country,
    )


def propagate_names(
    doc: str,
    text: str,
    mentions: list[PlaceMention],
    blocked: Sequence[tuple[int, int]] = (),
    gazetteer: Gazetteer | None = None,
    persons: Sequence[tuple[int, int]] = (),
) -> list[PlaceMention]:
    """One sense per discourse, for detection too: every other occurrence of a resolved name.

    The model misses or mislabels repeats ("in his hometown Kerman" after "in Kerman"), and a
    facility named once with its facility word ("Ain al-Asad airbase") is later named without
    it. Each capitalised resolved name (and a facility's name without the facility word) is
    searched as a whole word; occurrences no mention covers get the same resolution, unless
    they lie in a `blocked` span (a candidate the context rules ruled out), are a part of a
    person's name (`persons`: "Nelson" in "Nelson Mandela", though a whole name the model took
    for a person is still searched) or their own context rules the place out ("Nelson said").
    """
    covered = [(m.start, m.end) for m in mentions] + list(blocked)
    names: dict[str, PlaceMention] = {}
    for m in mentions:
        if m.kind != "toponym":
            continue
        name = _clean_name(m.text)
        name = name[4:] if name.lower().startswith("the ") else name
        for variant in {name, _FACILITY_SUFFIX.sub("", name)}:
            if len(variant) >= 3 and variant[0].isupper():
                names.setdefault(variant, m)
    added: list[PlaceMention] = []
    for name in sorted(names, key=len, reverse=True):
        source = names[name]
        entry = _entry_of(source, gazetteer)
        # Not after a hyphen ("anti-Russian"); before one, a compound's first part is the place
        # ("U.S.-led", "Beijing-based", "Armenia-Italy").
        for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?!\w|-\d)", text):
            start, end = match.span()
            if any(s < end and start < e for s, e in covered):
                continue
            if any(s <= start and end <= e and (s, e) != (start, end) for s, e in persons):
                continue
            cues = _text_cues(text, start, end)
            if cues and rejects(cues, entry, False, SPEAKING_CITY_MIN_POPULATION):
                continue
            covered.append((start, end))
            added.append(replace(source, text=name, start=start, end=end, evidence=["same name elsewhere"]))
    return sorted(mentions + added, key=lambda m: m.start)
