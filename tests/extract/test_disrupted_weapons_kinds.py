"""Kinds of construction written for these tests: a weapon a side shoots down, intercepts or
defuses, named with the side that used it ("12 Houthi drones", "rockets fired by Hezbollah", "a
bomb planted by al-Shabaab"): the disruption acts on that side."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The US Navy shot down 12 Houthi drones over the Red Sea.", "USA", "YEM"),
        ("Israel intercepted 20 rockets fired by Hezbollah.", "ISR", "LBN"),
        ("Ukraine shot down 30 Russian drones overnight.", "UKR", "RUS"),
        ("Somali troops defused a bomb planted by al-Shabaab in Mogadishu.", "SOM", "SOM"),
    ],
)
def test_the_side_whose_weapon_is_stopped_is_the_target(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    event = only(extract_events(text), "COERCE")
    assert event.mode == "disrupt", event.to_dict()
    assert (country(event.actor), country(event.target)) == (actor, target), event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        # controls: a model of weapon, or a weapon found with no user named, names no side
        "Ukrainian air defences shot down 20 Shahed drones over Kyiv.",
        "Police in Lagos seized 40 rifles and ammunition from a warehouse.",
    ],
)
def test_a_weapon_of_no_named_side_leaves_the_target_open(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "COERCE")
    assert event.mode == "disrupt" and event.target is None, event.to_dict()
