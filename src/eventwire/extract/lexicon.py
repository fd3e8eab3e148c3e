"""Trigger and actor lexicons: the data files that drive event extraction, validated on load."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from spacy.tokens import Token

from ..datafiles import read_json, read_jsonl, string_list
from ..errors import DataFileError
from .ontology import PLOVER_TYPES, load_ontology
from .victims import load_casualty_words
from .words import HYPHENS

TRIGGERS_FILE = "triggers.jsonl"
FRAMES_FILE = "frames.jsonl"  # hand-written nominal, light-verb and intent frames
PATTERNS_FILE = "patterns.jsonl"  # derived from PETRARCH2 by scripts/derive_patterns.py
# Hand-written files first: where a hand entry and a derived one are equally specific and of one
# type, the hand entry (with its modes by word and its flags) is used.
TRIGGER_FILES = (TRIGGERS_FILE, FRAMES_FILE, PATTERNS_FILE)
SECTORS_FILE = "actor_sectors.json"
ORGANISATIONS_FILE = "organisations.jsonl"
_TRIGGER_KEYS = {
    "id", "type", "pos", "lemmas", "mode", "objects", "particle", "preps", "modes_by_word", "light", "speech",
    "modes_by_modifier", "bare",
    "needs_quantity", "absorb", "subjects", "cameo", "prep_objects", "origin", "construction", "mandative",
    "predicates",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger entry of triggers.jsonl."""

    id: str
    type: str
    pos: Literal["VERB", "NOUN", "ADJ"]
    lemmas: frozenset[str]
    mode: str | None = None
    objects: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    # VERB: words of what the verb names its object as, the noun or its modifiers: "designated
    # the group a terrorist organisation", "declared the envoy persona non grata".
    predicates: frozenset[str] = frozenset()
    particle: str | None = None
    preps: frozenset[str] = frozenset()
    modes_by_word: dict[str, str] = field(default_factory=dict)
    # A modifier of the trigger noun or of its object that names the kind before the noun does:
    # "military aid", "financial assistance" (the aid noun alone reads as humanitarian).
    modes_by_modifier: dict[str, str] = field(default_factory=dict)
    light: bool = False
    speech: bool = False
    needs_quantity: bool = False
    absorb: bool = False
    cameo: str | None = None
    prep_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    origin: str = "hand"
    # VERB: only with a that-clause in the subjunctive or a 'preps' object: "insisted that the US
    # lift sanctions", "insisted on a withdrawal" (not "insisted it had not attacked", a claim).
    mandative: bool = False
    # VERB: only the bare verb, without a particle that makes it another one (event_words.json
    # `phrasal_particles`): "Rwanda backs the rebels", not "backed down" or "backed away".
    bare: bool = False
    # A named construction (extract/triggers.py) that codes a clause without a trigger word: "Russia
    # said Sudan must return the helicopter" (obligation_clause). Its lemmas are only the prefilter's
    # cue words ("must"); it is not looked up by lemma.
    construction: str | None = None

    @property
    def specificity(self) -> int:
        """How many constraints the entry adds to its lemma: the most specific match wins."""
        return (
            bool(self.objects) + bool(self.subjects) + bool(self.predicates) + (self.particle is not None)
            + bool(self.preps)
            + sum(1 + bool(words) for words in self.prep_objects.values())
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    """Triggers indexed by (lemma, pos)."""

    triggers: tuple[Trigger, ...]
    by_lemma: dict[tuple[str, str], tuple[Trigger, ...]]

    def candidates(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        """Triggers whose lemma and part of speech match a token."""
        return self.by_lemma.get((lemma, pos), ())

    def construction(self, name: str) -> Trigger | None:
        """The entry of a named construction, if a data file defines it."""
        return next((t for t in self.triggers if t.construction == name), None)


def _prep_objects(where: str, value: Any) -> dict[str, frozenset[str]]:
    if not isinstance(value, dict):
        raise DataFileError(f"{where}: 'prep_objects' must map prepositions to word lists")
    out: dict[str, frozenset[str]] = {}
    for prep, words in value.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise DataFileError(f"{where}: 'prep_objects' of {prep!r} must be a list of words")
        out[str(prep)] = _with_classes(f"{where}: 'prep_objects' of {prep!r}", words)
    return out


PEOPLE_CLASS = "@people"
"""A word class an entry's `objects` or `prep_objects` may name: any word that names people. "beat two suspected
thieves", "set a man ablaze", "released a British-Australian academic" need a person as object,
whichever noun names them, so the entry names the class instead of listing nouns."""


@cache
def people_words() -> frozenset[str]:
    """The words of `PEOPLE_CLASS`: casualty_words.json `person_nouns`, its personal pronouns and
    the one-word titles of actor_sectors.json ("minister", "general")."""
    words = load_casualty_words()
    pronouns = {w for w, kind in words.pronouns.items() if kind != "relative"}
    titles = {t for t in load_actor_lexicon().titles if " " not in t}
    return frozenset(words.person_nouns) | pronouns | titles


def names_people_or_a_side(word: str) -> bool:
    """Whether a lemma is a word for people or for a side: `people_words`, a head noun or a title
    of actor_sectors.json ("man", "police", "government", "minister"), not a thing ("law", "programme")."""
    lexicon = load_actor_lexicon()
    return word in people_words() or word in lexicon.head_nouns or word in lexicon.titles


PLACE_CLASS = "@place"
"""A word class an entry's `objects` may name: a named place ("overran Mosul", "recaptured Palmyra"), any
word the model tags a place (GPE, LOC, FAC). It is kept as the marker itself, which the trigger
matcher adds to an object's words when the object is a named place."""


NAMED_PERSON_CLASS = "@named_person"
"""A word class an entry's `objects` may name: a person by name, a word the model tags PERSON
("released Aung San Suu Kyi", "Iran freed Nazanin Zaghari-Ratcliffe"). Only for verbs whose
object is a captive whoever is named: "beat Federer" or "hit Biden over the economy" is no blow.
It is kept as the marker itself, as `PLACE_CLASS` is."""


MONEY_CLASS = "@money"
"""A word class an entry's `objects` may name: a sum of money, a word the model tags MONEY
("granted $15 million to Sudan", "pledged 50 million euros"). It is kept as the marker itself, as
`PLACE_CLASS` is."""


def _with_classes(where: str, listed: list[str]) -> frozenset[str]:
    """A word list with its word classes ("@people") replaced by their words; "@place",
    "@named_person" and "@money" stay the markers the matcher gives a named place, a named
    person or a sum of money."""
    classes = {w for w in listed if w.startswith("@")}
    known = {PEOPLE_CLASS, PLACE_CLASS, NAMED_PERSON_CLASS, MONEY_CLASS}
    if classes - known:
        raise DataFileError(f"{where}: unknown word class {sorted(classes - known)} (known: {sorted(known)})")
    people = people_words() if PEOPLE_CLASS in classes else frozenset()
    return frozenset(w for w in listed if w != PEOPLE_CLASS) | people


def _word_modes(where: str, row: dict[str, Any], key: str) -> dict[str, str]:
    value = row.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise DataFileError(f"{where}: {key!r} must map words to modes")
    return dict(value)


def _trigger(row: dict[str, Any], lineno: int, name: str = TRIGGERS_FILE) -> Trigger:
    where = f"{name} record {lineno}"
    unknown = set(row) - _TRIGGER_KEYS
    if unknown:
        raise DataFileError(f"{where}: unknown keys {sorted(unknown)}")
    if row.get("type") not in PLOVER_TYPES:
        raise DataFileError(f"{where}: type {row.get('type')!r} is not a PLOVER type")
    if row.get("pos") not in ("VERB", "NOUN", "ADJ"):
        raise DataFileError(f"{where}: pos must be VERB, NOUN or ADJ")
    ontology = load_ontology()
    modes = _word_modes(where, row, "modes_by_word")
    by_modifier = _word_modes(where, row, "modes_by_modifier")
    for mode in [row.get("mode"), *modes.values(), *by_modifier.values()]:
        if mode is not None and not ontology.is_mode(row["type"], mode):
            raise DataFileError(f"{where}: {mode!r} is not a mode of {row['type']} in ontology.json")
    return Trigger(
        id=str(row.get("id") or f"line{lineno}"),
        type=row["type"],
        pos=row["pos"],
        lemmas=frozenset(string_list(where, row.get("lemmas"), "lemmas")),
        mode=row.get("mode"),
        objects=_with_classes(where, string_list(where, row.get("objects", []), "objects")),
        subjects=frozenset(string_list(where, row["subjects"], "subjects") if "subjects" in row else []),
        predicates=frozenset(string_list(where, row["predicates"], "predicates") if "predicates" in row else []),
        particle=row.get("particle"),
        preps=frozenset(string_list(where, row["preps"], "preps")) if "preps" in row else frozenset(),
        modes_by_word=modes,
        modes_by_modifier=by_modifier,
        light=bool(row.get("light", False)),
        speech=bool(row.get("speech", False)),
        needs_quantity=bool(row.get("needs_quantity", False)),
        absorb=bool(row.get("absorb", False)),
        cameo=str(row["cameo"]) if row.get("cameo") is not None else None,
        prep_objects=_prep_objects(where, row["prep_objects"]) if "prep_objects" in row else {},
        origin=str(row.get("origin", "hand")),
        construction=str(row["construction"]) if row.get("construction") else None,
        bare=bool(row.get("bare", False)),
        mandative=bool(row.get("mandative", False)),
    )


@cache
def load_triggers() -> TriggerLexicon:
    """Load and validate the trigger files (hand-written first, then the derived patterns). A
    hand-written record's id is its own: one that repeats an earlier one is an editing slip (the
    derived patterns share ids by design, one per PETRARCH2 verb and code)."""
    triggers = tuple(
        _trigger(row, i, name) for name in TRIGGER_FILES for i, row in enumerate(read_jsonl(name), start=1)
    )
    seen: set[str] = set()
    for trig in triggers:
        if trig.origin == "petrarch2":
            continue
        if trig.id in seen:
            raise DataFileError(f"trigger id {trig.id!r} repeats an earlier hand-written record")
        seen.add(trig.id)
    index: dict[tuple[str, str], list[Trigger]] = {}
    for trig in triggers:
        for lemma in () if trig.construction else trig.lemmas:
            index.setdefault((lemma, trig.pos), []).append(trig)
    return TriggerLexicon(triggers, {k: tuple(v) for k, v in index.items()})


@dataclass(frozen=True, slots=True)
class Organisation:
    """A named organisation of organisations.jsonl."""

    name: str
    country: str | None
    sector: str
    state_run: bool = False


@dataclass(frozen=True, slots=True)
class Gathering:
    """actor_sectors.json `gathering_modifiers`: heads, the modifiers that make them a gathering,
    and the sector of the people gathered (and `civic_modifiers`: the modifiers that make a
    leader one of civil society's, not of a government)."""

    heads: frozenset[str]
    words: frozenset[str]
    sector: str
    venue_preps: frozenset[str] = frozenset()
    venue_determiners: frozenset[str] = frozenset()


def _gathering(raw: dict[str, Any], key: str = "gathering_modifiers") -> Gathering | None:
    section = raw.get(key)
    if section is None:
        return None
    where = f"{SECTORS_FILE}: {key}"
    if not isinstance(section, dict) or not isinstance(section.get("sector"), str):
        raise DataFileError(f"{where} must be an object with 'heads', 'words' and a 'sector'")
    return Gathering(
        frozenset(string_list(where, section.get("heads"), "heads")),
        frozenset(string_list(where, section.get("words"), "words")),
        section["sector"],
        frozenset(string_list(where, section.get("venue_preps", []), "venue_preps")),
        frozenset(string_list(where, section.get("venue_determiners", []), "venue_determiners")),
    )


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    """Sectors by head noun and title, collective nouns, and organisations by alias."""

    head_nouns: dict[str, str]
    titles: dict[str, str]
    collective_nouns: frozenset[str]
    location_nouns: frozenset[str]
    organisations: dict[str, Organisation]
    condition_heads: frozenset[str] = frozenset()
    act_heads: frozenset[str] = frozenset()
    state_media_modifiers: frozenset[str] = frozenset()
    police_context_heads: frozenset[str] = frozenset()
    machine_heads: frozenset[str] = frozenset()
    machine_kinds: frozenset[str] = frozenset()
    armed_modifiers: dict[str, str] = field(default_factory=dict)
    gathering: Gathering | None = None
    civic: Gathering | None = None
    generation_titles: frozenset[str] = frozenset()
    generation_letters: frozenset[str] = frozenset()

    def names_generation(self, tok: Token) -> bool:
        """Whether a title word starts the name of a generation ("Gen Z protesters", "Gen-Z
        activists"; actor_sectors.json `generation_labels`): people of an age, not a general."""
        if tok.lower_.rstrip(".") not in self.generation_titles:
            return False
        doc, i = tok.doc, tok.i + 1
        if i < len(doc) and doc[i].text in HYPHENS:
            i += 1
        return i < len(doc) and doc[i].lower_ in self.generation_letters

    def gathering_sector(self, head: str, modifiers: Iterable[str], prep: str | None = None) -> str | None:
        """The sector of a head noun that one of its modifiers makes a gathering of people ("a
        birthday party": civilians), or None (actor_sectors.json `gathering_modifiers`). So does
        the preposition it is the object of, with only an indefinite article ("shots rang out at a
        party"; `venue_preps`, `venue_determiners`)."""
        found = self.gathering
        if found is None or head not in found.heads:
            return None
        words = set(modifiers)
        venue = prep in found.venue_preps and bool(words) and words <= found.venue_determiners
        return found.sector if venue or not found.words.isdisjoint(words) else None

    def civic_sector(self, head: str, modifiers: Iterable[str]) -> str | None:
        """The sector of a leader whom a modifier makes one of civil society ("a social leader",
        "community leaders"; actor_sectors.json `civic_modifiers`), or None."""
        found = self.civic
        if found is None or head not in found.heads or found.words.isdisjoint(modifiers):
            return None
        return found.sector

    def organisation(self, text: str) -> Organisation | None:
        """The organisation an alias names ("Nato", "the IRGC"), if any."""
        key = text.strip()
        if key.lower().startswith("the "):
            key = key[4:]
        key = key.removesuffix("'s").removesuffix("'").strip()
        found = self.organisations.get(key) or self.organisations.get(key.lower())
        if found is None and key.startswith(_UN_SPELLED_OUT):
            # "the United Nations Security Council": the names list the short form ("UN Security Council")
            return self.organisation("UN " + key.removeprefix(_UN_SPELLED_OUT))
        return found


_UN_SPELLED_OUT = "United Nations "


def _str_map(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise DataFileError(f"{where} must map strings to strings")
    return dict(value)


@cache
def load_actor_lexicon() -> ActorLexicon:
    """Load and validate actor_sectors.json and organisations.jsonl."""
    raw = read_json(SECTORS_FILE)
    orgs: dict[str, Organisation] = {}
    for lineno, row in enumerate(read_jsonl(ORGANISATIONS_FILE), start=1):
        where = f"{ORGANISATIONS_FILE} record {lineno}"
        country = row.get("country")
        if not isinstance(row.get("name"), str) or not isinstance(row.get("sector"), str):
            raise DataFileError(f"{where}: needs 'name' and 'sector'")
        if country is not None and not (isinstance(country, str) and len(country) == 3 and country.isupper()):
            raise DataFileError(f"{where}: country must be ISO 3166-1 alpha-3 or null")
        if not isinstance(row.get("state_run", False), bool):
            raise DataFileError(f"{where}: state_run must be true or false")
        org = Organisation(row["name"], country, row["sector"], row.get("state_run", False))
        for alias in string_list(where, row.get("aliases"), "aliases"):
            # `organisation` looks names up without their article: "the European Union" is found
            # as "European Union".
            key = alias[4:] if alias.lower().startswith("the ") else alias
            orgs[key] = org
            orgs.setdefault(key.lower(), org)
    return ActorLexicon(
        head_nouns=_str_map(raw.get("head_nouns"), f"{SECTORS_FILE}: head_nouns"),
        titles=_str_map(raw.get("titles"), f"{SECTORS_FILE}: titles"),
        collective_nouns=frozenset(string_list(SECTORS_FILE, raw.get("collective_nouns"), "collective_nouns")),
        location_nouns=frozenset(string_list(SECTORS_FILE, raw.get("location_nouns"), "location_nouns")),
        condition_heads=frozenset(string_list(SECTORS_FILE, raw.get("condition_heads"), "condition_heads")),
        act_heads=frozenset(_section_words(raw, "act_heads")),
        state_media_modifiers=frozenset(_section_words(raw, "state_media_modifiers")),
        police_context_heads=frozenset(
            string_list(SECTORS_FILE, raw.get("police_context_heads"), "police_context_heads")
        ),
        machine_heads=frozenset(_machine_words(raw, "words")),
        machine_kinds=frozenset(_machine_words(raw, "kinds")),
        organisations=orgs,
        armed_modifiers=_str_map(_armed(raw), f"{SECTORS_FILE}: armed_modifiers.words"),
        gathering=_gathering(raw),
        civic=_gathering(raw, "civic_modifiers"),
        generation_titles=frozenset(_generation_words(raw, "titles")),
        generation_letters=frozenset(_generation_words(raw, "letters")),
    )


def _section_words(raw: dict[str, Any], key: str) -> list[str]:
    section = raw.get(key)
    if not isinstance(section, dict):
        raise DataFileError(f"{SECTORS_FILE}: {key} must be an object with 'words'")
    return string_list(SECTORS_FILE, section.get("words"), f"{key}.words")


def _generation_words(raw: dict[str, Any], key: str) -> list[str]:
    section = raw.get("generation_labels")
    if not isinstance(section, dict):
        raise DataFileError(f"{SECTORS_FILE}: generation_labels must be an object with 'titles' and 'letters'")
    return string_list(SECTORS_FILE, section.get(key), f"generation_labels.{key}")


def _machine_words(raw: dict[str, Any], key: str) -> list[str]:
    section = raw.get("machine_heads")
    if not isinstance(section, dict):
        raise DataFileError(f"{SECTORS_FILE}: machine_heads must be an object with 'words' and 'kinds'")
    return string_list(SECTORS_FILE, section.get(key), f"machine_heads.{key}")


def _armed(raw: dict[str, Any]) -> Any:
    section = raw.get("armed_modifiers", {})
    if not isinstance(section, dict):
        raise DataFileError(f"{SECTORS_FILE}: armed_modifiers must be an object with 'words'")
    return section.get("words", {})
