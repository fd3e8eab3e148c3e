"""Who was hurt or killed in a sentence: victim statements read off the parse.

A statement names the people an outcome befell and that outcome: "a man and a woman were
shot" (two victims, injured), "the 19-year-old died" (one, killed), "officers shot and killed a
wanted man", "left a man dead and a juvenile wounded", "the victim was taken to a hospital in
critical condition", "the death of Jane Roe", "no one was hurt" (an explicit zero). Each
victim phrase says how many people it names and how it refers to them (a new "a man", the
known "the victim" / "he" / a name, "another man", "one of the victims"), so that
`casualties.IncidentTally` can tie them across sentences. The words are data
(casualty_words.json).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from spacy.tokens import Doc, Span, Token

from ..datafiles import read_json, string_list
from ..errors import DataFileError
from ..nlp.doctext import span_text
from .numbers import Quantity, find_quantities, parse_quantity
from .role_words import load_role_words

DATA_FILE = "casualty_words.json"

Outcome = Literal["killed", "injured", "unhurt"]
Reference = Literal["new", "known", "named", "additive", "partitive", "pronoun"]
_OUTCOMES: dict[str, Outcome] = {"killed": "killed", "injured": "injured"}
SEVERITY: dict[str, int] = {"unhurt": 0, "injured": 1, "killed": 2}
# Words that stand alone for one person more than those counted: "killed one and wounded another",
# "one man was shot and a second was grazed".
_ADDING_ALONE = frozenset({"another", "other", "second"})
_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those", "both", "all", "each"})
_NOT_NAME = frozenset({"conj", "cc", "appos", "relcl", "acl", "prep", "punct"})
_CLOCK = re.compile(r"\b(\d{1,2}:\d\d)\s*([ap])\.?m\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")  # the letters of a name key's words ("dalton" of "dalton,43")
_YEAR_IN = re.compile(r"\bin (?:the )?(?:19|20)\d\d\b")  # "killed in 1997", "in the 1997 shooting"
_MONTH_YEAR = re.compile(r"\bin (?=[a-z]+\.?,? (?:of )?(?:19|20)\d\d\b)")  # "in august of 2010": month checked apart
_IN_MONTH = re.compile(r"\bin ([a-z]{3,9})\b(?!\.? \d)")  # "in november": the word checked apart
_MONTH_DAY = re.compile(r"\b([a-z]{3,9})\.? \d{1,2}\b(?![:\d])")  # "jan. 21": the word checked apart
_YEAR = re.compile(r"\s+(?:19|20)\d\d\b")  # " 2011" after an opener ("In 2011, ...")
_AGE = re.compile(r"(\d{1,3})\s*-?\s*years?\s*-?\s*old", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb whose object or passive subject is a victim."""

    outcome: Outcome
    hits: frozenset[str]
    results: frozenset[str] = frozenset()  # the verb hurts only with one of these beside it ("burned alive")
    fatal_particles: frozenset[str] = frozenset()  # the verb kills with one of these ("gunned down")
    harmless_particles: frozenset[str] = frozenset()  # the verb hurts nobody with one ("shot down a drone")


@dataclass(frozen=True, slots=True)
class CasualtyWords:
    """The lexicon of casualty_words.json, validated."""

    verbs: dict[str, VerbEntry]
    dying_verbs: frozenset[str]
    failed_survival: frozenset[str]
    living_hurt: frozenset[str]
    victim_compounds: dict[str, Outcome]
    state_verbs: frozenset[str]
    outcome_adjectives: dict[str, Outcome]
    fatal_modifiers: frozenset[str]
    fatal_settings: frozenset[str]
    nonfatal_modifiers: frozenset[str]
    condition_adjectives: frozenset[str]
    treatment_verbs: frozenset[str]
    treatment_places: frozenset[str]
    recovery_verbs: frozenset[str]
    wound_nouns: frozenset[str]
    owned_wounds: frozenset[str]
    death_nouns: dict[str, Outcome]
    unhurt_words: frozenset[str]
    name_affixes: frozenset[str]
    additive_words: frozenset[str]
    member_preps: frozenset[str]
    group_members: frozenset[str]
    additive_adverbs: frozenset[str]
    person_nouns: dict[str, str]
    tally_verbs: frozenset[str]
    tally_nouns: frozenset[str]
    sizes: dict[str, int]
    modifier_sizes: dict[str, int]
    fatal_charges: frozenset[str]
    police_nouns: frozenset[str]
    offender_nouns: frozenset[str]
    bystander_nouns: frozenset[str]
    pronouns: dict[str, str]
    statistics_phrases: tuple[str, ...]
    separate_phrases: tuple[str, ...]
    weapon_modes: frozenset[str]
    near_miss_modifiers: frozenset[str]
    hand_modes: frozenset[str]
    violence_words: frozenset[str]
    intent_heads: frozenset[str]
    intent_modifiers: frozenset[str]
    open_marks: frozenset[str]
    animal_nouns: frozenset[str]
    address_nouns: frozenset[str]
    incident_nouns: frozenset[str]
    several_words: frozenset[str]
    life_verbs: frozenset[str]
    losing_verbs: frozenset[str]
    firing_verbs: frozenset[str]
    found_participles: dict[str, Outcome]
    custody_words: frozenset[str]
    precaution_words: frozenset[str]
    ordinal_words: frozenset[str]
    ordinal_numbers: dict[str, int]
    no_count_determiners: frozenset[str]
    roundup_nouns: frozenset[str]
    order_heads: frozenset[str]
    doubt_heads: frozenset[str]
    uncertain_adjectives: frozenset[str]
    place_nouns: frozenset[str]
    furniture_marks: tuple[str, ...]
    month_openers: tuple[str, ...]
    month_words: frozenset[str]
    turn_verbs: frozenset[str]
    turned_weapons: frozenset[str]
    year_openers: tuple[str, ...]
    negation_words: frozenset[str]
    blanket_zero_phrases: frozenset[str]
    blanket_zero_next: frozenset[str]
    blanket_zero_nouns: frozenset[str]


