"""Word lists of the argument, modality and role rules (data/role_words.json), validated on load."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from ..datafiles import read_json, string_list
from ..errors import DataFileError

ROLE_WORDS_FILE = "role_words.json"


@dataclass(frozen=True, slots=True)
class RoleWords:
    """Closed-class words (auxiliaries, prepositions, subordinators) the rules read; the file's
    `about` says what each list is for."""

    modals: frozenset[str]
    obligation_modals: frozenset[str]
    condition_markers: frozenset[str]
    going_words: frozenset[str]
    prospective_modifiers: frozenset[str]
    negation_words: frozenset[str]
    quoting_verbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    announcing_auxiliaries: frozenset[str]
    scene_preps: frozenset[str]
    summoning_verbs: frozenset[str]
    expelling_verbs: frozenset[str]
    leaving_verbs: frozenset[str]
    target_preps: frozenset[str]
    to_target_preps: frozenset[str]
    verb_counterpart_preps: frozenset[str]
    consult_preps: frozenset[str]
    noun_target_preps: frozenset[str]
    noun_agent_preps: frozenset[str]
    participant_preps: frozenset[str]
    source_preps: frozenset[str]
    loser_preps: frozenset[str]
    instrument_verbs: frozenset[str]
    agent_modifiers: frozenset[str]
    warning_preps: frozenset[str]
    consequence_nouns: frozenset[str]
    paying_verbs: frozenset[str]
    mission_nouns: frozenset[str]
    transfer_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    state_preps: frozenset[str]
    relative_pronouns: frozenset[str]
    locative_preps: frozenset[str]
    complement_preps: frozenset[str]
    owner_preps: frozenset[str]
    member_preps: frozenset[str]
    sides_preps: frozenset[str]
    both_sides_nouns: frozenset[str]
    adjunct_time_preps: frozenset[str]
    earlier_time_preps: frozenset[str]
    dispatch_verbs: frozenset[str]
    call_response_verbs: frozenset[str]
    responder_nouns: frozenset[str]
    rush_preps: frozenset[str]
    case_words: frozenset[str]
    approximate_date_words: frozenset[str]
    accident_words: frozenset[str]
    hazard_nouns: frozenset[str]
    accident_sources: frozenset[str]
    violence_words: frozenset[str]
    executed_objects: frozenset[str]
    readiness_verbs: frozenset[str]
    measure_nouns: frozenset[str]
    policy_instruments: frozenset[str]
    yielding_verbs: frozenset[str]
    purpose_preps: frozenset[str]
    carried_target_preps: frozenset[str]
    arrival_verbs: frozenset[str]
    agreement_nouns: frozenset[str]
    place_named_things: frozenset[str]
    visitor_preps: frozenset[str]
    flight_verbs: frozenset[str]
    flight_preps: frozenset[str]
    charge_clause_verbs: frozenset[str]
    regulation_plurals: frozenset[str]
    own_act_verbs: frozenset[str]
    boundary_nouns: frozenset[str]
    reciprocal_verbs: frozenset[str]
    decision_verbs: frozenset[str]
    prospect_nouns: frozenset[str]
    capability_nouns: frozenset[str]
    attempt_verbs: frozenset[str]
    facility_nouns: frozenset[str]
    counterpart_nouns: frozenset[str]
    charge_documents: frozenset[str]
    statement_nouns: frozenset[str]
    raid_words: frozenset[str]
    moving_verbs: frozenset[str]
    taking_verbs: frozenset[str]
    combat_nouns: frozenset[str]
    figurative_combat: frozenset[str]
    struggle_objects: frozenset[str]
    intruding_nouns: frozenset[str]
    people_bodies: frozenset[str]
    vowing_verbs: frozenset[str]
    preventing_verbs: frozenset[str]
    dismissing_verbs: frozenset[str]
    driven_vehicles: frozenset[str]
    protesting_verbs: frozenset[str]
    sending_verbs: frozenset[str]
    time_clause_markers: frozenset[str]
    sequence_markers: frozenset[str]
    carrier_nouns: frozenset[str]
    carrying_verbs: frozenset[str]
    backing_nouns: frozenset[str]
    writ_nouns: frozenset[str]
    figurative_objects: frozenset[str]
    game_words: frozenset[str]
    medical_modifiers: frozenset[str]
    cyber_modifiers: frozenset[str]
    civil_premises: frozenset[str]
    market_words: frozenset[str]
    crowd_control_modifiers: frozenset[str]
    crowd_control_weapons: frozenset[str]
    responsibility_nouns: frozenset[str]
    projectile_nouns: frozenset[str]
    military_modes: frozenset[str]
    claiming_verbs: frozenset[str]
    act_claiming_verbs: frozenset[str]
    attack_sites: frozenset[str]
    gathered_people: frozenset[str]
    stockpile_nouns: frozenset[str]
    clash_preps: frozenset[str]
    participation_verbs: frozenset[str]
    military_positions: frozenset[str]
    garrison_nouns: frozenset[str]
    entourage_nouns: frozenset[str]
    kin_nouns: frozenset[str]
    holding_verbs: frozenset[str]
    body_parts: frozenset[str]
    owned_premises: frozenset[str]
    goal_nouns: frozenset[str]
    opposing_verbs: frozenset[str]
    under_attack_nouns: frozenset[str]
    undergoing_verbs: frozenset[str]
    worship_nouns: frozenset[str]
    cause_heads: frozenset[str]
    conviction_heads: frozenset[str]
    occasion_nouns: frozenset[str]
    open_waters: frozenset[str]

    def is_premises(self, word: str) -> bool:
        """A base, camp, school or market (`military_positions`, `facility_nouns`, `attack_sites`):
        a place that houses people, no party of its own."""
        return word in self.military_positions or word in self.facility_nouns or word in self.attack_sites


@cache
def load_role_words() -> RoleWords:
    """Load and validate role_words.json: every list present, non-empty, lower case."""
    raw = read_json(ROLE_WORDS_FILE)
    lists: dict[str, frozenset[str]] = {}
    for spec in fields(RoleWords):
        words = string_list(ROLE_WORDS_FILE, raw.get(spec.name), spec.name)
        if not words or any(w != w.lower() for w in words):
            raise DataFileError(f"{ROLE_WORDS_FILE}: '{spec.name}' must be a non-empty list of lower-case words")
        lists[spec.name] = frozenset(words)
    unknown = set(raw) - set(lists) - {"version", "about"}
    if unknown:
        raise DataFileError(f"{ROLE_WORDS_FILE}: unknown keys {sorted(unknown)}")
    return RoleWords(**lists)
