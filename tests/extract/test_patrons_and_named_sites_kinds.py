"""Kinds of construction written for these tests: a country hyphened to a participle of backing
is the group's patron, not its country ("Iran-aligned militias", "Turkish-backed Syrian
fighters"); a name before a house of worship is the building's, not a side's ("the Al-Aqsa
mosque" is no armed group's); an act another act answers ("in retaliation for the killing of a
commander", "to avenge the death of their leader") came first and is an event of its own, with
its own victims."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Turkish-backed Syrian fighters clashed with Kurdish forces near Manbij on Monday.", "SYR"),
        ("Iran-aligned militias attacked US troops in eastern Syria on Sunday.", "SYR"),
        ("Rwanda-backed rebels attacked army positions near Goma in eastern Congo on Monday.", "COD"),
    ],
)
def test_a_country_hyphened_to_a_backing_participle_is_no_side_of_the_group(
    extract_events: ExtractEvents, text: str, actor: str
) -> None:
    attack = only(extract_events(text), "ASSAULT")
    assert country(attack.actor) == actor, attack.to_dict()


def test_a_group_led_by_a_country_is_still_that_countrys(extract_events: ExtractEvents) -> None:
    # control: "US-led" names who leads the forces, not who backs someone else's
    events = extract_events("US-led coalition forces struck Islamic State positions in Iraq on Friday.")
    attack = only(events, "ASSAULT")
    assert country(attack.actor) == "USA", attack.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Israeli police raided the Al-Aqsa mosque compound in Jerusalem on Friday.",
        "Israeli police stormed the Al-Aqsa mosque in Jerusalem on Friday.",
    ],
)
def test_a_name_before_a_house_of_worship_is_no_side(extract_events: ExtractEvents, text: str) -> None:
    # al-Aqsa is also the short name of an armed group in the actor dictionary
    events = [e for e in extract_events(text) if e.type in {"COERCE", "ASSAULT"}]
    assert events, text
    assert all(e.target is None or e.target.sector != "REB" for e in events), [e.to_dict() for e in events]


def test_an_armed_groups_camp_stays_the_groups(extract_events: ExtractEvents) -> None:
    # control: a camp, unlike a mosque, is the side's that the name before it names
    strike = only(extract_events("Israeli jets struck a Hamas training camp in Gaza on Tuesday."), "ASSAULT")
    assert (country(strike.target), strike.target.sector if strike.target else None) == ("PSE", "REB")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Militants attacked a police post in Bannu to avenge the death of their leader, killing three officers.", 3),
        ("Gunmen killed two farmers in Benue on Sunday in reprisal for the killing of their leader.", 2),
        ("Hezbollah fired rockets at Israel on Tuesday in response to the killing of its commander in Beirut.", 0),
    ],
)
def test_the_victims_of_an_act_answered_are_not_the_answers(
    extract_events: ExtractEvents, text: str, killed: int
) -> None:
    answer = next(e for e in extract_events(text) if e.type == "ASSAULT" and e.actor is not None)
    assert counted(answer, "killed") == killed, answer.to_dict()


def test_an_act_answered_in_the_same_sentence_is_an_event_of_its_own(extract_events: ExtractEvents) -> None:
    text = (
        "Hezbollah fired dozens of rockets into northern Israel on Tuesday in retaliation for the "
        "killing of a commander."
    )
    assaults = of_type(extract_events(text), "ASSAULT")
    rockets = [e for e in assaults if e.mode == "missile"]
    assert len(rockets) == 1 and counted(rockets[0], "killed") == 0, [e.to_dict() for e in assaults]
    assert rockets[0].target is None or rockets[0].target.sector != "MIL", rockets[0].to_dict()
    killing = [e for e in assaults if e.mode != "missile"]
    assert [counted(e, "killed") for e in killing] == [1], [e.to_dict() for e in assaults]


def test_an_act_answered_told_before_is_that_event(extract_events: ExtractEvents) -> None:
    # control: "the killing" answered is the killing the report told of, not a third event
    text = (
        "Israel killed a Hezbollah commander in Beirut on Monday. On Tuesday, Hezbollah fired rockets "
        "into northern Israel in retaliation for the killing."
    )
    assaults = of_type(extract_events(text), "ASSAULT")
    assert sorted(country(e.actor) for e in assaults) == ["ISR", "LBN"], [e.to_dict() for e in assaults]
