"""Kinds of construction written for these tests: "their" on an event noun whose verb's subject
names two sides stands for both sides ("the government and the ELN agreed to extend their
ceasefire"), who are then each other's counterpart."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "kind", "dyad"),
    [
        ("Colombia's government and the ELN agreed to extend their ceasefire.", "AGREE", ("COL", "COL")),
        ("Russia and Ukraine resumed their talks in Istanbul.", "CONSULT", ("RUS", "UKR")),
    ],
)
def test_their_act_is_the_two_sides_together(
    extract_events: ExtractEvents, text: str, kind: str, dyad: tuple[str, str]
) -> None:
    event = only(extract_events(text), kind)
    assert event.actor is not None and event.actor.text != "their", event.to_dict()
    assert event.target is not None and "their" not in event.target.text, event.to_dict()
    assert (country(event.actor), country(event.target)) == dyad, event.to_dict()


def test_their_after_one_side_stays_that_sides(extract_events: ExtractEvents) -> None:
    # control: one subject, no second side to pair
    event = only(extract_events("The Houthis resumed their attacks on ships in the Red Sea."), "ASSAULT")
    assert country(event.actor) == "YEM", event.to_dict()
