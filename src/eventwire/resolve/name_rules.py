"""When a name the gazetteer knows is not that place: context cues read off the words around it.

"Steele said" is a person, "Supreme Leader" a title, "Fars news agency" an organisation and
"the White House" a landmark, though Steele, Supreme, Fars and White House are all towns or
provinces somewhere. The cues come from `place_name_rules.json` (data, not code): words a
person does right after the name, titles right before it, heads that turn the name into a
title or a non-local organisation, and heads of organisations local to the place they name
("Manatee County Sheriff's Office", "Hollywood Police"), which make a small place credible.

Each cue is a named rule; a candidate carries the names of the rules that fired, and
`resolve.places` decides with them which gazetteer kinds the candidate may still resolve to.
Functions here take plain lower-cased words, so they are tested without a spaCy pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..datafiles import read_json, string_list
from ..errors import DataFileError
from ..records import GazetteerEntry

RULES_FILE = "place_name_rules.json"
# The rule names a candidate may carry.
PERSON_VERB = "person_verb"
PERSON_TITLE = "person_title"
PERSON_NAME = "person_name_elsewhere"
TITLE_HEAD = "title_head"
COURT_OF = "court_of"
NONLOCAL_ORGANISATION = "nonlocal_organisation"
LOCAL_ORGANISATION = "local_organisation"
STAFF_OF = "staff_of"
OUTLET = "outlet"
OWNER = "owner_of_person"
TEAM = "team_member"
STREET = "street_name"
NAMED = "named_as"
# A landmark that stands for the institution it houses: a party ("talks with the Kremlin") or
# one of a list of organisations ("the Pentagon, the State Department and the CIA").
PARTY_OF = "party_of"
AMONG_ORGANISATIONS = "among_organisations"
# The cues that make a landmark its institution, not a place; the first that fired is the reason.
INSTITUTION_CUES = (STAFF_OF, PERSON_VERB, PARTY_OF, AMONG_ORGANISATIONS)
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})
# How far after a possessive the person it owns may be named ("Iran's top military commander").
OWNED_WINDOW = 3
# The candidate label of a second-pass name coordinated with a place ("in Cushing and
# Friendship"): the coordination is evidence enough to read a word of place_stopwords.txt as a town.
COORDINATED = "COORDINATED"
# The candidate label of a town opening an organisation's name with a possessive ("Derry's
# Altnagelvin Hospital"): the organisation is there, so a town of some size is credible.
EMBEDDED_OWNER = "EMBEDDED_OWNER"
PERSON_CUES = frozenset({PERSON_VERB, PERSON_TITLE, PERSON_NAME})
# Cues that make a town's name someone's or something's name: a person, a team, a thing named so.
NAME_CUES = frozenset({PERSON_VERB, PERSON_TITLE, PERSON_NAME, TEAM, NAMED})
# Plural street heads that a coordinated name shares: "down Bourbon and Dauphine streets".
_PLURAL_STREETS = frozenset({"streets", "avenues", "roads"})
LANDMARK_FEATURE = "landmark"
# How far after the name an organisation's head may stand ("Queens Park Rangers").
HEAD_WINDOW = 3


@dataclass(frozen=True, slots=True)
class Landmark:
    """A named building or street that stands for an institution ("White House")."""

    name: str
    lat: float
    lon: float
    country: str
    admin1: str

    def entry(self) -> GazetteerEntry:
        """The landmark as a facility-level gazetteer entry."""
        slug = "-".join(self.name.lower().split())
        return GazetteerEntry(
            id=f"landmark:{slug}",
            name=self.name,
            kind="facility",
            lat=self.lat,
            lon=self.lon,
            country=self.country,
            admin1=self.admin1,
            feature=LANDMARK_FEATURE,
        )


@dataclass(frozen=True, slots=True)
class NameRules:
    """The cue lists of place_name_rules.json, as tuples of word tuples."""

    person_verbs: Phrases
    person_titles: frozenset[str]
    party_prepositions: frozenset[str]
    title_heads: Phrases
    capitalised_title_heads: frozenset[str]
    staff_nouns: Phrases
    nonlocal_heads: Phrases
    local_heads: Phrases
    outlet_heads: Phrases
    team_heads: Phrases
    street_heads: Phrases
    naming_words: frozenset[str]
    generic_area_words: frozenset[str]
    area_words: frozenset[str]
    settlement_words: frozenset[str]
    compass_words: frozenset[str]
    capital_words_not_places: frozenset[str]
    organisation_name_ends: frozenset[str]
    region_demonym_prefixes: frozenset[str]
    continent_demonyms: dict[str, str]  # lower-case adjective -> continent name ("european": "Europe")
    landmarks: dict[str, Landmark]


@dataclass(frozen=True, slots=True)
class Phrases:
    """Word sequences looked up by set membership, one probe per distinct length."""

    items: frozenset[tuple[str, ...]]
    lengths: tuple[int, ...]

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.items

    def starts(self, words: Sequence[str]) -> bool:
        """Whether `words` begins with one of the phrases."""
        return any(tuple(words[:n]) in self.items for n in self.lengths if n <= len(words))


def _phrases(values: list[str]) -> Phrases:
    items = frozenset(tuple(v.split()) for v in values)
    return Phrases(items, tuple(sorted({len(p) for p in items}, reverse=True)))


def _landmark(row: Any) -> Landmark:
    if not isinstance(row, dict):
        raise DataFileError(f"{RULES_FILE}: each landmark must be an object")
    try:
        landmark = Landmark(
            str(row["name"]), float(row["lat"]), float(row["lon"]), str(row["country"]), str(row["admin1"])
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"{RULES_FILE}: landmark {row!r}: {exc}") from exc
    if not (-90 <= landmark.lat <= 90 and -180 <= landmark.lon <= 180):
        raise DataFileError(f"{RULES_FILE}: landmark {landmark.name}: coordinates out of range")
    return landmark


@cache
def name_rules() -> NameRules:
    """The packaged rules, read and checked once."""
    data = read_json(RULES_FILE)

    def words(key: str) -> list[str]:
        values = string_list(RULES_FILE, data.get(key), key)
        if any(v != v.lower() for v in values):
            raise DataFileError(f"{RULES_FILE}: '{key}' entries must be lower case")
        return values

    continents = data.get("continent_demonyms")
    if not isinstance(continents, dict) or not continents:
        raise DataFileError(f"{RULES_FILE}: 'continent_demonyms' must be a non-empty object")
    if any(not isinstance(v, str) or k != k.lower() for k, v in continents.items()):
        raise DataFileError(f"{RULES_FILE}: 'continent_demonyms' maps lower-case words to continent names")
    landmarks = [_landmark(row) for row in data.get("landmarks", [])]
    if not landmarks:
        raise DataFileError(f"{RULES_FILE}: no landmarks")
    return NameRules(
        person_verbs=_phrases(words("person_verbs")),
        person_titles=frozenset(words("person_titles")),
        party_prepositions=frozenset(words("party_prepositions")),
        title_heads=_phrases(words("title_heads")),
        capitalised_title_heads=frozenset(words("capitalised_title_heads")),
        staff_nouns=_phrases(words("staff_nouns")),
        nonlocal_heads=_phrases(words("nonlocal_organisation_heads")),
        local_heads=_phrases(words("local_organisation_heads")),
        outlet_heads=_phrases(words("outlet_heads")),
        team_heads=_phrases(words("team_heads")),
        street_heads=_phrases(words("street_heads")),
        naming_words=frozenset(words("naming_words")),
        generic_area_words=frozenset(words("generic_area_words")),
        area_words=frozenset(words("area_words")),
        settlement_words=frozenset(words("settlement_words")),
        compass_words=frozenset(words("compass_words")),
        capital_words_not_places=frozenset(words("capital_words_not_places")),
        organisation_name_ends=frozenset(words("organisation_name_ends")),
        region_demonym_prefixes=frozenset(words("region_demonym_prefixes")),
        continent_demonyms={str(k): str(v) for k, v in continents.items()},
        landmarks={landmark_key(lm.name): lm for lm in landmarks},
    )


@cache
def local_head_words() -> frozenset[str]:
    """First words of local-organisation and outlet heads: a cheap test before any lookup."""
    rules = name_rules()
    return frozenset(p[0] for heads in (rules.local_heads, rules.outlet_heads) for p in heads.items)


def compass_name(name: str) -> bool:
    """Whether a name is only compass words and words of administration ("Central District",
    "North-West Province"): the word of administration does not say which country's."""
    rules = name_rules()
    words = name.lower().replace("-", " ").split()
    return bool(words) and all(w in rules.compass_words or w in rules.area_words for w in words)