def _section(raw: dict[str, Any], key: str) -> dict[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise DataFileError(f"{DATA_FILE}: '{key}' must be an object")
    return value


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in string_list(DATA_FILE, raw.get(key), key))


def _phrases(raw: dict[str, Any], section: str, key: str) -> tuple[str, ...]:
    """A list of phrases of a section, as written (case kept: "Now Playing" marks page furniture)."""
    return tuple(string_list(DATA_FILE, _section(raw, section).get(key), key))


def _outcome(value: object, where: str) -> Outcome:
    if not isinstance(value, str) or value not in _OUTCOMES:
        raise DataFileError(f"{DATA_FILE}: {where}: outcome must be 'killed' or 'injured'")
    return _OUTCOMES[value]


def _verbs(raw: dict[str, Any]) -> dict[str, VerbEntry]:
    entries = _section(raw, "verbs").get("entries")
    if not isinstance(entries, list) or not entries:
        raise DataFileError(f"{DATA_FILE}: 'verbs.entries' must be a non-empty list")
    verbs: dict[str, VerbEntry] = {}
    for row in entries:
        lemma = row.get("lemma") if isinstance(row, dict) else None
        if not isinstance(lemma, str) or not lemma:
            raise DataFileError(f"{DATA_FILE}: each verb entry needs a 'lemma'")
        hits = frozenset(string_list(DATA_FILE, row.get("hits", ["-"]), f"verbs {lemma} hits")) - {"-"}
        results = frozenset(string_list(DATA_FILE, row.get("results", ["-"]), f"verbs {lemma} results")) - {"-"}
        fatal = frozenset(string_list(DATA_FILE, row.get("fatal_particles", ["-"]), f"verbs {lemma} fatal")) - {"-"}
        harmless = frozenset(
            string_list(DATA_FILE, row.get("harmless_particles", ["-"]), f"verbs {lemma} harmless")
        ) - {"-"}
        outcome = _outcome(row.get("outcome"), f"verb {lemma!r}")
        verbs[lemma.lower()] = VerbEntry(outcome, hits, results, fatal, harmless)
    return verbs


def _str_map(raw: dict[str, Any], key: str) -> dict[str, str]:
    value = raw.get(key)
    if not isinstance(value, dict) or not all(isinstance(v, str) for k, v in value.items() if k != "comment"):
        raise DataFileError(f"{DATA_FILE}: '{key}' must be an object of strings")
    return {k.lower(): v for k, v in value.items() if k != "comment"}


def _death_nouns(section: dict[str, Any]) -> dict[str, Outcome]:
    nouns: dict[str, Outcome] = {}
    for outcome in ("injured", "killed"):
        for word in _words(section, outcome):
            nouns[word] = _outcome(outcome, "death_nouns")
    return nouns


def _sizes(persons: dict[str, Any], key: str) -> dict[str, int]:
    sizes = persons.get(key)
    if not isinstance(sizes, dict) or not all(type(v) is int and v > 0 for v in sizes.values()):
        raise DataFileError(f"{DATA_FILE}: 'person_nouns.{key}' must map words to positive integers")
    return {k.lower(): v for k, v in sizes.items()}


