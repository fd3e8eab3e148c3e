"""Kinds of construction written for these tests: a measure a side blocks or vetoes is rejected,
and the veto aims at the measure's proposer ("Hungary blocked the EU's sanctions package"), not at
what the measure is about; a resolution a side vetoes does not speak for the vetoer; a union of
states named as a side ("criticized the EU") is that body, not the region of its members; a
military operation is armed force; a government and a rebel group of one country that hold talks
meet each other."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Hungary blocked the EU's new sanctions package against Russia on Monday.", "HUN", "IGO"),
        ("Turkey blocked Sweden's application to join NATO on Monday.", "TUR", "SWE"),
        ("Russia vetoed the UN resolution on Syria on Monday.", "RUS", "IGO"),
    ],
)
def test_a_measure_blocked_is_a_veto_of_its_proposer(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    veto = only(extract_events(text), "REJECT")
    assert veto.mode == "veto", veto.to_dict()
    assert country(veto.actor) == actor, veto.to_dict()
    assert veto.target is not None and target in {veto.target.country, veto.target.sector}, veto.to_dict()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # controls: a road blocked is a protest's act, aid blocked a sanction
        ("Protesters blocked the road to the airport in Nairobi on Monday.", "PROTEST"),
        ("Israel blocked aid to Gaza on Monday.", "SANCTION"),
    ],
)
def test_blocking_a_road_or_aid_is_no_veto(extract_events: ExtractEvents, text: str, kind: str) -> None:
    events = extract_events(text)
    assert of_type(events, "REJECT") == [] and of_type(events, kind), [e.to_dict() for e in events]


def test_a_resolution_vetoed_is_not_the_vetoers_call(extract_events: ExtractEvents) -> None:
    events = extract_events("The United States vetoed a resolution calling for a ceasefire in Gaza on Monday.")
    assert of_type(events, "REQUEST") == [], [e.to_dict() for e in events]
    assert country(only(events, "REJECT").actor) == "USA"


def test_a_resolution_passed_is_the_passers_call(extract_events: ExtractEvents) -> None:
    # control: a body that passes a resolution calls for what it calls for
    events = extract_events("The Security Council passed a resolution calling for a ceasefire in Gaza on Monday.")
    call = only(events, "REQUEST")
    assert call.actor is not None and call.actor.sector == "IGO", call.to_dict()


@pytest.mark.parametrize(
    "text",
    ["Hungary criticized the EU on Monday.", "Hungary criticized the European Union on Monday."],
)
def test_a_union_of_states_named_as_a_side_is_that_body(extract_events: ExtractEvents, text: str) -> None:
    criticism = only(extract_events(text), "ACCUSE")
    assert criticism.target is not None and criticism.target.name == "European Union", criticism.to_dict()


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Azerbaijan launched a military operation in Nagorno-Karabakh on Tuesday.", "AZE"),
        ("Turkey launched a ground operation against Kurdish militants in northern Syria on Monday.", "TUR"),
    ],
)
def test_a_military_operation_is_armed_force(extract_events: ExtractEvents, text: str, actor: str) -> None:
    operation = only(extract_events(text), "ASSAULT")
    assert country(operation.actor) == actor, operation.to_dict()


def test_an_operation_of_no_war_is_no_attack(extract_events: ExtractEvents) -> None:
    # control: a search or a rescue is an operation with no word of war
    events = extract_events("Kenyan police launched an operation to find the missing girl in Nairobi on Monday.")
    assert of_type(events, "ASSAULT") == [], [e.to_dict() for e in events]


def test_a_government_and_rebels_of_one_country_meet_each_other(extract_events: ExtractEvents) -> None:
    text = "Colombia's government and the ELN resumed peace talks in Caracas on Monday."
    talks = only(extract_events(text), "CONSULT")
    assert talks.target is not None and talks.target.sector == "REB", talks.to_dict()


def test_a_leader_and_his_own_ministers_are_one_side(extract_events: ExtractEvents) -> None:
    # control: one side's people meeting among themselves meet no other side
    events = extract_events("The Ethiopian president and his ministers met in Addis Ababa on Monday.")
    assert of_type(events, "CONSULT") == [], [e.to_dict() for e in events]


def test_a_declaration_issued_still_speaks_for_its_issuer(extract_events: ExtractEvents) -> None:
    # control: issuing is no opposing verb ("issued a declaration demanding that ...")
    text = (
        "The rebel Kurdistan Workers' Party issued a declaration on Monday demanding that the Turkish "
        "government release its leader."
    )
    demand = only(extract_events(text), "REQUEST")
    assert demand.actor is not None and demand.actor.sector == "REB", demand.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said its air defences shot down 31 of 38 drones launched by Russia overnight on Monday.",
        "Russian air defences downed eight Ukrainian drones over Belgorod on Monday.",
    ],
)
def test_drones_stopped_in_flight_are_a_disrupted_weapons_use(extract_events: ExtractEvents, text: str) -> None:
    stopped = only(extract_events(text), "COERCE")
    assert stopped.mode == "disrupt", stopped.to_dict()
    assert stopped.acled is not None and stopped.acled["sub_event_type"] == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "Gisec and IoTX have grown in tandem in Dubai to meet those increasing demands.",
        "Iran met the deadline set by the IAEA on Monday.",
    ],
)
def test_meeting_a_demand_or_a_deadline_meets_nobody(extract_events: ExtractEvents, text: str) -> None:
    assert of_type(extract_events(text), "CONSULT") == [], [e.to_dict() for e in extract_events(text)]


def test_meeting_a_leader_is_a_meeting(extract_events: ExtractEvents) -> None:
    # control
    meeting = only(extract_events("Putin met Xi in Beijing on Monday."), "CONSULT")
    assert (country(meeting.actor), country(meeting.target)) == ("RUS", "CHN"), meeting.to_dict()