def generic_area_name(name: str) -> bool:
    """Whether an area's name is only compass and area words ("Southern", "Central District")."""
    words = name.lower().replace("-", " ").split()
    return bool(words) and all(w in name_rules().generic_area_words for w in words)


def common_capital_word(word: str) -> bool:
    """Whether an all-capital word is more likely an English word or a first name than a place
    ("READING", "CHAD"): the capitals pass leaves it alone."""
    return word.lower() in name_rules().capital_words_not_places


def continent_of_demonym(word: str) -> str | None:
    """The continent a continent's adjective names ("European": "Europe"), if it is one."""
    return name_rules().continent_demonyms.get(word.lower())


def landmark_key(name: str) -> str:
    """Matching key of a landmark name: lower case, no leading "the", single spaces."""
    key = " ".join(name.lower().replace("é", "e").split())
    return key.removeprefix("the ")


def landmark(name: str) -> Landmark | None:
    """The landmark a name denotes ("the White House"), if it is one."""
    return name_rules().landmarks.get(landmark_key(name))


def _head_after(after: Sequence[str], after_is_name: Sequence[bool], phrases: Phrases) -> bool:
    """A head phrase right after the name, or after up to two more capitalised name words."""
    for offset in range(min(HEAD_WINDOW, len(after))):
        if phrases.starts(after[offset:]):
            return True
        if not (offset < len(after_is_name) and after_is_name[offset]):
            return False
    return False


