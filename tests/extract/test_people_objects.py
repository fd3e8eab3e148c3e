"""Acts whose object is a person, named by any noun of people ("released a British-Australian
academic", "set a suspected thief ablaze"), shots fired on or at people, crowds and armed posts, a
side held "under house arrest", and people at a birthday party, who are no political party.

Every sentence is written for these tests, each kind with a control that must not change.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import of_type

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "target", "sector"),
    [
        ("Iran released a British-Australian academic on Wednesday.", "a British-Australian academic", "EDU"),
        ("The Taliban freed 20 Afghan soldiers in Kandahar on Monday.", "20 Afghan soldiers", "MIL"),
        # a noun of the old list, as control
        ("Iran released two prisoners on Wednesday.", "two prisoners", "CVL"),
    ],
)
def test_the_people_freed_are_the_release_target(
    extract_events: ExtractEvents, text: str, target: str, sector: str
) -> None:
    (release,) = of_type(extract_events(text), "CONCEDE")
    assert release.target is not None and (release.target.text, release.target.sector) == (target, sector)


def test_a_release_of_no_people_is_no_concession(extract_events: ExtractEvents) -> None:
    assert of_type(extract_events("Iran released its oil export figures for March on Wednesday."), "CONCEDE") == []


@pytest.mark.parametrize(
    "text",
    [
        "A mob set a suspected thief ablaze in Lagos on Sunday.",  # "ablaze" tagged a noun
        "A mob set a man ablaze in Lagos on Sunday.",
        "Vigilantes beat two shopkeepers in Kano on Sunday.",
    ],
)
def test_an_attack_on_any_person_noun_is_an_assault(extract_events: ExtractEvents, text: str) -> None:
    (assault,) = of_type(extract_events(text), "ASSAULT")
    assert assault.target is not None and assault.target.sector in {"CVL", "CRM"}


def test_beating_a_team_is_still_no_assault(extract_events: ExtractEvents) -> None:
    assert of_type(extract_events("Nigeria beat Ghana 2-1 in Lagos on Sunday."), "ASSAULT") == []


@pytest.mark.parametrize(
    ("text", "target_sector", "acled"),
    [
        ("Soldiers fired on protesters in Mandalay on Sunday.", "OPP", "Excessive force against protesters"),
        ("Troops fired on a crowd of mourners in Khartoum on Friday.", "CVL", "Attack"),
        ("Gunmen fired upon a police patrol near Peshawar on Monday.", "COP", "Armed clash"),
        ("Police fired into a block party in Houston, wounding two.", "CVL", "Attack"),
    ],
)
def test_shots_fired_on_people_are_an_attack_on_them(
    extract_events: ExtractEvents, text: str, target_sector: str, acled: str
) -> None:
    (assault,) = of_type(extract_events(text), "ASSAULT")
    assert assault.target is not None and assault.target.sector == target_sector
    assert (assault.acled or {}).get("sub_event_type") == acled


@pytest.mark.parametrize(
    "text",
    ["He was fired on Monday after the scandal in Lagos.", "The company fired 200 workers in Lagos on Friday."],
)
def test_a_dismissal_is_no_shooting(extract_events: ExtractEvents, text: str) -> None:
    assert of_type(extract_events(text), "ASSAULT") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Malian army placed the former president under house arrest on Tuesday.", "The Malian army"),
        ("Mali's former president was placed under house arrest on Tuesday.", "authorities (implied)"),
        # control: custody was a state before
        ("Malian police took the former president into custody on Tuesday.", "Malian police"),
    ],
)
def test_a_person_held_under_arrest_is_the_arrest_target(extract_events: ExtractEvents, text: str, actor: str) -> None:
    (arrest,) = of_type(extract_events(text), "COERCE")
    assert arrest.actor is not None and arrest.actor.text == actor
    assert arrest.target is not None and "former president" in arrest.target.text


def test_people_at_a_birthday_party_are_civilians(extract_events: ExtractEvents) -> None:
    text = "A gunman opened fire at a birthday party in Lagos, killing four people."
    (assault,) = of_type(extract_events(text), "ASSAULT")
    assert assault.target is not None and assault.target.sector == "CVL"


def test_a_ruling_party_stays_a_party(extract_events: ExtractEvents) -> None:
    (accuse,) = of_type(extract_events("Kenya's ruling party accused the opposition of fraud on Monday."), "ACCUSE")
    assert accuse.actor is not None and accuse.actor.sector == "PTY"


@pytest.mark.parametrize(
    ("text", "target", "mode"),
    [
        ("A gunman fired shots at a man in Houston on Sunday.", "a man", "firearms"),
        ("Iranian forces fired missiles at US troops in Iraq on Tuesday.", "US troops", "missile"),
        ("Protesters hurled stones at police in Nairobi on Monday.", "police", "beating"),
    ],
)
def test_what_is_fired_or_thrown_is_no_side(extract_events: ExtractEvents, text: str, target: str, mode: str) -> None:
    (assault,) = of_type(extract_events(text), "ASSAULT")
    assert assault.target is not None and assault.target.text.startswith(target)
    assert assault.mode == mode
