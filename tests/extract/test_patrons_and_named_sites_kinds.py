"""Kinds of construction written for these tests: a country hyphened to a participle of backing
is the group's patron, not its country ("Iran-aligned militias", "Turkish-backed Syrian
fighters"); a name before a house of worship is the building's, not a side's ("the Al-Aqsa
mosque" is no armed group's)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, only

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
