"""Kinds of sentences about orders, demands, plans and arms, written for these tests: a plan the
writer states, a side told to leave, a demand in the subjunctive, arms used against people, a
raid with its dead, and explosives defused before they went off."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.records import Event, EventMention

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
CodedMentions = Callable[..., list[EventMention]]


def _of(mentions: list[EventMention], event_type: str) -> list[EventMention]:
    return [m for m in mentions if m.type == event_type]


# --- a plan the writer states -------------------------------------------------------------------
def test_a_future_the_writer_states_is_the_sides_plan(coded_mentions: CodedMentions) -> None:
    mentions = _of(coded_mentions("Rwanda will send 500 soldiers to Mozambique next month."), "MOBILIZE")
    assert mentions and mentions[0].status == "planned", mentions
    assert mentions[0].actor is not None and mentions[0].actor.country == "RWA"


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda could send 500 soldiers to Mozambique next month.",  # a hedge
        "Observers said Rwanda will send 500 soldiers to Mozambique.",  # someone else's guess
        '"Go and fight the soldiers that will attack you," the preacher told the crowd in Kano.',
    ],
)
def test_a_hedged_reported_or_generic_future_of_force_is_no_plan(coded_mentions: CodedMentions, text: str) -> None:
    force = [m for m in coded_mentions(text) if m.type in {"MOBILIZE", "ASSAULT"} and m.status == "planned"]
    assert not force, force


# --- a side told to leave -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "target_country", "target_kind"),
    [
        ("The military government ordered Danish troops to leave the country on Tuesday.", "DNK", None),
        ("Burundi told the UN human rights mission to leave within two weeks.", None, "organisation"),
    ],
)
def test_a_side_ordered_to_leave_is_expelled(
    coded_mentions: CodedMentions, text: str, target_country: str | None, target_kind: str | None
) -> None:
    expelled = [m for m in _of(coded_mentions(text), "SANCTION") if m.mode == "expel"]
    assert expelled and expelled[0].target is not None, coded_mentions(text)
    if target_country:
        assert expelled[0].target.country == target_country
    if target_kind:
        assert expelled[0].target.kind == target_kind
    assert not _of(coded_mentions(text), "MOBILIZE")


def test_own_troops_ordered_to_leave_retreat(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Ethiopia ordered Ethiopian troops to leave the border town of Humera.")
    assert not _of(mentions, "SANCTION") and not _of(mentions, "MOBILIZE"), mentions
    assert _of(mentions, "RETREAT"), mentions


def test_a_mission_ordered_to_do_something_else_stays(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Mali ordered the UN mission to step up patrols around Gao.")
    assert not [m for m in _of(mentions, "SANCTION") if m.mode == "expel"], mentions


# --- a demand in the subjunctive ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Venezuela insisted that Guyana withdraw its troops from the disputed region.", "VEN", "GUY"),
        ("Egypt insisted on the withdrawal of Ethiopian forces from the border.", "EGY", "ETH"),
    ],
)
def test_insisting_that_another_act_is_a_demand(
    coded_mentions: CodedMentions, text: str, actor: str, target: str
) -> None:
    requests = _of(coded_mentions(text), "REQUEST")
    assert requests and requests[0].mode == "demand", coded_mentions(text)
    assert requests[0].actor is not None and requests[0].actor.country == actor
    assert requests[0].target is not None and requests[0].target.country == target


def test_insisting_that_something_was_so_is_no_demand(coded_mentions: CodedMentions) -> None:
    # A claim told in the past, not a demand: the strikes stay the claimed act.
    mentions = coded_mentions("Turkey insisted that its drones struck only PKK fighters in northern Iraq.")
    assert not _of(mentions, "REQUEST"), mentions
    assert _of(mentions, "ASSAULT"), mentions


# --- arms used against people -------------------------------------------------------------------
def test_arms_used_against_people_are_an_attack(coded_mentions: CodedMentions) -> None:
    mentions = _of(coded_mentions("Troops used live ammunition against protesters in Conakry on Monday."), "ASSAULT")
    assert mentions and mentions[0].mode == "firearms", mentions
    assert mentions[0].actor is not None and mentions[0].actor.sector == "MIL"
    assert mentions[0].target is not None and mentions[0].target.text.startswith("protesters")


def test_chemical_weapons_used_against_people_are_a_chemical_attack(extract_events: ExtractEvents) -> None:
    events = extract_events("Chemical weapons were used against villagers near Idlib on Tuesday.")
    coded = [e for e in events if e.type == "ASSAULT" and (e.acled or {}).get("sub_event_type") == "Chemical weapon"]
    assert coded, [e.to_dict() for e in events]


def test_arms_used_with_no_one_they_are_used_against_are_no_attack(coded_mentions: CodedMentions) -> None:
    assert not _of(coded_mentions("The militia used weapons seized from an army depot in Tillaberi."), "ASSAULT")


# --- a raid with its dead -----------------------------------------------------------------------
def test_a_police_raid_that_left_people_dead_is_an_attack(extract_events: ExtractEvents) -> None:
    events = extract_events("A police raid on a market in Kano left three traders dead on Monday.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and attacks[0].actor is not None and attacks[0].actor.sector == "COP", [e.to_dict() for e in events]
    assert {(q.kind, q.value) for q in attacks[0].quantities} >= {("killed", 3)}


def test_a_raid_on_the_home_of_someone_who_died_is_a_search(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Nigerian police raided the home of a senator who died in 2019.")
    assert not _of(mentions, "ASSAULT"), mentions
    assert [m for m in _of(mentions, "COERCE") if m.mode == "search"], mentions


# --- explosives defused before they went off ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers defused three roadside bombs planted near Mopti on Sunday.",
        "Police in Quetta found an explosive device planted under a bridge.",
    ],
)
def test_a_bomb_defused_or_found_is_no_bombing(coded_mentions: CodedMentions, text: str) -> None:
    mentions = coded_mentions(text)
    assert not _of(mentions, "ASSAULT"), mentions
    assert [m for m in _of(mentions, "COERCE") if m.mode == "disrupt"], mentions


def test_a_planted_bomb_that_went_off_is_a_bombing(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("A bomb planted under a bridge in Quetta exploded on Sunday, killing four.")
    assert [m for m in _of(mentions, "ASSAULT") if m.mode == "bombing"], mentions


# --- calls, and what they are not -----------------------------------------------------------------
def test_a_call_for_something_is_an_appeal(coded_mentions: CodedMentions) -> None:
    requests = _of(coded_mentions("The African Union renewed calls for a ceasefire in Sudan."), "REQUEST")
    assert requests and requests[0].mode == "appeal", requests
    assert requests[0].actor is not None and requests[0].actor.sector == "IGO"


def test_a_phone_call_is_no_appeal(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("The Kenyan president held a phone call with the Somali president on Sunday.")
    assert _of(mentions, "CONSULT") and not _of(mentions, "REQUEST"), mentions


def test_an_attack_named_after_a_request_happened(coded_mentions: CodedMentions) -> None:
    # What comes "after", "following" or "amid" inside the asked clause sets the scene: it is told.
    mentions = coded_mentions("Jordan urged Israel to halt its offensive after the bombing of a school in Gaza.")
    assert _of(mentions, "REQUEST") and [m for m in _of(mentions, "ASSAULT") if m.trigger == "bombing"], mentions


def test_what_a_request_asks_for_is_not_done(coded_mentions: CodedMentions) -> None:
    # Control: the act asked for is the request's content, no event of its own.
    mentions = coded_mentions("Jordan urged Israel to halt the bombing of schools in Gaza.")
    assert _of(mentions, "REQUEST") and not [m for m in _of(mentions, "ASSAULT") if m.trigger == "bombing"], mentions


def test_a_side_does_not_ask_itself(coded_mentions: CodedMentions) -> None:
    requests = _of(coded_mentions("Egypt called on both sides to resume talks in Cairo."), "REQUEST")
    assert requests and requests[0].actor is not None and requests[0].actor.country == "EGY", requests
    assert requests[0].target is None or requests[0].target.country != "EGY"


def test_a_call_officers_respond_to_is_no_appeal(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Officers responded to a call for shots fired on Warren Street in Boston on Tuesday.")
    assert not _of(mentions, "REQUEST"), mentions
    assert _of(mentions, "ASSAULT"), mentions  # the shots are told, not asked for


def test_a_call_for_violence_is_a_dispatch(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("The Tucson Fire Department issued a call for a gunshot wound near Oracle Road.")
    assert not _of(mentions, "REQUEST"), mentions


def test_a_call_for_calm_is_an_appeal(coded_mentions: CodedMentions) -> None:
    assert _of(coded_mentions("The African Union issued a call for calm in Kisumu."), "REQUEST")


def test_insisting_that_something_must_happen_is_a_demand(coded_mentions: CodedMentions) -> None:
    requests = _of(coded_mentions("Egypt insisted that the talks must resume in Cairo."), "REQUEST")
    assert requests and requests[0].actor is not None and requests[0].actor.country == "EGY", requests


# --- force used on a protest ----------------------------------------------------------------------
def test_a_protest_dispersed_falls_on_its_people(coded_mentions: CodedMentions) -> None:
    mentions = _of(coded_mentions("Riot police broke up a protest by students in Dhaka on Monday."), "COERCE")
    assert mentions and mentions[0].target is not None and mentions[0].target.text.startswith("students"), mentions


def test_a_protest_dispersed_with_nobody_named_falls_on_implied_protesters(coded_mentions: CodedMentions) -> None:
    mentions = _of(coded_mentions("Police in Minsk dispersed a rally with water cannon on Sunday."), "COERCE")
    assert mentions and mentions[0].target is not None and mentions[0].target.implied, mentions
    assert mentions[0].target.sector == "OPP"


def test_a_crackdown_on_people_keeps_them(coded_mentions: CodedMentions) -> None:
    mentions = _of(coded_mentions("Police in Nairobi fired tear gas at protesters on Monday."), "COERCE")
    assert mentions and mentions[0].target is not None and not mentions[0].target.implied, mentions


# --- arms sent in batches -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Germany delivered a new batch of tanks to Ukraine on Monday.",
        # the parser hangs the recipient on the arms, not on the verb
        "Germany sent a shipment of ammunition to Ukraine on Monday.",
        # control: the arms as the object themselves
        "Germany sent tanks to Ukraine on Monday.",
    ],
)
def test_arms_sent_in_a_batch_go_to_the_recipient(coded_mentions: CodedMentions, text: str) -> None:
    aid = _of(coded_mentions(text), "AID")
    assert aid and aid[0].target is not None and aid[0].target.country == "UKR", aid
    assert aid[0].actor is not None and aid[0].actor.country == "DEU"


# --- a request noun's that-clause -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "asked", "not_done"),
    [
        ("The EU repeated its call that Russia withdraw its troops from Ukraine on Monday.", "RUS", "RETREAT"),
        # the parser hangs the plea's clause on the verb: it is still what is asked, not done
        ("Amnesty renewed its plea that the army release the detainees in Juba on Monday.", None, "CONCEDE"),
    ],
)
def test_a_request_nouns_that_clause_is_what_it_asks(
    coded_mentions: CodedMentions, text: str, asked: str | None, not_done: str
) -> None:
    mentions = coded_mentions(text)
    assert _of(mentions, not_done) == [], mentions
    requests = _of(mentions, "REQUEST")
    assert requests, mentions
    if asked is not None:
        assert any(r.target is not None and r.target.country == asked for r in requests), requests


def test_a_call_that_happened_is_no_request(coded_mentions: CodedMentions) -> None:
    # control: a relative clause on "call" tells of the call, it asks nothing
    assert _of(coded_mentions("The president took a call that lasted an hour in Juba on Monday."), "REQUEST") == []