@cache
def load_casualty_words() -> CasualtyWords:
    """Load and validate casualty_words.json (once)."""
    raw = read_json(DATA_FILE)
    deaths = _section(raw, "death_nouns")
    persons = _section(raw, "person_nouns")
    sizes = _sizes(persons, "sizes")
    modifier_sizes = _sizes(persons, "modifier_sizes")
    treatment = _section(raw, "treatment_verbs")
    return CasualtyWords(
        verbs=_verbs(raw),
        dying_verbs=_words(raw, "dying_verbs"),
        failed_survival=_words(_section(raw, "failed_survival"), "lemmas"),
        living_hurt=_words(_section(raw, "living_hurt"), "lemmas"),
        victim_compounds={
            w: _outcome(o, f"victim_compounds {w!r}")
            for w, o in _str_map(_section(raw, "victim_compounds"), "words").items()
        },
        state_verbs=_words(_section(raw, "state_verbs"), "lemmas"),
        outcome_adjectives={
            w: _outcome(o, f"outcome_adjectives {w!r}") for w, o in _str_map(raw, "outcome_adjectives").items()
        },
        fatal_modifiers=_words(raw, "fatal_modifiers"),
        fatal_settings=_words(raw, "fatal_settings"),
        nonfatal_modifiers=_words(raw, "nonfatal_modifiers"),
        condition_adjectives=_words(_section(raw, "conditions"), "adjectives"),
        treatment_verbs=_words(treatment, "lemmas"),
        treatment_places=_words(treatment, "places"),
        recovery_verbs=_words(treatment, "recovering"),
        wound_nouns=_words(treatment, "wounds"),
        owned_wounds=_words(treatment, "owned_wounds"),
        death_nouns=_death_nouns(deaths),
        unhurt_words=_words(raw, "unhurt_words"),
        name_affixes=_words(raw, "name_affixes"),
        additive_words=_words(raw, "additive_words"),
        member_preps=_words(_section(raw, "member_preps"), "words"),
        group_members=_words(persons, "group_members"),
        additive_adverbs=_words(_section(raw, "additive_adverbs"), "words"),
        person_nouns=_str_map(persons, "nouns"),
        tally_verbs=_words(_section(raw, "tally_words"), "verbs"),
        tally_nouns=_words(_section(raw, "tally_words"), "nouns"),
        sizes=sizes,
        modifier_sizes=modifier_sizes,
        fatal_charges=_words(_section(raw, "fatal_charges"), "words"),
        police_nouns=_words(raw, "police_nouns"),
        offender_nouns=_words(raw, "offender_nouns"),
        bystander_nouns=_words(raw, "bystander_nouns"),
        pronouns=_str_map(raw, "pronouns"),
        statistics_phrases=_phrases(raw, "statistics_words", "phrases"),
        separate_phrases=_phrases(raw, "separate_incident_words", "phrases"),
        weapon_modes=_words(_section(raw, "weapon_modes"), "modes"),
        near_miss_modifiers=_words(raw, "near_miss_modifiers"),
        hand_modes=_words(_section(raw, "weapon_modes"), "hand_modes"),
        violence_words=_words(_section(raw, "violence_words"), "lemmas"),
        intent_heads=_words(_section(raw, "intent_words"), "heads"),
        intent_modifiers=_words(_section(raw, "intent_words"), "modifiers"),
        open_marks=_words(_section(raw, "intent_words"), "marks"),
        animal_nouns=_words(_section(raw, "animal_nouns"), "lemmas"),
        address_nouns=_words(_section(raw, "address_nouns"), "lemmas"),
        incident_nouns=_words(_section(raw, "statistics_words"), "incident_nouns"),
        several_words=_words(_section(raw, "statistics_words"), "several_words"),
        life_verbs=_words(_section(raw, "life_verbs"), "lemmas"),
        losing_verbs=_words(_section(raw, "life_verbs"), "losing_verbs"),
        firing_verbs=_words(_section(raw, "firing_verbs"), "lemmas"),
        found_participles=_death_nouns(_section(raw, "found_participles")),
        custody_words=_words(treatment, "custody_words"),
        precaution_words=_words(treatment, "precaution_words"),
        ordinal_words=_words(_section(raw, "ordinal_words"), "words"),
        ordinal_numbers={
            w: n for n, w in enumerate(string_list(DATA_FILE, _section(raw, "ordinal_words").get("words"), "words"), 1)
        },
        no_count_determiners=_words(_section(raw, "no_count_determiners"), "words"),
        roundup_nouns=_words(_section(raw, "statistics_words"), "roundup_nouns"),
        furniture_marks=_phrases(raw, "page_furniture", "marks"),
        year_openers=_phrases(raw, "separate_incident_words", "year_openers"),
        turn_verbs=_words(_section(raw, "life_verbs"), "turn_verbs"),
        turned_weapons=_words(_section(raw, "life_verbs"), "weapons"),
        month_openers=_phrases(raw, "separate_incident_words", "month_openers"),
        month_words=frozenset(_phrases(raw, "separate_incident_words", "month_words")),
        place_nouns=_words(_section(raw, "separate_incident_words"), "place_nouns"),
        order_heads=_words(_section(raw, "intent_words"), "order_heads"),
        doubt_heads=_words(_section(raw, "intent_words"), "doubt_heads"),
        uncertain_adjectives=_words(_section(raw, "intent_words"), "uncertain_adjectives"),
        negation_words=_words(_section(raw, "intent_words"), "negation_words"),
        blanket_zero_phrases=_words(_section(raw, "blanket_zeros"), "phrases"),
        blanket_zero_next=_words(_section(raw, "blanket_zeros"), "next_words"),
        blanket_zero_nouns=_words(_section(raw, "blanket_zeros"), "nouns"),
    )


# --- records ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Victim:
    """One victim phrase: how many people it names and how it refers to them."""

    text: str
    start: int
    end: int
    count: int | None  # None: a plural that does not say how many ("the victims", "they")
    reference: Reference
    gender: str = ""
    age: int | None = None
    name: str | None = None
    police: bool = False
    quantity: Quantity | None = None
    noun: str = ""
    offender: bool = False
    bystander: bool = False  # named by a part no offender plays ("a guard", "a clerk")
    conjunct: bool = False  # coordinated after another person ("a woman" in "Dale Pruitt and a woman")
    kin: bool = False  # owned by someone ("her husband", "the councillor's bodyguard"): not that someone
    added: bool = False  # brought in with "also" ("the shooting also injured a man"): maybe one more
    ordinal: int | None = None  # "a third man": at least this many people were counted with him
    # the subject of a clause joined to another clause of violence ("a man was killed ..., and a
    # neighbor was wounded"): someone else than the other clause's victims, however far apart
    own_clause: bool = False
    # hurt by a word for an offender ("a gunman ... killing two people"), or by the police ("he was
    # fatally shot by a deputy"): a gunman is none of his own victims, and the man police shoot
    # after a gunman's killings is the gunman
    by_offender: bool = False
    by_police: bool = False


@dataclass(slots=True)
class VictimStatement:
    """An outcome said of victims in one sentence ("the man died"); zero: "no one was hurt"."""

    outcome: Outcome
    victims: list[Victim]
    anchor: Token
    zero: bool = False
    zero_text: str = ""
    zero_span: tuple[int, int] = (0, 0)
    rules: list[str] = field(default_factory=list)


# --- reading a victim phrase -----------------------------------------------------------------


def _counted_nation(head: Token) -> bool:
    """ "two Palestinians", "three Afghans": people counted by their nation's plural name."""
    return head.ent_type_ == "NORP" and head.tag_ in {"NNPS", "NNS"} and any(c.dep_ == "nummod" for c in head.children)


