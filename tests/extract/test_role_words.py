"""data/role_words.json: the closed-class words of the argument, modality and role rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from eventwire.extract.role_words import RoleWords, load_role_words
from eventwire.records import EventMention

CodedMentions = Callable[..., list[EventMention]]  # the `coded_mentions` fixture of conftest.py


def test_every_list_loads_non_empty_and_lower_case() -> None:
    words = load_role_words()
    for spec in fields(RoleWords):
        value = getattr(words, spec.name)
        assert value and all(w == w.lower() for w in value), spec.name
    assert {"will", "would"} <= words.modals and "unless" in words.condition_markers


def _one(mentions: list[EventMention], event_type: str) -> EventMention:
    found = [m for m in mentions if m.type == event_type]
    assert len(found) == 1, [(m.type, m.trigger) for m in mentions]
    return found[0]


def test_a_listed_modal_makes_the_act_planned(coded_mentions: CodedMentions) -> None:
    assert "will" in load_role_words().modals
    text = "Kenyan teachers will march through Nairobi on Friday."
    assert _one(coded_mentions(text), "PROTEST").status == "planned"


def test_a_listed_negation_word_negates_the_act(coded_mentions: CodedMentions) -> None:
    assert "never" in load_role_words().negation_words
    assert _one(coded_mentions("Police never arrested the protesters in Paris."), "COERCE").status == "negated"


def test_a_listed_source_preposition_names_the_place_left(coded_mentions: CodedMentions) -> None:
    assert "from" in load_role_words().source_preps
    retreat = _one(coded_mentions("Russia withdrew its troops from Syria on Monday."), "RETREAT")
    assert retreat.target is not None and retreat.target.country == "SYR"


def test_a_listed_loser_preposition_names_the_side_a_place_is_taken_from(coded_mentions: CodedMentions) -> None:
    assert "from" in load_role_words().loser_preps
    taking = _one(coded_mentions("Rebels seized the town of Kidal from Mali's army on Sunday."), "ASSAULT")
    assert taking.target is not None and taking.target.country == "MLI"


def test_a_listed_instrument_verb_leaves_its_subject_the_doer(coded_mentions: CodedMentions) -> None:
    assert "use" in load_role_words().instrument_verbs
    mentions = coded_mentions("Police in Accra used batons to disperse the crowd on Monday.")
    (crackdown,) = [m for m in mentions if m.type == "COERCE" and m.trigger == "disperse"]
    assert crackdown.actor is not None and crackdown.actor.sector == "COP"


def test_a_listed_agent_modifier_names_an_event_nouns_doer(coded_mentions: CodedMentions) -> None:
    assert {"police", "rebel"} <= load_role_words().agent_modifiers
    assert "military" not in load_role_words().agent_modifiers  # a kind of occupation, not a doer
    mentions = coded_mentions("Four villagers died in a militia attack near Bunia on Sunday.")
    (attack,) = [m for m in mentions if m.type == "ASSAULT" and m.trigger == "attack"]
    assert attack.actor is not None and attack.actor.sector == "REB"


def test_a_listed_warning_preposition_holds_what_a_threat_warns_against(coded_mentions: CodedMentions) -> None:
    assert "against" in load_role_words().warning_preps
    mentions = coded_mentions("Iran warned Israel against any attack on its nuclear facilities.")
    assert _one(mentions, "THREATEN").target is not None and not [m for m in mentions if m.type == "ASSAULT"]


def test_a_listed_receiving_verb_makes_the_giver_the_aids_actor(coded_mentions: CodedMentions) -> None:
    assert "receive" in load_role_words().receiving_verbs
    mentions = coded_mentions("Kenya accepted a loan from Japan on Monday.")
    (aid,) = [m for m in mentions if m.type == "AID" and m.trigger == "accepted"]
    assert aid.actor is not None and aid.actor.country == "JPN" and aid.target is not None


def test_a_listed_owner_preposition_names_whose_proposal_it_is(coded_mentions: CodedMentions) -> None:
    assert "of" in load_role_words().owner_preps
    reject = _one(coded_mentions("Serbia rejected the proposal of the European Union."), "REJECT")
    assert reject.target is not None and reject.target.text == "the European Union"


def test_a_listed_readiness_verb_makes_an_armed_side_mobilise(coded_mentions: CodedMentions) -> None:
    assert "gear" in load_role_words().readiness_verbs
    mobilize = _one(coded_mentions("Sudanese troops were gearing up to attack the rebel town of Kauda."), "MOBILIZE")
    assert mobilize.mode == "alert" and mobilize.actor is not None and mobilize.actor.country == "SDN"


def test_a_listed_decision_verb_makes_an_announced_sanction_no_threat(coded_mentions: CodedMentions) -> None:
    assert "announce" in load_role_words().decision_verbs
    sanction = _one(coded_mentions("Kenya announced plans to impose tariffs on Ugandan sugar."), "SANCTION")
    assert sanction.status == "planned" and sanction.target is not None and sanction.target.country == "UGA"


def test_a_listed_body_part_is_no_party_its_owner_is(coded_mentions: CodedMentions) -> None:
    """ "a gunshot wound to his head": the head is where; the wound's target is whose head it is."""
    assert {"head", "chest"} <= load_role_words().body_parts
    text = "Officers found a teenager with a gunshot wound to the chest in Toledo on Monday."
    targets = [m.target.text for m in coded_mentions(text) if m.type == "ASSAULT" and m.target is not None]
    assert targets and not any(t in {"the chest", "chest"} for t in targets)
    assert any(t.startswith("a teenager") for t in targets)
    owned = "A man walked into a hospital in Toledo on Monday with a gunshot wound to his head."
    targets = [m.target.text for m in coded_mentions(owned) if m.type == "ASSAULT" and m.target is not None]
    assert "his head" not in targets


def test_a_listed_under_attack_noun_makes_the_subject_the_target(coded_mentions: CodedMentions) -> None:
    """ "came under attack": the subject suffered it; a participle on that verb names no doer."""
    assert {"attack", "fire"} <= load_role_words().under_attack_nouns
    attacked = _one(coded_mentions("A Malian army convoy came under attack near Gao on Sunday."), "ASSAULT")
    assert attacked.actor is None
    assert attacked.target is not None and attacked.target.text == "A Malian army convoy"
    text = "An army patrol came under heavy fire near Gao on Sunday, killing two soldiers."
    killing = [m for m in coded_mentions(text) if m.type == "ASSAULT" and m.trigger == "killing"]
    assert killing and killing[0].actor is None
