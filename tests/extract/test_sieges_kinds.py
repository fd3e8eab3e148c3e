"""Kinds of construction written for these tests: a siege or blockade of a town or region
restricts movement (CAMEO 191, PLOVER COERCE); a person "besieged" by reporters is no siege."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Sudan's Rapid Support Forces besieged the city of El Fasher.", "SDN"),
        ("Al-Shabaab fighters besieged the town of Beledweyne on Monday.", "SOM"),
    ],
)
def test_a_town_besieged_is_a_coercion_by_the_besiegers(extract_events: ExtractEvents, text: str, actor: str) -> None:
    event = only(extract_events(text), "COERCE")
    assert country(event.actor) == actor, event.to_dict()


def test_a_person_besieged_by_reporters_is_no_siege(extract_events: ExtractEvents) -> None:
    assert not of_type(extract_events("The minister was besieged by reporters in Nairobi on Monday."), "COERCE")
