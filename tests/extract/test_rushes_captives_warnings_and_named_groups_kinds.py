"""Kinds of construction written for these tests: a rush ("charged at him") that dates the
violence, twins counted as two, a captive freed by name, a side warned "of" consequences, a side
that "charged that" another did something, civilians or demonstrators harmed by nobody named, and
armed groups whose names end in a word for state forces ("Arakan Army")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import assault_day, counted, country, main_assault, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py

TUESDAY = date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A deputy shot a man who charged at him with a knife Saturday in rural Marion County.", "2024-03-09"),
        ("Officers shot a suspect who charged toward them with a machete on Sunday night.", "2024-03-10"),
    ],
)
def test_a_rush_dates_the_violence(extract_events: ExtractEvents, text: str, day: str) -> None:
    assert assault_day(extract_events(text, published=TUESDAY)) == day


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Twin brothers were shot and killed Sunday night in Compton.", "killed", 2),
        ("Twin sisters were wounded in a drive-by shooting Sunday.", "injured", 2),
        ("A twin was shot in the leg on Saturday.", "injured", 1),  # control: one twin is one person
    ],
)
def test_twins_are_two(extract_events: ExtractEvents, text: str, kind: str, count: int) -> None:
    assert counted(main_assault(extract_events(text, published=TUESDAY)), kind) == count


def test_a_street_trader_is_a_civilian_victim(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Police beat a hawker to death in Nairobi."), "ASSAULT")
    assert event.target is not None and event.target.sector == "CVL", event.to_dict()
    assert event.acled is not None and event.acled["sub_event_type"] == "Attack", event.to_dict()


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Iran freed Nazanin Zaghari-Ratcliffe on Wednesday.", "IRN"),
        ("Myanmar's junta released opposition leader Aung San Suu Kyi from house arrest.", "MMR"),
    ],
)
def test_a_captive_freed_by_name_is_a_release(extract_events: ExtractEvents, text: str, dyad: str) -> None:
    event = only(extract_events(text), "CONCEDE")
    assert country(event.actor) == dyad and event.mode == "release", event.to_dict()


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Taylor Swift released her new album.", "CONCEDE"), ("Nadal beat Federer in the final.", "ASSAULT")],
)
def test_a_named_person_makes_no_release_or_blow_of_other_verbs(
    extract_events: ExtractEvents, text: str, kind: str
) -> None:
    # controls: an album released is no captive; a player beaten is no victim
    assert not of_type(extract_events(text), kind)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Washington warned Damascus of serious consequences if it used chemical weapons.", ("USA", "SYR")),
        ("China warned Japan of a heavy price over its Taiwan remarks.", ("CHN", "JPN")),
    ],
)
def test_a_side_warned_of_consequences_is_threatened(
    extract_events: ExtractEvents, text: str, dyad: tuple[str, str]
) -> None:
    event = only(extract_events(text), "THREATEN")
    assert (country(event.actor), country(event.target)) == dyad, event.to_dict()


def test_a_warning_of_a_forecast_is_no_threat(extract_events: ExtractEvents) -> None:
    # control: what the side would suffer is no slowdown of growth
    assert not of_type(extract_events("The IMF warned Greece of a slowdown in growth."), "THREATEN")


def test_a_side_that_charges_that_another_acted_accuses_it(extract_events: ExtractEvents) -> None:
    text = "The Georgian government charged that Russian helicopters had violated its airspace."
    event = only(extract_events(text), "ACCUSE")
    assert (country(event.actor), country(event.target)) == ("GEO", "RUS"), event.to_dict()


def test_a_court_charge_is_no_accusation(extract_events: ExtractEvents) -> None:
    # control: "was charged with" is the court's
    assert not of_type(extract_events("He was charged with murder after the shooting."), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("A man died in police custody in Kisumu.", "Attack"),
        (
            "Sudan's army chief apologised for the killing of protesters in Khartoum.",
            "Excessive force against protesters",
        ),
        ("Gunmen killed three protesters in Bamako.", "Attack"),  # control: an armed group named
    ],
)
def test_people_harmed_by_nobody_named_are_no_battle(extract_events: ExtractEvents, text: str, sub_type: str) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.acled is not None and event.acled["sub_event_type"] == sub_type, event.to_dict()


@pytest.mark.parametrize(
    ("text", "actor", "inter"),
    [
        ("The Kachin Independence Army attacked a junta base in Hpakant.", "MMR", ("2", None)),
        ("Syrian Democratic Forces fighters clashed with Turkish-backed militias near Manbij.", "SYR", ("2", "3")),
        ("The Malian army attacked JNIM fighters.", "MLI", ("1", "2")),  # control: the state's own army
    ],
)
def test_an_armed_group_named_army_or_forces_is_no_state_force(
    extract_events: ExtractEvents, text: str, actor: str, inter: tuple[str, str | None]
) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert country(event.actor) == actor, event.to_dict()
    assert event.acled is not None and (event.acled.get("inter1"), event.acled.get("inter2")) == inter, event.to_dict()
