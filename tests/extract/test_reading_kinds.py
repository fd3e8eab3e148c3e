"""Kinds of reading that coded wrongly before: an infinitive on an owned decision is the owner's
act ("the Saudi decision to lift"), a state protests by complaining, a warning of another side's
act threatens nothing, a place that owns something outside the event's phrase is no scene
("Iran's response to the killing"), violence a court rules on is not the court's, a group, gang
or crowd of people is those people ("rival groups of youths"), forces moved to a place are
deployed there and forces moved from a place retreat, an accord between two sides is welcomed
from the first, a town and its country are an address, gas that controls a crowd is no chemical
attack. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("Turkey welcomed the Saudi decision to lift the blockade on Qatar.", "RETREAT", "SAU"),
        ("Ankara welcomed the Egyptian decision to release the detained journalists.", "CONCEDE", "EGY"),
    ],
)
def test_an_infinitive_on_an_owned_decision_is_the_owners_act(
    extract_events: ExtractEvents, text: str, event_type: str, actor: str
) -> None:
    found = of_type(extract_events(text), event_type)
    assert found, [e.to_dict() for e in extract_events(text)]
    assert all(country(e.actor) == actor for e in found), [e.to_dict() for e in found]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Beijing protested to Tokyo over the shrine visit on Monday.", "CHN", "JPN"),
        ("China strongly protested the US decision to sell drones to Taiwan.", "CHN", "USA"),
        ("The Chinese foreign ministry protested the visit in Beijing on Monday.", "CHN", None),
    ],
)
def test_a_state_protests_by_complaining(
    extract_events: ExtractEvents, text: str, actor: str, target: str | None
) -> None:
    events = extract_events(text)
    assert not of_type(events, "PROTEST"), [e.to_dict() for e in events]
    complaints = of_type(events, "ACCUSE")
    assert any(country(e.actor) == actor and (target is None or country(e.target) == target) for e in complaints), [
        e.to_dict() for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Kenyan teachers protested the pay cut in Nairobi.",
        "Kenyan government workers protested the pay cut in Nairobi.",
    ],
)
def test_people_who_protest_still_demonstrate(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert of_type(events, "PROTEST") and not of_type(events, "ACCUSE"), [e.to_dict() for e in events]


def test_a_place_owning_the_reaction_is_not_where_the_killing_happened(extract_events: ExtractEvents) -> None:
    text = (
        "Gunmen killed the governor of Diyala province near Baquba, Iraq, on Monday. "
        "Iran's response to the killing of the governor was muted, officials said."
    )
    killings = of_type(extract_events(text), "ASSAULT")
    assert killings and all(e.location is not None and e.location.country == "IRQ" for e in killings), [
        e.to_dict() for e in extract_events(text)
    ]


def test_a_warning_of_another_sides_act_threatens_nothing(extract_events: ExtractEvents) -> None:
    text = "NATO warned of a Russian military build-up near the Ukrainian border."
    assert not of_type(extract_events(text), "THREATEN"), [e.to_dict() for e in extract_events(text)]


def test_the_warnings_own_act_is_still_a_threat(extract_events: ExtractEvents) -> None:
    text = "Iran warned of a crushing military response to any attack by Israel."
    threats = of_type(extract_events(text), "THREATEN")
    assert any(country(e.actor) == "IRN" for e in threats), [e.to_dict() for e in extract_events(text)]


def test_a_shooting_a_court_rules_on_is_not_the_courts(extract_events: ExtractEvents) -> None:
    text = "A judge in Toledo acquitted a man of murder charges in the shooting of a cook on Monday."
    shootings = of_type(extract_events(text), "ASSAULT")
    assert shootings and all(e.actor is None or e.actor.sector != "JUD" for e in shootings), [
        e.to_dict() for e in extract_events(text)
    ]


@pytest.mark.parametrize(
    ("text", "sector", "sub_event_type"),
    [
        ("Rival groups of youths clashed with machetes in Kisumu, Kenya.", "CVL", "Mob violence"),
        ("A gang of armed men attacked a village in Zamfara state, Nigeria, on Monday.", "UAF", "Attack"),
    ],
)
def test_a_group_of_people_is_the_people(
    extract_events: ExtractEvents, text: str, sector: str, sub_event_type: str
) -> None:
    attacks = of_type(extract_events(text), "ASSAULT")
    assert any(
        e.actor is not None and e.actor.sector == sector and (e.acled or {}).get("sub_event_type") == sub_event_type
        for e in attacks
    ), [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("Pakistan moved troops to its border with Afghanistan on Monday.", "MOBILIZE", "PAK"),
        ("Canada is moving some of its Iraq-based forces to Kuwait.", "RETREAT", "CAN"),
        ("Germany moved its soldiers out of Iraq on Tuesday.", "RETREAT", "DEU"),
        ("The US moved its troops from Syria to Iraq.", "RETREAT", "USA"),
        ("The town of Kidal was handed over by Malian troops to separatist rebels on Monday.", "RETREAT", "MLI"),
    ],
)
def test_forces_moved_to_a_place_deploy_and_from_a_place_retreat(
    extract_events: ExtractEvents, text: str, event_type: str, actor: str
) -> None:
    events = extract_events(text)
    assert any(country(e.actor) == actor for e in of_type(events, event_type)), [e.to_dict() for e in events]
    other = "RETREAT" if event_type == "MOBILIZE" else "MOBILIZE"
    assert not of_type(events, other), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Washington welcomed the agreement between Saudi Arabia and Iran.", "SUPPORT", "SAU"),
        ("Egypt welcomed the ceasefire between Israel and Hamas on Tuesday.", "SUPPORT", "ISR"),
    ],
)
def test_an_accord_between_two_sides_is_welcomed_from_the_first(
    extract_events: ExtractEvents, text: str, event_type: str, target: str
) -> None:
    found = of_type(extract_events(text), event_type)
    assert any(country(e.target) == target for e in found), [e.to_dict() for e in extract_events(text)]


def test_a_town_and_its_country_are_an_address_not_the_target(extract_events: ExtractEvents) -> None:
    text = "Al-Shabaab militants killed four teachers in an attack on a school in Mandera, Kenya."
    attacks = of_type(extract_events(text), "ASSAULT")
    assert attacks and all(e.target is None or e.target.kind != "country" for e in attacks), [
        e.to_dict() for e in extract_events(text)
    ]
    assert any((e.acled or {}).get("sub_event_type") == "Attack" for e in attacks), [e.to_dict() for e in attacks]


def test_gas_that_controls_a_crowd_is_no_chemical_attack(extract_events: ExtractEvents) -> None:
    text = "Police in Harare, Zimbabwe, used tear gas to disperse opposition supporters on Monday."
    events = extract_events(text)
    assert not of_type(events, "ASSAULT") and of_type(events, "COERCE"), [e.to_dict() for e in events]
    poison = "Syrian government forces used poison gas against civilians in Douma, Syria, on Saturday."
    assert any(e.mode == "bombing" for e in of_type(extract_events(poison), "ASSAULT")), [
        e.to_dict() for e in extract_events(poison)
    ]
