"""Kinds of construction written for these tests: a place named in what someone is accused,
charged or convicted of is part of the charge, not where the event happened."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "kind", "charged", "charged_country"),
    [
        ("Iranian authorities executed four men convicted of spying for Israel.", "ASSAULT", "Israel", "ISR"),
        ("Turkish police detained a man accused of smuggling weapons to Syria.", "COERCE", "Syria", "SYR"),
    ],
)
def test_a_place_in_a_charge_is_no_scene(
    extract_events: ExtractEvents, text: str, kind: str, charged: str, charged_country: str
) -> None:
    event = only(extract_events(text), kind)
    assert event.location is None or event.location.text != charged, event.to_dict()
    assert country(event.target) != charged_country, event.to_dict()


def test_the_place_of_a_conviction_stays_its_scene(extract_events: ExtractEvents) -> None:
    # control: "in Tehran" says where the court convicted him; "for Israel" stays the charge
    event = only(extract_events("A man was convicted in Tehran of spying for Israel."), "COERCE")
    assert event.location is not None and event.location.text == "Tehran", event.to_dict()
    assert country(event.target) == "IRN", event.to_dict()
