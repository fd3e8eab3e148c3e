"""Word lists of event extraction (data/event_words.json), validated on load."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..datafiles import read_json, string_list
from ..errors import DataFileError

WORDS_FILE = "event_words.json"

HYPHENS = frozenset({"-", "‐", "‑"})  # hyphen-minus, hyphen, non-breaking hyphen: "life-threatening"


@dataclass(frozen=True, slots=True)
class EventWords:
    """The word lists the trigger, argument and modality rules read."""

    light_verbs: frozenset[str]
    planning_verbs: frozenset[str]
    ordering_verbs: frozenset[str]
    intent_nouns: frozenset[str]
    intent_words: frozenset[str]
    clause_request_verbs: frozenset[str]
    no_comment_verbs: frozenset[str]
    revenge_words: frozenset[str]
    view_nouns: frozenset[str]
    patient_nouns: frozenset[str]
    state_nouns: frozenset[str]
    judging_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    preventing_verbs: frozenset[str]
    crowd_nouns: frozenset[str]
    opening_verbs: frozenset[str]
    failing_verbs: frozenset[str]
    forbidding_verbs: frozenset[str]
    cancelling_verbs: frozenset[str]
    permitting_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    affiliation_words: frozenset[str]
    stance_prefixes: frozenset[str]
    patron_participles: frozenset[str]
    phrasal_particles: frozenset[str]
    effort_nouns: frozenset[str]
    equipment_nouns: frozenset[str]
    member_nouns: frozenset[str]
    currency_nouns: frozenset[str]
    act_nouns: frozenset[str]
    record_nouns: frozenset[str]
    force_nouns: frozenset[str]
    container_participles: frozenset[str]
    incident_nouns: frozenset[str]
    travel_verbs: frozenset[str]
    lemma_fixes: dict[str, str]


@cache
def load_event_words() -> EventWords:
    """Load and validate event_words.json."""
    raw = read_json(WORDS_FILE)
    fixes = raw.get("lemma_fixes")
    if not isinstance(fixes, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in fixes.items()):
        raise DataFileError(f"{WORDS_FILE}: 'lemma_fixes' must map word forms to lemmas")

    def words(key: str) -> frozenset[str]:
        return frozenset(string_list(WORDS_FILE, raw.get(key), key))

    return EventWords(
        light_verbs=words("light_verbs"),
        planning_verbs=words("planning_verbs"),
        ordering_verbs=words("ordering_verbs"),
        intent_nouns=words("intent_nouns"),
        intent_words=words("intent_words"),
        clause_request_verbs=words("clause_request_verbs"),
        no_comment_verbs=words("no_comment_verbs"),
        revenge_words=words("revenge_words"),
        view_nouns=words("view_nouns"),
        patient_nouns=words("patient_nouns"),
        state_nouns=words("state_nouns"),
        judging_verbs=words("judging_verbs"),
        reporting_verbs=words("reporting_verbs"),
        preventing_verbs=words("preventing_verbs"),
        crowd_nouns=words("crowd_nouns"),
        opening_verbs=words("opening_verbs"),
        failing_verbs=words("failing_verbs"),
        forbidding_verbs=words("forbidding_verbs"),
        cancelling_verbs=words("cancelling_verbs"),
        permitting_verbs=words("permitting_verbs"),
        naming_verbs=words("naming_verbs"),
        affiliation_words=words("affiliation_words"),
        stance_prefixes=words("stance_prefixes"),
        patron_participles=words("patron_participles"),
        phrasal_particles=words("phrasal_particles"),
        effort_nouns=words("effort_nouns"),
        equipment_nouns=words("equipment_nouns"),
        member_nouns=words("member_nouns"),
        currency_nouns=words("currency_nouns"),
        act_nouns=words("act_nouns"),
        record_nouns=words("record_nouns"),
        force_nouns=words("force_nouns"),
        container_participles=words("container_participles"),
        incident_nouns=words("incident_nouns"),
        travel_verbs=words("travel_verbs"),
        lemma_fixes={k.lower(): v for k, v in fixes.items()},
    )


def lemma(token: Token) -> str:
    """The token's lower-case lemma, corrected where the model is known to err ("staged": stage)."""
    return load_event_words().lemma_fixes.get(token.lower_) or token.lemma_.lower()


def names_money(token: Token) -> bool:
    """Whether a word is a bare sum of money: one the model tags MONEY ("$15 million"), or a
    currency with a number on it (event_words.json `currency_nouns`: "20 million euros"); not a
    sum "in" or "of" something, which names what the money is."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.lower_ in {"in", "of"}:
        return False  # "$500 million in military aid": the aid is what is given, however parsed
    if token.ent_type_ == "MONEY":
        return True
    return lemma(token) in load_event_words().currency_nouns and any(c.like_num for c in token.children)


def stance(modifier: Token) -> str | None:
    """ "pro-Russian separatists", "anti-Israel protesters", "pro-government militias": the prefix
    of stance (event_words.json `stance_prefixes`) a modifier is joined to by a hyphen, or is
    itself. The word names a cause the group is for or against, not its country."""
    prefixes = load_event_words().stance_prefixes
    doc = modifier.doc
    head, _, rest = modifier.lower_.partition("-")
    if rest and head in prefixes:
        return head  # one token: "pro-Russian"
    after = doc[modifier.i + 1] if modifier.i + 1 < len(doc) else None
    if modifier.lower_ in prefixes and after is not None and after.text in HYPHENS:
        return modifier.lower_  # the prefix itself
    if modifier.i > 0 and modifier.text in HYPHENS and doc[modifier.i - 1].lower_ in prefixes:
        return doc[modifier.i - 1].lower_
    if modifier.i > 1 and doc[modifier.i - 1].text in HYPHENS and doc[modifier.i - 2].lower_ in prefixes:
        return doc[modifier.i - 2].lower_
    return None