def _count_of(head: Token, lex: CasualtyWords) -> tuple[int | None, Quantity | None]:
    common = head.lower_ in lex.person_nouns or head.lemma_.lower() in lex.person_nouns or head.lower_ in lex.sizes
    common = common or _counted_nation(head)
    if (head.pos_ == "PROPN" or head.ent_type_ == "PERSON") and not common:
        return 1, None  # "32 year-old Jane Roe": a name is one person, its numbers an age or a year
    for child in head.children:
        if _age_or_year(child):
            continue  # "a 32 year-old man" read with the age on the noun
        if child.dep_ == "nummod" or (child.dep_ == "quantmod" and child.like_num):
            # "another 40 people": the count without the word that adds it
            words = [w for w in child.subtree if w.i >= child.i or w.lower_ not in _ADDING_ALONE]
            text = head.doc[words[0].i : words[-1].i + 1].text
            quantity = parse_quantity(text)
            if quantity is not None and isinstance(quantity.value, int):
                return quantity.value, quantity
    for child in head.children:
        if child.lower_ in lex.sizes and child.dep_ in {"det", "predet", "amod", "nummod"}:
            return lex.sizes[child.lower_], None
    if head.lower_ in lex.sizes:
        return lex.sizes[head.lower_], None
    plural = head.tag_ in {"NNS", "NNPS"} or head.lower_ in {"people", "men", "women", "children"}
    for child in head.children:
        if plural and child.lower_ in lex.modifier_sizes and child.dep_ in {"amod", "compound"}:
            return lex.modifier_sizes[child.lower_], None  # "twin brothers"
    if head.lemma_.lower() == "family":
        # "a family of five"
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in prep.children:
                quantity = parse_quantity(obj.text)
                if quantity is not None and isinstance(quantity.value, int):
                    return quantity.value, quantity
    return (None if plural else 1), None


def _age_or_year(number: Token) -> bool:
    """ "32" of "32 year-old", "2019" of "Copyright 2019": a number that counts no people."""
    doc = number.doc
    after = doc[number.i + 1].lower_ if number.i + 1 < len(doc) else ""
    if after.startswith("year"):
        return True
    text = number.text
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099


def _age_of(head: Token) -> int | None:
    phrase = head.doc[head.left_edge.i : head.i + 1].text
    found = _AGE.search(phrase)
    if found:
        return int(found.group(1))
    for child in head.children:
        if child.dep_ == "appos" and child.like_num and child.text.isdigit() and 0 < int(child.text) < 120:
            return int(child.text)  # "Jane Roe, 26,"
    return None


def _is_person(head: Token, lex: CasualtyWords) -> bool:
    lower, lemma = head.lower_, head.lemma_.lower()
    if head.ent_type_ == "PERSON" and lower not in lex.person_nouns:
        return True  # a name, even where the tagger calls it a noun
    if lower in lex.person_nouns or lemma in lex.person_nouns:
        return not (lemma == "old" and head.i > 0 and "year" not in head.doc[max(0, head.i - 3) : head.i].text)
    if _counted_nation(head):
        return True
    if head.pos_ == "PROPN":
        if lower in lex.outcome_adjectives or lower in lex.verbs or lower in lex.death_nouns:
            return False  # "Man Shot Dead Outside Gym": a headline's capitalised outcome word
        # A name: the model's PERSON, a name given an age ("Jane Roe, 26,"), or a name the model
        # gives no type at all, as it often does a surname alone ("Roe was pronounced dead").
        return (
            head.ent_type_ in {"PERSON", ""}
            or any(c.dep_ == "appos" and c.like_num for c in head.children)
            or _named_elsewhere(head)
        )
    return lower in lex.sizes


def _is_animal(head: Token, lex: CasualtyWords) -> bool:
    """ "the dog", "a pit bull", "Rex, a 7-year-old terrier": an animal, not a person; so is a
    name the report gave an animal ("killed two family pets, Mick and Remy ... killing Mick")."""
    words = [head] + [c for c in head.children if c.dep_ in {"appos", "compound"}]
    if head.lemma_.lower() in lex.person_nouns or head.lower_ in lex.person_nouns:
        words = [head]  # "a cattle thief", "a dog walker": a person named by the animals he deals with
    if any(w.lemma_.lower() in lex.animal_nouns or w.lower_ in lex.animal_nouns for w in words):
        return True
    return head.pos_ == "PROPN" and head.text in _animal_names(head.doc, lex)


def _animal_names(doc: Doc, lex: CasualtyWords) -> frozenset[str]:
    """Names set in apposition to an animal noun, with their conjuncts ("pets, Mick and Remy")."""
    names: set[str] = set()
    for tok in doc:
        if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.head.lemma_.lower() in lex.animal_nouns:
            names.update(t.text for t in [tok, *tok.conjuncts] if t.pos_ == "PROPN")
    return frozenset(names)


def _named_elsewhere(head: Token) -> bool:
    """ "... 60-year-old Cesar Brito ... shot Brito": a word the report names a person with,
    where the model gives this mention another type."""
    if head.ent_type_ == "ORG":
        return False  # "WTVM reported": an outlet or an agency the model also took for a person
    return any(ent.label_ == "PERSON" and head.text in ent.text.split() for ent in head.doc.ents)


def _reference(head: Token, lex: CasualtyWords) -> Reference:
    children = list(head.children)
    if head.lower_ in lex.additive_words or head.lower_ == "others":
        return "additive"  # "two others were injured", "one man dead and another wounded"
    added = [c for c in children if c.lower_ in lex.additive_words and c.dep_ in {"det", "amod", "advmod", "nummod"}]
    # "another 40 people", read with "another" on the number
    added += [g for c in children if c.dep_ == "nummod" for g in c.children
              if g.lower_ in lex.additive_words and g.i < c.i and g.dep_ in {"det", "quantmod", "advmod"}]  # fmt: skip
    if added:
        definite = any(c.lower_ in _DEFINITE_DETS or c.dep_ == "poss" for c in children)
        if definite:
            return "known"
        # "a second man" restates one of the men counted before, if the report counted them
        return "new" if all(c.lower_ in lex.ordinal_words for c in added) else "additive"
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children) and head.like_num:
        return "partitive"
    if head.dep_ == "pobj" and head.head.lower_ in lex.member_preps:
        return "partitive"  # "four people were shot, including a woman who later died": one of the four
    if (head.pos_ == "PROPN" or head.ent_type_ == "PERSON") and head.lower_ not in lex.person_nouns:
        return "named"
    if any(c.lower_ in _DEFINITE_DETS or c.dep_ == "poss" for c in children):
        return "known"
    return "new"


