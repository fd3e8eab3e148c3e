"""Kinds of construction written for these tests: a collective of people ("a convoy of troops");
an "of" the parse hangs on the first of two conjuncts; a threatened measure aimed at a side; a
thing a foreign side strikes, which is the country it stands in."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "target", "sector"),
    [
        (
            "Al-Shabaab fighters ambushed a convoy of African Union troops near Mogadishu.",
            "African Union troops",
            "MIL",
        ),
        ("Gunmen attacked a patrol of Nigerian soldiers in Zamfara state.", "Nigerian soldiers", "MIL"),
    ],
)
def test_a_convoy_or_patrol_of_troops_is_the_troops(
    extract_events: ExtractEvents, text: str, target: str, sector: str
) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.target is not None and event.target.text == target, event.to_dict()
    assert event.target.sector == sector, event.to_dict()


def test_a_delegation_of_senators_is_the_senators(extract_events: ExtractEvents) -> None:
    event = only(extract_events("A delegation of US senators met Taiwan's president in Taipei."), "CONSULT")
    assert event.actor is not None and event.actor.text == "US senators", event.to_dict()
    assert (country(event.actor), country(event.target)) == ("USA", "TWN"), event.to_dict()


def test_an_of_after_the_second_side_of_a_clash_is_that_side_s(extract_events: ExtractEvents) -> None:
    """ "between police and supporters of the opposition leader": the parse hangs "of the
    opposition leader" on "police"; the supporters are the opposition's, the police only police."""
    event = only(extract_events("Clashes erupted between police and supporters of the opposition leader in Nairobi."),
                 "ASSAULT")  # fmt: skip
    assert event.actor is not None and event.actor.text == "police", event.to_dict()
    assert event.target is not None and event.target.sector == "OPP", event.to_dict()
    assert (event.acled or {}).get("event_type") == "Riots", event.to_dict()
    # control: two sides with no "of" keep both
    armed = only(extract_events("Clashes broke out between Israeli troops and Palestinian gunmen in Jenin."), "ASSAULT")
    assert (country(armed.actor), armed.target.sector if armed.target else None) == ("ISR", "REB"), armed.to_dict()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The European Union threatened new sanctions against Russia over the poisoning.", "RUS"),
        ("Washington threatened tariffs on Chinese goods.", "CHN"),
    ],
)
def test_a_threatened_measure_is_aimed_at_the_side_after_its_preposition(
    extract_events: ExtractEvents, text: str, target: str
) -> None:
    event = only(extract_events(text), "THREATEN")
    assert event.mode == "sanction" and country(event.target) == target, event.to_dict()
    # control: a side threatened with a measure is the object itself
    named = only(extract_events("The EU threatened Russia with new sanctions."), "THREATEN")
    assert country(named.target) == "RUS", named.to_dict()


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Russian missiles struck a power plant in Kharkiv.", "RUS", "UKR"),
        ("Israeli warplanes struck targets in southern Lebanon overnight.", "ISR", "LBN"),
        ("Ukrainian drones hit an oil refinery in Russia's Krasnodar region.", "UKR", "RUS"),
    ],
)
def test_a_thing_a_foreign_side_strikes_is_the_country_it_stands_in(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert (country(event.actor), country(event.target)) == (actor, target), event.to_dict()


def test_a_strike_at_home_or_one_that_kills_keeps_its_own_target(extract_events: ExtractEvents) -> None:
    # controls: nobody's thing at home is no side; the people killed are the side hit
    home = only(extract_events("Rebels attacked a power plant in Kaduna."), "ASSAULT")
    assert home.target is None, home.to_dict()
    killed = only(extract_events("Israeli jets bombed a house in Gaza, killing five people."), "ASSAULT")
    assert killed.target is not None and killed.target.sector == "CVL", killed.to_dict()
    # a base is whoever's forces hold it, which its country does not tell
    bases = only(extract_events("Iran fired missiles at two bases in Iraq hosting US troops."), "ASSAULT")
    assert country(bases.target) != "IRQ", bases.to_dict()


def test_a_country_s_base_is_its_forces_wherever_it_stands(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Iranian-backed militias attacked a US base in Syria with drones."), "ASSAULT")
    assert country(event.target) == "USA", event.to_dict()
    assert event.location is not None and event.location.country == "SYR", event.to_dict()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Rebels in eastern Congo shot down a UN helicopter, killing eight peacekeepers.", None),
        ("Pakistan downed two Indian jets over Kashmir.", "IND"),
    ],
)
def test_an_aircraft_shot_down_is_an_attack_on_its_crew(
    extract_events: ExtractEvents, text: str, target: str | None
) -> None:
    events = extract_events(text)
    event = only(events, "ASSAULT")
    assert not [e for e in events if e.type == "COERCE"], [e.to_dict() for e in events]
    if target is not None:
        assert country(event.target) == target, event.to_dict()
    # control: drones shot down are weapons stopped in flight
    drones = only(extract_events("Russian air defences downed eight drones over Belgorod."), "COERCE")
    assert drones.mode == "disrupt", drones.to_dict()


@pytest.mark.parametrize(
    ("text", "target", "sector"),
    [
        ("Burkina Faso's junta suspended two independent newspapers for a month.", "two independent newspapers", "MED"),
        ("Israel closed the Al Jazeera bureau in Jerusalem.", "the Al Jazeera bureau", "MED"),
    ],
)
def test_a_state_that_silences_the_press_restricts_it(
    extract_events: ExtractEvents, text: str, target: str, sector: str
) -> None:
    event = only(extract_events(text), "COERCE")
    assert event.mode == "ban", event.to_dict()
    assert event.target is not None and (event.target.text, event.target.sector) == (target, sector), event.to_dict()
    # control: a firm that closes its own office restricts nobody
    assert not extract_events("The company closed its office in Lagos.")
