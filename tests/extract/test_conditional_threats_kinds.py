"""Kinds of construction written for these tests: force held out on another side's act ("would
respond militarily if Finland joined NATO") threatens the side whose act is the condition."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Russia said it would respond militarily if Finland joined NATO.", "RUS", "FIN"),
        ("Iran said it would strike back if Israel attacked its nuclear sites.", "IRN", "ISR"),
        ("The Houthis said they would attack ships in the Red Sea unless Israel ended the siege.", "YEM", "ISR"),
    ],
)
def test_force_held_out_on_a_sides_act_threatens_that_side(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    event = only(extract_events(text), "THREATEN")
    assert (country(event.actor), country(event.target)) == (actor, target), event.to_dict()
    assert not of_type(extract_events(text), "ASSAULT"), "the act held out did not happen"


@pytest.mark.parametrize(
    "text",
    [
        # the condition is something done to the speaker's own side, or names no side
        "Iran said it would strike back if it was attacked.",
        "The army said it would launch an offensive if the talks failed.",
    ],
)
def test_a_condition_with_no_other_side_threatens_nobody(extract_events: ExtractEvents, text: str) -> None:
    assert not of_type(extract_events(text), "THREATEN"), [e.to_dict() for e in extract_events(text)]


def test_a_named_target_stays_the_target(extract_events: ExtractEvents) -> None:
    # control: a target named in the threat itself wins over the condition's side
    event = only(extract_events("Iran said it would attack US bases if Israel struck its nuclear sites."), "THREATEN")
    assert country(event.target) == "USA", event.to_dict()