# "his body" is as often a corpse found ("found his body"), "his side" a team or a party
_NOT_ONLY_PARTS = frozenset({"body", "side"})


def is_body_part(noun: Token) -> bool:
    """A part of the body a shot can strike ("his leg", "the officer's arm"; role_words.json
    `body_parts`), not a word that is as often something else ("body", "side")."""
    part = noun.lemma_.lower()
    return part in load_role_words().body_parts and part not in _NOT_ONLY_PARTS


_PERSON_RELATIVES = frozenset({"who", "whom"})


def _person_for_who(noun: Token, lex: CasualtyWords) -> Token:
    """The person a "who" clause the parser hung on a thing tells of: the person right before the
    thing's preposition ("a black male in his thirties who was shot"), else the one the verb
    the preposition hangs on found or acted on ("A second victim was found at the scene who had
    been shot", "found a man at an apartment complex who had been shot"). Else the thing."""
    if noun.dep_ != "pobj":
        return noun
    prep = noun.head
    before = noun.doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and _is_person(before, lex):
        return before
    governor = prep.head
    if governor.pos_ in {"VERB", "AUX"}:
        for child in governor.children:
            if child.dep_ in {"nsubjpass", "dobj"} and child.i < prep.i and _is_person(child, lex):
                return child
    return noun


_NOT_IN_A_NOUN_PHRASE = frozenset({"PUNCT", "ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PRON", "DET", "PART"})


def _owns_a_weapon(pronoun: Token, lex: CasualtyWords) -> bool:
    """Whether "her" is the possessive before a weapon the parser left out of its phrase ("shot
    her .38 caliber revolver", with "revolver" read as an adverb): the words that follow it, up
    to the phrase's end, name a gun."""
    for tok in pronoun.doc[pronoun.i + 1 : pronoun.i + 5]:
        if tok.pos_ in _NOT_IN_A_NOUN_PHRASE:
            return False
        if tok.lemma_.lower() in lex.turned_weapons:
            return True
    return False


def _offender_before(pronoun: Token, lex: CasualtyWords) -> bool:
    """Whether a singular pronoun's sentence names, before it and as the subject of a clause, one
    offender ("A gunman wounded two patrons before a guard shot him") and no other singular
    person noun it could stand for."""
    verbs = {pronoun.head.i}
    if pronoun.head.dep_ == "conj":
        verbs.add(pronoun.head.head.i)  # "a guard shot and killed him": the guard did it to him
    people = [
        t
        for t in pronoun.sent
        if t.i < pronoun.i
        and t.pos_ == "NOUN"
        and t.tag_ == "NN"
        and t.dep_ != "compound"
        and (t.lemma_.lower() in lex.person_nouns or t.lemma_.lower() in lex.offender_nouns)
        and not (t.dep_ == "nsubj" and t.head.i in verbs)
    ]
    return len(people) == 1 and people[0].lemma_.lower() in lex.offender_nouns and people[0].dep_ == "nsubj"