def _owns_a_person(following: Sequence[str], titles: frozenset[str]) -> bool:
    """ "Iran's top general", "Kenya's interior minister": the place is whose the person is."""
    if following[:1] == [] or following[0] not in POSSESSIVE_MARKS:
        return False
    words = [w.rstrip(".") for w in following[1 : 1 + OWNED_WINDOW]]
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    return any(w in titles for w in [*words, *pairs])


def _names_a_street(following: Sequence[str], after_is_name: Sequence[bool], heads: Phrases) -> bool:
    """ "State Street", "Victoria St.", and the first of "Bourbon and Dauphine streets"."""
    words = [w.rstrip(".") for w in following]
    if heads.starts(words):
        return True
    coordinated = words[:1] in (["and"], ["&"]) and len(words) > 2 and any(after_is_name[1:2])
    return coordinated and words[2] in _PLURAL_STREETS


def cues_for(
    before: Sequence[str],
    after: Sequence[str],
    after_is_name: Sequence[bool] = (),
) -> frozenset[str]:
    """Names of the rules that fire for a name between `before` and `after` (lower-cased words).

    `before` ends with the word right before the name; `after` starts with the word right after
    it; `after_is_name[i]` says whether `after[i]` is a capitalised word of the same name.
    """
    rules = name_rules()
    cues: set[str] = set()
    following = list(after)
    if following[:1] == [","] and following[1:2] == ["who"]:
        following = following[1:]  # "Barry, who was from Dewsbury"
    if rules.person_verbs.starts(following):
        cues.add(PERSON_VERB)
    previous = [w.rstrip(".") for w in before[-2:]]
    if previous and (previous[-1] in rules.person_titles or " ".join(previous) in rules.person_titles):
        cues.add(PERSON_TITLE)
    party = [w for w in previous if w != "the"]
    if party and party[-1] in rules.party_prepositions:
        cues.add(PARTY_OF)
    if previous and (previous[-1] in rules.naming_words or " ".join(previous) in rules.naming_words):
        cues.add(NAMED)
    lower_head = bool(after_is_name) and not after_is_name[0]
    if following[:1] and following[0] in rules.capitalised_title_heads and lower_head:
        cues.add(COURT_OF)  # "a Manila court": the place's court, no title
    elif rules.title_heads.starts(following):
        cues.add(TITLE_HEAD)
    if rules.team_heads.starts(following):
        cues.add(TEAM)
    if _names_a_street(following, after_is_name, rules.street_heads):
        cues.add(STREET)
    if rules.staff_nouns.starts(following):
        cues.add(STAFF_OF)
    if _owns_a_person(following, rules.person_titles):
        cues.add(OWNER)
    if _head_after(following, after_is_name, rules.nonlocal_heads):
        cues.add(NONLOCAL_ORGANISATION)
    elif _head_after(following, after_is_name, rules.local_heads):
        cues.add(LOCAL_ORGANISATION)
    elif any(after_is_name[:1]) and _head_after(following, after_is_name, rules.outlet_heads):
        # "the Bangor Daily News", "The Grand Rapids Press": a local outlet names its home town.
        cues |= {LOCAL_ORGANISATION, OUTLET}
    return frozenset(cues)


