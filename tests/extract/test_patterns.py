"""The derived pattern lexicon (patterns.jsonl), the hand frames (frames.jsonl), the word lists
(event_words.json) and the rules added with them, each on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.datafiles import data_text
from eventwire.extract.lexicon import FRAMES_FILE, PATTERNS_FILE, TRIGGERS_FILE, Trigger, load_triggers
from eventwire.extract.ontology import PLOVER_TYPES, load_ontology
from eventwire.extract.triggers import best_trigger
from eventwire.extract.words import load_event_words
from eventwire.records import Event, EventMention

ExtractEvents = Callable[..., list[Event]]
CodedMentions = Callable[..., list[EventMention]]


# --- the data files -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [PATTERNS_FILE, FRAMES_FILE])
def test_added_trigger_files_name_their_sources(name: str) -> None:
    header = "\n".join(line for line in data_text(name).splitlines() if line.startswith("//"))
    assert "PLOVER" in header and "CC BY-SA" in header
    if name == PATTERNS_FILE:
        assert "PETRARCH2" in header and "MIT" in header and "derive_patterns.py" in header


def test_derived_patterns_load_with_their_cameo_codes_and_origin() -> None:
    derived = [t for t in load_triggers().triggers if t.origin == "petrarch2"]
    assert len(derived) > 2000
    assert all(t.cameo and t.cameo[:2].isdigit() for t in derived)
    assert {t.type for t in derived} == set(PLOVER_TYPES) - {"OTHER"}  # every PLOVER type has patterns


def test_a_human_shield_code_gives_no_abduction(coded_mentions: CodedMentions) -> None:
    # CAMEO 184 (use as a human shield), under which the dictionary files deaths in custody, is
    # no abduction: the derived records carry no mode.
    derived = [t for t in load_triggers().triggers if t.origin == "petrarch2" and t.cameo == "184"]
    assert derived and all(t.mode is None for t in derived)
    mentions = coded_mentions("A man died in police custody in Lagos on Monday.")
    assert not [m for m in mentions if m.mode == "abduction"], mentions


def test_every_plover_type_has_hand_or_frame_entries_and_modes() -> None:
    hand = [t for t in load_triggers().triggers if t.origin in ("hand", "frame")]
    assert {t.type for t in hand} >= set(PLOVER_TYPES) - {"OTHER"}
    ontology = load_ontology()
    for trig in load_triggers().triggers:
        assert trig.mode is None or ontology.is_mode(trig.type, trig.mode), trig.id


def test_every_plover_mode_has_an_entry_that_gives_it() -> None:
    given = set()
    for trig in load_triggers().triggers:
        given |= {(trig.type, trig.mode), *((trig.type, m) for m in (trig.modes_by_word or {}).values())}
    wanted = {(name, mode) for name, spec in load_ontology().types.items() for mode in spec.modes}
    assert len(wanted) > 40 and wanted <= given, sorted(wanted - given)


def test_loose_synonyms_are_not_coded_without_a_constraint() -> None:
    """The dictionary gives a block's code to every synonym; review keeps the loose ones from
    coding alone ("died at the scene", "offers Giant Food", "beat Arsenal")."""
    bare = {
        lemma
        for t in load_triggers().triggers
        if t.origin == "petrarch2" and not (t.objects or t.prep_objects or t.particle or t.subjects)
        for lemma in t.lemmas
    }
    assert {"kill", "arrest", "denounce", "torture"} <= bare
    assert not bare & {"die", "arrive", "consider", "offer", "beat", "provide", "examine", "expel", "approve"}


def test_the_legacy_trigger_file_loads_first() -> None:
    triggers = load_triggers().triggers
    assert triggers[0].origin == "hand"
    origins = [t.origin for t in triggers]
    assert origins.index("frame") < origins.index("petrarch2")
    assert TRIGGERS_FILE == "triggers.jsonl"


def test_event_words_load() -> None:
    words = load_event_words()
    assert {"launch", "stage", "hold"} <= words.light_verbs
    assert {"willing", "prepared"} <= words.intent_words
    assert {"order", "instruct"} <= words.ordering_verbs and "order" not in words.planning_verbs
    assert words.lemma_fixes["staged"] == "stage"
    assert "demand" in words.clause_request_verbs and "advise" not in words.clause_request_verbs
    assert "assessment" in words.view_nouns and "comment" in words.no_comment_verbs
    assert "custody" in words.state_nouns and "arrest" in words.patient_nouns and "say" in words.reporting_verbs
    assert {"effort", "mission"} <= words.effort_nouns and "leader" not in words.effort_nouns
    assert {"euro", "rupee", "naira"} <= words.currency_nouns and "million" not in words.currency_nouns
    assert "service" in words.equipment_nouns  # "suspended mobile internet services"


# --- choosing among matching entries -------------------------------------------------------------


def _trig(origin: str, type_: str, objects: frozenset[str] = frozenset()) -> Trigger:
    return Trigger(id=f"{origin}.{type_}", type=type_, pos="VERB", lemmas=frozenset({"x"}), objects=objects,
                   origin=origin)  # fmt: skip


def test_hand_entries_win_then_the_most_specific() -> None:
    hand = _trig("hand", "RETREAT")
    derived = _trig("petrarch2", "SANCTION", frozenset({"pact"}))
    assert best_trigger([derived, hand]) is hand
    loose, tight = _trig("petrarch2", "AID"), _trig("petrarch2", "COOPERATE", frozenset({"intelligence"}))
    assert best_trigger([loose, tight]) is tight
    assert best_trigger([]) is None


# --- what the new lexicon codes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event_type", "actor_country"),
    [
        ("Chilean truckers blocked highways leading to Santiago on Monday.", "PROTEST", "CHL"),
        ("The Turkish navy lifted its blockade of the port on Friday.", "RETREAT", "TUR"),
        ("Peruvian police beat up dozens of students in Lima on Tuesday.", "ASSAULT", "PER"),
        ("Ghana summoned the Nigerian ambassador on Monday.", "ACCUSE", "GHA"),
        ("Kenya restored diplomatic ties with Somalia on Thursday.", "SUPPORT", "KEN"),
        ("Bolivia has reneged on its pledge to Peru.", "REJECT", "BOL"),
        ("Thousands of Romanian teachers staged demonstrations in Bucharest.", "PROTEST", "ROU"),
    ],
)
def test_frames_code_what_wire_copy_reports(
    extract_events: ExtractEvents, text: str, event_type: str, actor_country: str
) -> None:
    events = of_type(extract_events(text), event_type)
    assert events, [e.to_dict() for e in extract_events(text)]
    assert country(events[0].actor) == actor_country


def test_a_derived_pattern_codes_a_verb_the_hand_lexicon_lacks(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Indonesian soldiers flogged three villagers in Papua on Sunday.")
    torch = [m for m in mentions if m.type == "ASSAULT"]
    assert torch and torch[0].rules[0].startswith("pattern:p2.")


# --- intentions, conditions, victims, owners ----------------------------------------------------------


def test_a_stated_willingness_to_cooperate_is_agree(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Chile is willing to withdraw its troops from Bolivia."), "AGREE")
    assert (event.mode, country(event.actor), country(event.target)) == ("intent", "CHL", "BOL")


def test_being_prepared_to_concede_is_agree_by_the_subject(extract_events: ExtractEvents) -> None:
    text = "Kenya is prepared to lift the ban on the opposition party, the president said."
    assert country(only(extract_events(text), "AGREE").actor) == "KEN"


def test_a_bare_future_stays_a_planned_event(extract_events: ExtractEvents) -> None:
    events = extract_events("Canada said its forces in Iraq would be moved to Kuwait.")
    assert of_type(events, "AGREE") == []
    assert only(events, "RETREAT").status == "planned"


def test_harm_on_a_condition_is_a_threat(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Ghana will withdraw its troops from Mali unless the junta holds elections.")
    threat = [m for m in mentions if m.type == "THREATEN"]
    assert threat and "conditional-harm-is-threat" in threat[0].rules and country(threat[0].actor) == "GHA"


def test_victims_of_a_violent_noun_are_its_target(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("A car bombing near Mosul killed two Iraqi policemen on Sunday.")
    bombing = [m for m in mentions if m.type == "ASSAULT"]
    assert len(bombing) == 1 and bombing[0].actor is None
    assert country(bombing[0].target) == "IRQ" and "victims-of-subject-event" in bombing[0].rules


def test_one_sided_violence_is_kept_with_the_missing_side_null(extract_events: ExtractEvents) -> None:
    event = only(extract_events("A car bombing near Mosul killed two Iraqi policemen on Sunday."), "ASSAULT")
    assert event.actor is None and country(event.target) == "IRQ"


def test_a_conceded_demand_answers_its_owner(extract_events: ExtractEvents) -> None:
    event = only(extract_events("The Malian government accepted the demands of Burkina Faso."), "CONCEDE")
    assert (country(event.actor), country(event.target)) == ("MLI", "BFA")
    assert of_type(extract_events("The Malian government accepted the demands of Burkina Faso."), "REQUEST") == []


def test_demanding_that_someone_act_is_a_request_and_advising_that_is_not(extract_events: ExtractEvents) -> None:
    assert country(only(extract_events("Brazil demanded that Argentina free the fishermen."), "REQUEST").actor) == "BRA"
    assert of_type(extract_events("The Ohio-based company advised that it expects a loss."), "REQUEST") == []


def test_an_act_with_a_denied_object_is_negated(coded_mentions: CodedMentions) -> None:
    shared = [
        m for m in coded_mentions("Israeli officials have shared no intelligence with Egypt.") if m.type == "COOPERATE"
    ]
    assert shared and shared[0].status == "negated"


def test_a_one_sided_derived_relational_event_is_doubted_not_deleted(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("The Peruvian government approved the contract on Monday.")
    doubted = [m for m in mentions if "one-sided-new-pattern-doubt" in m.rules]
    assert doubted and all(m.confidence < 0.3 for m in doubted)


def test_the_model_misreading_staged_does_not_lose_the_actor(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Hundreds of Polish farmers staged a protest in Warsaw."), "PROTEST")
    assert country(event.actor) == "POL"


def test_implied_parties_are_marked(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Hundreds of Polish farmers protested in Warsaw on Monday.")
    protest = [m for m in mentions if m.type == "PROTEST"]
    assert protest and protest[0].target is not None and protest[0].target.implied
    assert protest[0].actor is not None and not protest[0].actor.implied


def test_an_announced_gift_is_an_intent_to_give(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Norway will give Malawi a grant of $10 million next year."), "AGREE")
    assert (event.mode, country(event.actor)) == ("intent", "NOR")
    assert of_type(extract_events("Norway will give Malawi a grant of $10 million next year."), "AID") == []


def test_an_unnamed_crowd_protests_as_civilians_of_the_place(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Thousands marched in Nairobi on Saturday."), "PROTEST")
    assert event.actor is not None and (event.actor.country, event.actor.sector) == ("KEN", "CVL")
    assert event.target is not None and country(event.target) == "KEN"  # the government, implied