def _victim(head: Token, lex: CasualtyWords) -> Victim | None:
    lower = head.lower_
    doc = head.doc
    if lower == "other" and any(c.lower_ == "each" for c in head.children) and head.dep_ == "dobj":
        # "Two drivers shot each other": the ones who shot are the ones hit
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        return _victim(subject, lex) if subject is not None and subject.i != head.i else None
    if lower == "his" and head.dep_ == "poss" and is_body_part(head.head):
        # "a bullet struck his leg": the owner of a body part struck (outcomes.py `_owner_of_part`)
        return Victim(head.text, head.idx, head.idx + len(head.text), 1, "pronoun", gender="m")
    if lower in lex.pronouns:
        kind = lex.pronouns[lower]
        if kind == "relative":
            noun = head.head.head if head.head.dep_ in {"relcl", "acl"} else None
            if noun is not None and lower in _PERSON_RELATIVES and not _is_person(noun, lex):
                noun = _person_for_who(noun, lex)
            return _victim(noun, lex) if noun is not None and noun.i != head.i else None
        if lower == "her" and _owns_a_weapon(head, lex):
            return None  # "his wife had shot her .38 caliber revolver": her gun, not her
        if kind in {"m", "f"} and _offender_before(head, lex):
            # "A gunman wounded two patrons before a security guard shot and killed him": the one
            # person the sentence names before the pronoun is the gunman, a person of his own.
            return Victim(head.text, head.idx, head.idx + len(head.text), 1, "new", gender=kind, offender=True)
        return Victim(head.text, head.idx, head.idx + len(head.text), None if kind == "plural" else 1, "pronoun",
                      gender="" if kind == "plural" else kind)  # fmt: skip
    if head.like_num and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        if follows_animals(head, lex):
            return None  # "two pit bull dogs charged ... a deputy killed one of them"
        quantity = parse_quantity(head.text)
        count = quantity.value if quantity is not None and isinstance(quantity.value, int) else None
        # "one of the robbers" is a robber: the group's noun says who they are
        group = next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children), None)
        kind = group.lemma_.lower() if group is not None else ""
        return Victim(head.text, head.idx, head.idx + len(head.text), count, "partitive",
                      police=kind in lex.police_nouns, offender=kind in lex.offender_nouns,
                      bystander=kind in lex.bystander_nouns)  # fmt: skip
    crowd = _vague_crowd(head, lex)
    if crowd is not None:
        return crowd
    standalone = lower in _ADDING_ALONE or (lower in lex.ordinal_words and lower != "first")
    if standalone and head.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        # "one man was shot and a second was grazed", "killed one and wounded another", "two
        # men were shot dead and a third was wounded"
        start = head.left_edge
        definite = any(c.lower_ in _DEFINITE_DETS for c in head.children)
        # "another" and "second" add one to those counted; a later ordinal counts from a group the
        # sentence names, who need not be victims ("two suspects fled and a third was shot"): one
        # more person, who may be the one a lead told of already
        reference: Reference = "known" if definite else "additive" if lower in _ADDING_ALONE else "new"
        return Victim(doc.text[start.idx : head.idx + len(head.text)], start.idx, head.idx + len(head.text), 1,
                      reference, noun=lower, ordinal=lex.ordinal_numbers.get(lower))  # fmt: skip
    adder = next((c for c in head.children if c.lower_ in lex.additive_words and c.i < head.i), None)
    if head.like_num and adder is not None and head.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        # "Two men were shot dead. Another three were shot": three more people
        quantity = parse_quantity(head.text)
        if quantity is not None and isinstance(quantity.value, int) and not follows_animals(head, lex):
            end = head.idx + len(head.text)
            return Victim(doc.text[adder.idx : end], adder.idx, end, quantity.value, "additive", quantity=quantity)
    if not _is_person(head, lex) or _is_animal(head, lex):
        return None
    if follows_animals(head, lex):
        return None  # "killed five cougars ... Five others have been killed by hunters"
    if lower in lex.no_count_determiners or any(
        c.dep_ in {"det", "amod"} and c.lower_ in lex.no_count_determiners for c in head.children
    ):
        return None  # "either person", "any student": nobody in particular
    words = [head]
    for child in head.children:
        counted = child.dep_ == "prep" and child.lower_ == "of" and any(g.like_num for g in child.children)
        outcome_word = child.i > head.i and child.lower_ in lex.outcome_adjectives  # "a man dead"
        listed = child.dep_ == "appos" and child == _listed_apposition(head, lex)
        if (
            (child.i < head.i or child.dep_ in {"appos", "nummod", "compound", "amod"} or counted)
            and not outcome_word
            and not listed
        ):
            words.extend(child.subtree)  # "a family of five" keeps its count
    words.sort(key=lambda t: t.i)
    # "PORTSMOUTH, Va. - A 53-year-old man": a dateline or a list before the phrase is not of it.
    cut = [k for k, t in enumerate(words) if t.i < head.i and _separator(t)]
    words = words[cut[-1] + 1 :] if cut else words
    start, last = words[0], words[-1]
    count, quantity = _count_of(head, lex)
    lemma = head.lemma_.lower()
    gender = lex.person_nouns.get(lower, lex.person_nouns.get(lemma, ""))
    for child in head.children:
        if child.dep_ in {"amod", "compound"} and child.lower_ in {"male", "female"}:
            gender = "m" if child.lower_ == "male" else "f"
    named = (
        head
        if (head.pos_ == "PROPN" or head.ent_type_ == "PERSON") and lower not in lex.person_nouns
        else next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    )
    name = _name_key(named) if named is not None else None
    return Victim(
        text=doc.text[start.idx : last.idx + len(last.text)],
        start=start.idx,
        end=last.idx + len(last.text),
        count=count,
        reference=_reference(head, lex),
        gender=gender,
        age=_age_of(head),
        name=name,
        # "Officer Dan Mitchell", "Sgt. Jane Roe": a title before a name
        police=lemma in lex.police_nouns
        or lower in lex.police_nouns
        or (named is head and any(t.i < head.i and t.lower_ in lex.police_nouns for t in words)),
        quantity=quantity,
        noun="" if named is head else lower if head.pos_ == "PROPN" else lemma,
        offender=lemma in lex.offender_nouns,
        bystander=lemma in lex.bystander_nouns,
        kin=any(c.dep_ == "poss" and c.tag_ != "WP$" for c in head.children),
        ordinal=_ordinal(head, lex),
    )


def _ordinal(head: Token, lex: CasualtyWords) -> int | None:
    """The number of an ordinal before a person ("a third man": 3)."""
    dependents = {"amod", "nummod", "det", "advmod"}
    return next((lex.ordinal_numbers[c.lower_] for c in head.children
                 if c.dep_ in dependents and c.lower_ in lex.ordinal_numbers), None)  # fmt: skip


_OTHERS = frozenset({"others", "other", "both"})


def follows_animals(head: Token, lex: CasualtyWords) -> bool:
    """Whether "others", "both" or "one of them" follows a count of animals, with no people
    counted between, in its own sentence or the one before ("agents killed five cougars. Five others
    were killed by hunters"; "two pit bull dogs charged. A deputy shot and killed one of them")."""
    of_them = any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in {"them", "those"} for g in c.children)
        for c in head.children
    )
    if head.lower_ not in _OTHERS and not of_them:
        return False
    sent = head.sent
    start = sent.start
    if start > 0:
        start = head.doc[start - 1].sent.start
    for tok in reversed(head.doc[start : head.i]):
        if tok.pos_ not in {"NOUN", "PROPN"} or not any(c.dep_ == "nummod" for c in tok.children):
            continue
        if _is_animal(tok, lex):
            return True
        if _is_person(tok, lex):
            return False
    return False