def rejects(cues: frozenset[str], entry: GazetteerEntry, strong_label: bool, big_city: int) -> str | None:
    """The name of the rule that rules `entry` out for a candidate with `cues`, or None.

    A country survives every cue ("China News Agency" names China). A person's cue rules out
    towns and counties; a person named elsewhere in the article ("Paul Francis Floyd" makes a
    later "Floyd" him) rules out everything but countries. A title or non-local organisation
    head rules out all but countries (a title head spares admin1 areas). A landmark survives
    everything but the cues that make it the institution it houses (`INSTITUTION_CUES`: "White
    House aides", "the Kremlin said", "talks with the Kremlin"). A street head after the name
    ("Victoria St.") rules out everything; a naming word before it ("a street called Lafayette")
    all but countries; a team head ("Notre Dame coach") and a list of organisations ("Exxon Mobil,
    Smithfield and General Motors") what a person's cue rules out.
    """
    if entry.feature == LANDMARK_FEATURE:
        # "White House aides", "the Kremlin said", "talks with the Kremlin": the institution the
        # landmark houses, not the building; "returned to the White House" is the building.
        return next((cue for cue in INSTITUTION_CUES if cue in cues), None)
    if STREET in cues:
        return STREET  # "Victoria St." is a street, wherever Victoria is
    if entry.kind in ("country", "region"):
        return None
    if PERSON_NAME in cues:
        return PERSON_NAME
    if TITLE_HEAD in cues and entry.kind != "admin1":
        return TITLE_HEAD  # "Supreme Court", "Supreme Leader"; but "Iowa Court of Appeals" is Iowa's
    if NONLOCAL_ORGANISATION in cues:
        return NONLOCAL_ORGANISATION
    if NAMED in cues:
        return NAMED  # "the street was later called Lafayette": a name given, not a place meant
    if AMONG_ORGANISATIONS in cues and entry.kind in ("city", "admin2") and entry.population < big_city:
        return AMONG_ORGANISATIONS  # "Exxon Mobil, Smithfield and General Motors": a company
    for cue in (PERSON_VERB, PERSON_TITLE, TEAM):
        if cue not in cues:
            continue
        if entry.kind == "admin1" and strong_label:
            continue
        if entry.kind == "city" and (entry.population >= big_city or entry.feature == "PPLC"):
            continue  # "Moscow said", "Liverpool said": a government or a club, named by its city
        return cue
    return None
