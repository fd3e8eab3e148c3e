"""Names of a facility (an airport, an airbase) as news text writes them, for the gazetteer build.

"Washington Dulles International Airport" is also "Dulles International Airport" and "Dulles
Airport"; "Baghdad International Airport" is "Baghdad airport". Pure functions of the name and
the airport's city (airportsdata), tested without building the gazetteer.
"""

from __future__ import annotations

import re

from eventwire.resolve.gazetteer import normalise

_INTERNATIONAL = re.compile(r"\s*\binternational\b", re.IGNORECASE)

# Words that say what kind of facility a name is, not which one, so "Ain al-Asad airbase" can
# reach "Al Asad Air Base" and "Waterkloof Air Force Base" is found by "Waterkloof".
FACILITY_GENERIC_WORDS = frozenset(
    {
        *("air", "base", "airbase", "airport", "international", "airfield", "field", "regional"),
        *("municipal", "the", "al", "el", "force", "aerodrome", "airstrip"),
    }
)


def facility_core(name: str) -> list[str]:
    """Distinct tokens of a facility name that say which facility it is (not "air base")."""
    tokens = [token for token in normalise(name).split() if token not in FACILITY_GENERIC_WORDS]
    return list(dict.fromkeys(tokens))


def facility_names(name: str, city: str, common: frozenset[str] = frozenset()) -> list[str]:
    """Every name a facility is written by: its own, without "International", "<city> airport",
    and without its leading city (`_names_without_city`); `common` as there."""
    names = [name, " ".join(_INTERNATIONAL.sub(" ", name).split())]
    lowered = normalise(name)
    if city and "airport" in lowered.split():
        if normalise(city) in lowered:
            names.append(f"{city} airport")
        if "international" in lowered.split():
            names.append(f"{city} International Airport")
    return names + _names_without_city(name, city, common)


# Words left after a city that name no facility of their own: "London City Airport" is not "City".
_NOT_A_FACILITY_CORE = frozenset({"city", "metropolitan", "county", "downtown", "executive", "national", "ntl", "intl"})
# A word in the names of more facilities than this says what kind of airport it is ("Community",
# "Regional", "Area"), not which one.
DISTINCTIVE_MAX_FACILITIES = 2


def _names_without_city(name: str, city: str, common: frozenset[str]) -> list[str]:
    """ "Washington Dulles International Airport" is written "Dulles International Airport" and
    "Dulles Airport"; "London Heathrow Airport" is "Heathrow Airport": a facility named after its
    city first is also named without it. Not when a word left is generic or `common`
    (in the names of many facilities: "West Branch Community Airport" is not "Community")."""
    words, city_words = name.split(), city.split()
    if (
        not city_words
        or len(words) <= len(city_words)
        or normalise(" ".join(words[: len(city_words)])) != normalise(city)
    ):
        return []
    rest = words[len(city_words) :]
    core = [w for w in rest if normalise(w) not in FACILITY_GENERIC_WORDS]
    if not core or any(normalise(w) in _NOT_A_FACILITY_CORE | common for w in core):
        return []
    # Not the bare core ("Heathrow"): every name feeds the entity ruler, and a bare word ("Love" of
    # Dallas Love Field) would become a facility wherever it is capitalised. The "X Airport" form
    # lets `Gazetteer.facilities_named_after_city` find the bare name the model tagged a facility.
    without = " ".join(_INTERNATIONAL.sub(" ", " ".join(rest)).split())
    return list(dict.fromkeys([" ".join(rest), without, f"{' '.join(core)} Airport"]))