def _vague_crowd(head: Token, lex: CasualtyWords) -> Victim | None:
    """ "Dozens of people were wounded", "scores of protesters": a vague figure of people the
    report had not counted (number_words.json reads "dozens" as 12, at least), not a share of
    people named before ("two of the men" is partitive)."""
    if head.like_num:
        return None
    quantity = parse_quantity(head.text)
    if quantity is None or not isinstance(quantity.value, int) or quantity.hedge is None:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    people = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if people is None or not _is_person(people, lex) or any(c.lower_ in _DEFINITE_DETS or c.dep_ == "poss"
                                                             for c in people.children):  # fmt: skip
        return None
    end = people.idx + len(people.text)
    start = head.left_edge.idx
    return Victim(head.doc.text[start:end], start, end, quantity.value, "new", quantity=quantity,
                  noun=people.lemma_.lower(), police=people.lemma_.lower() in lex.police_nouns)  # fmt: skip


def _name_key(head: Token) -> str:
    """The words of a person's name, lower case, without titles and suffixes ("jane roe")."""
    # "Jane Roe and John Doe": a coordinated or apposed person is no part of the name
    others = {t.i for c in head.children if c.dep_ in _NOT_NAME for t in c.subtree}
    words = [
        t
        for t in head.subtree
        if (t.pos_ == "PROPN" and t.i <= head.i + 3 and t.dep_ != "appos" and t.i not in others) or t.i == head.i
    ]
    return " ".join(
        t.lower_ for t in sorted(words, key=lambda t: t.i) if t.lower_ not in load_casualty_words().name_affixes
    )


def same_person_name(a: str | None, b: str | None) -> bool:
    """Two name keys share a word ("jane roe" and "roe", "roe,43" and "roe")."""
    return bool(a and b and set(_NAME_WORD.findall(a)) & set(_NAME_WORD.findall(b)))


def _separator(tok: Token) -> bool:
    if tok.text in {",", ";", ":", "\u2014", "\u2013", "--"}:
        return True
    spaced = tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_) and bool(tok.whitespace_)
    return tok.text == "-" and spaced


def _one_person(head: Token, lex: CasualtyWords) -> bool:
    """ "a 19-year-old man": a person noun with its own indefinite article."""
    return (
        head.pos_ == "NOUN"
        and head.tag_ == "NN"
        and _is_person(head, lex)
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)
    )


def _listed_apposition(head: Token, lex: CasualtyWords) -> Token | None:
    """The second of a list the parser read as an apposition: "wounding a 14-year-old girl, a
    19-year-old man and a 45-year-old woman" (the man apposed to the girl, the woman his
    conjunct). A person apposed to a person, each with an article of their own, with a third
    person coordinated to it, is three people, not one described twice."""
    if not _one_person(head, lex):
        return None
    for child in head.children:
        if child.dep_ == "appos" and _one_person(child, lex) and any(_one_person(c, lex) for c in child.conjuncts):
            return child
    return None


def victims_of(token: Token, lex: CasualtyWords | None = None) -> list[Victim]:
    """The victims a noun phrase names, one per coordinated person ("a man and a woman")."""
    lex = lex or load_casualty_words()
    out: list[Victim] = []
    listed = _listed_apposition(token, lex)
    heads = [token, *token.conjuncts] if listed is None else [token, listed, *listed.conjuncts]
    for head in heads:
        victim = _victim(head, lex)
        if victim is not None:
            victim.conjunct = head is not token and bool(out)
            out.append(victim)
    return out


def is_statistics(sent: Span, aside: Callable[[Token], bool] | None = None) -> bool:
    """Whether a sentence tallies many incidents ("the city's 30th homicide this year", "two
    separate shootings left three men wounded") or lists a page's other stories. A period phrase
    in words that `aside` marks as another act told in passing ("at a vigil for a teenager killed
    last month") dates that act, not a tally."""
    lex = load_casualty_words()
    return _whole_tally(sent, lex) or (bool(_period_words(sent, lex, aside)) and not _one_act(sent))


def _whole_tally(sent: Span, lex: CasualtyWords) -> bool:
    """A page's list of other stories ("Now Playing: ... Media: ..."), or a sentence of several
    incidents ("two separate shootings left three men wounded")."""
    return any(mark in span_text(sent) for mark in lex.furniture_marks) or any(_several_incidents(t, lex) for t in sent)


def _period_words(sent: Span, lex: CasualtyWords, aside: Callable[[Token], bool] | None) -> list[Token]:
    """The first word of each period phrase of a tally ("so far this year", "last month") in a
    sentence, but for those in words `aside` marks."""
    lower = span_text(sent).lower()
    starts = (
        sent.start_char + m.start() for phrase in lex.statistics_phrases for m in re.finditer(re.escape(phrase), lower)
    )
    words = (tok for at in starts if (tok := _token_at(sent, at)) is not None)
    return [tok for tok in words if aside is None or not aside(tok)]


def _token_at(sent: Span, at: int) -> Token | None:
    return next((t for t in sent if t.idx <= at < t.idx + len(t.text) + 1), None)


_TALLY_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "conj"})


def tally_clauses(sent: Span, aside: Callable[[Token], bool] | None = None) -> list[Token] | None:
    """Of a sentence that `is_statistics` marks, the heads of the clauses its period phrases sit
    in, when none is the main clause and each counts or ranks ("A man was shot and killed Sunday,
    marking the city's 20th homicide this year": only "marking ..." tallies); None when the whole
    sentence is a tally."""
    lex = load_casualty_words()
    if _whole_tally(sent, lex):
        return None
    heads: list[Token] = []
    for tok in _period_words(sent, lex, aside):
        clause = next(
            (t for t in [tok, *tok.ancestors] if t.dep_ in _TALLY_CLAUSE_DEPS and t.pos_ in {"VERB", "AUX"}), None
        )
        if clause is None or not any(_counts_or_ranks(t, lex) for t in clause.subtree):
            return None  # "robbed and shot while delivering meat earlier this year": the period is the act's
        heads.append(clause)
    return heads or None


