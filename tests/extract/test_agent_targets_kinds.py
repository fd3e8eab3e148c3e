"""Kinds of construction written for these tests: an event noun's target that the parse hangs on
the noun's agent ("an attack by jihadists on a military post"): the target is the noun's, and the
agent's phrase ends before it; a side accused of a deed, whose phrase ends before the deed
("accused Ethiopian forces of ethnic cleansing")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The army said it had repelled an attack by jihadists on a military post near Djibo.", "jihadists",
         "a military post"),
        ("The UN condemned the attack by rebels on peacekeepers in Beni.", "rebels", "peacekeepers in Beni"),
        ("Troops repelled an attack by militants on an army base in Borno.", "militants", "an army base in Borno"),
    ],
)  # fmt: skip
def test_a_target_hung_on_the_agent_is_the_events(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.actor is not None and event.actor.text == actor, event.to_dict()
    assert event.target is not None and event.target.text == target, event.to_dict()


def test_a_target_on_the_noun_stays_the_nouns(extract_events: ExtractEvents) -> None:
    # control: the parse hangs "on a police patrol" on the ambush itself
    text = "The governor condemned an ambush by bandits on a police patrol in Zamfara."
    event = only(extract_events(text), "ASSAULT")
    assert event.actor is not None and event.actor.text == "bandits", event.to_dict()
    assert event.target is not None and event.target.sector == "COP", event.to_dict()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Human Rights Watch accused Ethiopian forces of ethnic cleansing in western Tigray.", "Ethiopian forces"),
        ("Ukraine accused Russian troops of war crimes in Bucha.", "Russian troops"),
        # control: an "of" that names whom a side belongs to stays the side's
        ("Kenya accused the leaders of the opposition of inciting violence.", "the leaders of the opposition"),
    ],
)
def test_the_accused_side_ends_before_the_deed(extract_events: ExtractEvents, text: str, target: str) -> None:
    event = only(extract_events(text), "ACCUSE")
    assert event.target is not None and event.target.text == target, event.to_dict()
