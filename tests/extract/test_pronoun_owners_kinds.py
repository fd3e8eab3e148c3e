"""Kinds of construction written for these tests: "their" on an event noun whose verb's subject
names two sides stands for both sides ("the government and the ELN agreed to extend their
ceasefire"), who are then each other's counterpart; "its" or "their" on an event a side announces,
begins or resumes is that side's own ("the rebels announced their withdrawal"), not when the side
orders or demands it."""

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


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("The rebels announced their withdrawal from the town of Bambari.", "RETREAT", "The rebels"),
        ("The militias completed their pullout from the airport on Friday.", "RETREAT", "The militias"),
        ("The junta announced its withdrawal from the regional bloc.", "RETREAT", "The junta"),
    ],
)
def test_a_side_announcing_its_own_act_does_it(extract_events: ExtractEvents, text: str, kind: str, actor: str) -> None:
    event = only(extract_events(text), kind)
    assert event.actor is not None and event.actor.text == actor, event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered their withdrawal from the town.",
        "The governor approved their withdrawal from the border posts.",
    ],
)
def test_a_side_ordering_anothers_act_does_not_do_it(extract_events: ExtractEvents, text: str) -> None:
    # control: ordering or approving a withdrawal is not withdrawing
    retreats = [e for e in extract_events(text) if e.type == "RETREAT"]
    assert all(e.actor is None or e.actor.text not in {"The president", "The governor"} for e in retreats), [
        e.to_dict() for e in retreats
    ]