_RANK = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _counts_or_ranks(tok: Token, lex: CasualtyWords) -> bool:
    """A number or an ordinal ("the city's 20th homicide", "the third killing", "20 people"): what a tally says."""
    return tok.like_num or tok.lower_ in lex.ordinal_words or bool(_RANK.match(tok.lower_))


def in_clauses(token: Token, heads: list[Token]) -> bool:
    """Whether a word lies in one of these clauses."""
    return any(token.i == h.i or h in token.ancestors for h in heads)


def _one_act(sent: Span) -> bool:
    """ "Militants stormed a police station last month, killing 12 officers": a side that did one
    thing to one thing, whatever period the sentence names, tells an incident, not a tally of the
    month ("12 people were killed in the city last month" has no such act)."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.dep_ not in {"ROOT", "ccomp"}:
            continue
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if doer is None or thing is None or doer.like_num or thing.tag_ not in {"NN", "NNP"}:
            continue
        if doer.pos_ in {"NOUN", "PROPN"} and any(c.lower_ in {"a", "an", "the"} or c.dep_ == "poss"
                                                  for c in thing.children):  # fmt: skip
            return True
    return False


def _several_incidents(tok: Token, lex: CasualtyWords) -> bool:
    if tok.tag_ != "NNS":
        return False
    lemma = tok.lemma_.lower()
    if lemma in lex.roundup_nouns and (
        tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "pobj" and tok.head.lower_ == "in")
    ):
        return True  # "killed in shootings across the city", "shooting incidents left three wounded"
    if lemma not in lex.incident_nouns:
        return False
    # "seven incidents", "mapped 82 shootings incidents which left 95 people wounded"
    return any(
        c.dep_ in {"nummod", "amod"} and (c.lower_ in lex.several_words or (c.dep_ == "nummod" and c.like_num))
        for c in tok.children
    )


def is_separate_incident(sent: Span) -> bool:
    """Whether a sentence tells of another incident ("in a separate shooting, a woman was hurt",
    "In 2011, a gun went off at a school")."""
    return tells_separate_incident(span_text(sent))


def tells_separate_incident(text: str) -> bool:
    """`is_separate_incident` of a sentence's text."""
    lex = load_casualty_words()
    lower = text.lower().lstrip()
    if any(phrase in lower for phrase in lex.separate_phrases):
        return True
    return any(_YEAR.match(lower, len(opener)) for opener in lex.year_openers if lower.startswith(opener + " "))


def incident_places(sent: Span) -> frozenset[str]:
    """ "in the 1200 block of Elm Street", "about 9:31 p.m.": the blocks and clock times a sentence
    places people at ("1200 elm", "@9:31p")."""
    lex = load_casualty_words()
    out: set[str] = set()
    for tok in sent:
        if tok.lower_ not in lex.place_nouns or tok.i < 1 or tok.i + 2 >= len(tok.doc):
            continue
        number, of, street = tok.doc[tok.i - 1], tok.doc[tok.i + 1], tok.doc[tok.i + 2]
        if number.text.replace(",", "").isdigit() and of.lower_ == "of":
            out.add(f"{number.text.replace(',', '')} {street.lower_}")
    for found in _CLOCK.finditer(span_text(sent)):
        out.add(f"@{found.group(1)}{found.group(2).lower()}")  # "about 9:31 p.m.": "@9:31p"
    return frozenset(out)


def dated_aside(sent: Span) -> bool:
    """Whether a sentence dates what it tells to a month day or a year of its own ("On March 14,
    Jane Roe was shot", "was killed in 1997"): with people the report has not named, an earlier
    incident."""
    return tells_dated_aside(span_text(sent))


def tells_dated_aside(text: str) -> bool:
    """`dated_aside` of a sentence's text."""
    lower = text.lower().lstrip()
    if _YEAR_IN.search(lower):
        return True
    months = load_casualty_words().month_openers
    if lower.startswith("on ") and lower[3:].startswith(months):
        return True
    # "was fatally shot outside the bar in August of 2010", "in Sept. 2009"
    if any(lower[m.end() :].startswith(months) for m in _MONTH_YEAR.finditer(lower)):
        return True
    # "the Jan. 21 shooting that killed John Doe", "Feb. 18 - Jane Roe was found shot"; "was
    # killed on the same street in November"
    words = load_casualty_words().month_words
    if any(m.group(1) in words for m in _MONTH_DAY.finditer(lower)):
        return True
    return any(m.group(1) in words for m in _IN_MONTH.finditer(lower))


def zero_quantities(sent: Span) -> Iterator[tuple[int, int, Quantity]]:
    """ "no one", "nobody", "no injuries": the zero counts of a sentence."""
    for start, end, quantity in find_quantities(span_text(sent)):
        if quantity.value == 0:
            yield sent.start_char + start, sent.start_char + end, quantity


@cache
def casualty_cue_words() -> frozenset[str]:
    """Lower-cased words that make a sentence worth parsing for its victims ("died", "dead",
    "critical", "hospital"), for the parse prefilter."""
    lex = load_casualty_words()
    words = set(lex.outcome_adjectives) | lex.unhurt_words | lex.treatment_places | lex.wound_nouns
    words |= set(lex.death_nouns) | {noun + "s" for noun in lex.death_nouns} | {"condition"}
    for phrase in lex.dying_verbs:
        verb = phrase.split()[0]  # "pass away": the verb's forms
        words |= {
            verb,
            verb + "s",
            verb + "d",
            verb + "ed",
            verb[:-2] + "ying" if verb.endswith("ie") else verb + "ing",
        }
    return frozenset(words)
