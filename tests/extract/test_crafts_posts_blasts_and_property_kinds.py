"""Kinds of construction written for these tests: a craft named by its kind ("fighter jets"); a
post of armed forces named with "of" ("positions of the militia"); a blast whose victims are
troops or police; property destroyed in another country; diplomats a state expels; what is set fire to; a border or
airspace closed to a side."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


def sole(events: list[Event]) -> Event:
    """The one event of a sentence, whatever its type."""
    assert len(events) == 1, [e.to_dict() for e in events]
    return events[0]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli fighter jets struck a Hamas command centre in Gaza City on Tuesday.",
        "Syrian fighter planes bombed rebel-held towns in Idlib.",
    ],
)
def test_a_craft_named_by_its_kind_is_flown_by_state_forces(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.actor is not None and event.actor.sector == "MIL", event.to_dict()


def test_an_institution_before_a_craft_still_names_its_side(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Police helicopters fired on protesters in the capital."), "ASSAULT")
    assert event.actor is not None and event.actor.sector == "COP", event.to_dict()
    rebels = only(extract_events("Rebel fighters attacked the town at dawn."), "ASSAULT")
    assert rebels.actor is not None and rebels.actor.sector == "REB", rebels.to_dict()


@pytest.mark.parametrize(
    ("text", "event_type", "sector", "where"),
    [
        ("Turkish-backed rebels shelled positions of the Kurdish YPG militia near Manbij.", "ASSAULT", "REB", None),
        ("Islamic State fighters attacked positions of the Iraqi army near Mosul.", "ASSAULT", "MIL", "IRQ"),
        ("Gunmen torched a base of the militia in Ituri.", "COERCE", "REB", "COD"),
    ],
)
def test_a_post_of_a_side_is_that_side(
    extract_events: ExtractEvents, text: str, event_type: str, sector: str, where: str | None
) -> None:
    event = only(extract_events(text), event_type)
    assert event.target is not None and event.target.sector == sector, event.to_dict()
    if where is not None:
        assert country(event.target) == where, event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "An explosion killed 12 soldiers in northern Mali.",
        "The blast killed 12 people, 10 of them soldiers, in northern Mali.",
        "An explosion wounded three policemen in Quetta.",
    ],
)
def test_a_blast_that_kills_troops_or_police_is_a_bombing(extract_events: ExtractEvents, text: str) -> None:
    event = sole(extract_events(text))
    assert (event.type, event.mode) == ("ASSAULT", "bombing"), event.to_dict()
    assert (event.acled or {}).get("sub_event_type") == "Remote explosive/landmine/IED", event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "A blast killed 12 people in northern Mali.",
        "An explosion at an ammunition depot killed 12 soldiers.",
        "A gas explosion killed two police officers.",
    ],
)
def test_a_blast_with_no_forces_hit_or_at_an_arms_depot_stays_an_accident(
    extract_events: ExtractEvents, text: str
) -> None:
    event = sole(extract_events(text))
    assert (event.type, event.mode) == ("OTHER", "accident"), event.to_dict()


def test_property_destroyed_abroad_is_of_the_place_it_stands_in(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Israeli troops demolished a house in Hebron."), "COERCE")
    assert (country(event.actor), country(event.target)) == ("ISR", "PSE"), event.to_dict()
    # control: people arrested are within the actor's reach, of its country
    arrested = only(extract_events("Israeli troops arrested three men overnight."), "COERCE")
    assert country(arrested.target) == "ISR", arrested.to_dict()


@pytest.mark.parametrize(
    ("text", "target", "where"),
    [
        ("Russia expelled ten Polish diplomats on Monday.", "ten Polish diplomats", "POL"),
        ("Moscow expelled the Polish ambassador.", "the Polish ambassador", "POL"),
    ],
)
def test_diplomats_expelled_are_the_target_not_their_nationality_word(
    extract_events: ExtractEvents, text: str, target: str, where: str
) -> None:
    event = only(extract_events(text), "SANCTION")
    assert event.target is not None and event.target.text == target, event.to_dict()
    assert (country(event.target), event.target.sector) == (where, "GOV"), event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Iran seized an oil tanker in the Gulf of Oman on Thursday.",
        "Iran's navy seized a tanker carrying fuel in the Gulf.",
    ],
)
def test_a_thing_seized_is_not_the_seizers(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "COERCE")
    assert event.target is not None and event.target.country != country(event.actor), event.to_dict()


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Protesters set fire to a police station in Dhaka.", "COP"),
        ("Rioters set fire to the offices of the ruling party in Kathmandu.", "GOV"),
    ],
)
def test_what_is_set_fire_to_is_the_target(extract_events: ExtractEvents, text: str, sector: str) -> None:
    event = only(extract_events(text), "COERCE")
    assert event.target is not None and event.target.sector == sector, event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators set fire to tyres on the main road in Nairobi.",
        "Prisoners in a jail near Lahore set fire to their mattresses.",
    ],
)
def test_things_set_fire_to_are_no_side(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "COERCE")
    assert event.target is None, event.to_dict()


@pytest.mark.parametrize(
    ("text", "closed_to"),
    [
        ("Pakistan closed its airspace to Indian flights.", "IND"),
        ("Turkey closed the Bosporus strait to Russian warships.", "RUS"),
    ],
)
def test_what_is_closed_to_a_side_aims_at_it(extract_events: ExtractEvents, text: str, closed_to: str) -> None:
    event = only(extract_events(text), "COERCE")
    assert event.mode == "ban" and country(event.target) == closed_to, event.to_dict()
