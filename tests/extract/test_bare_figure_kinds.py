"""Kinds of casualty statements that counted nobody, written for these tests: a bare figure left
in a state ("left two dead", "left three wounded") and a killer who turns the gun on himself
after his victim ("killed his wife and then himself")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, main_assault

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Clashes near Jos on Friday left two dead.", 2, 0),
        ("A shooting at a bus stop in Flint on Sunday left two wounded.", 0, 2),
        ("Fighting in the hills near Jos on Friday left 11 dead and several injured.", 11, 3),
        # control: a figure with its noun was counted before
        ("An ambush on a convoy near Kidal on Monday left four soldiers dead.", 4, 0),
    ],
)
def test_a_bare_figure_left_in_a_state_is_counted(
    extract_events: ExtractEvents, text: str, killed: int, injured: int
) -> None:
    attack = main_assault(extract_events(text))
    assert (counted(attack, "killed"), counted(attack, "injured")) == (killed, injured), attack.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Police left two officers at the scene of the shooting in Flint on Sunday.",
        "The shooting in Flint on Sunday left two families without a home.",
    ],
)
def test_a_figure_left_somewhere_is_no_casualty(extract_events: ExtractEvents, text: str) -> None:
    attacks = [e for e in extract_events(text) if e.type == "ASSAULT"]
    assert all(counted(e, "killed") == counted(e, "injured") == 0 for e in attacks), [e.to_dict() for e in attacks]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("A man killed his girlfriend and then himself at an apartment in Boise on Monday.", "killed"),
        ("A woman shot her husband and then herself at their home in Mesa on Friday.", "injured"),
    ],
)
def test_a_killer_who_turns_on_himself_is_a_victim_too(extract_events: ExtractEvents, text: str, outcome: str) -> None:
    attack = main_assault(extract_events(text))
    assert counted(attack, outcome) == 2, attack.to_dict()


def test_a_shooter_who_then_flees_is_no_victim(extract_events: ExtractEvents) -> None:
    attack = main_assault(extract_events("A man shot his neighbor and then fled in a car in Mesa on Friday."))
    assert counted(attack, "injured") == 1, attack.to_dict()


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Two men were shot dead and a third was wounded outside a bar in Gary on Sunday.", 2, 1),
        ("Three women were shot and a fourth was grazed by a bullet in Gary on Sunday.", 0, 4),
        ("One man was shot and a second was grazed by a bullet in Gary on Sunday.", 0, 2),  # as before
    ],
)
def test_an_ordinal_alone_is_one_more_victim(
    extract_events: ExtractEvents, text: str, killed: int, injured: int
) -> None:
    attack = main_assault(extract_events(text))
    assert (counted(attack, "killed"), counted(attack, "injured")) == (killed, injured), attack.to_dict()


def test_an_ordinal_after_a_group_that_is_no_victim_restates_the_lead(extract_events: ExtractEvents) -> None:
    text = (
        "A robbery suspect was shot and killed in Tampa on Thursday night, police said. "
        "Two robbery suspects are on the run and a third was fatally shot by a store clerk."
    )
    attack = main_assault(extract_events(text))
    assert counted(attack, "killed") == 1, attack.to_dict()


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Two men were shot on Elm Street in Flint on Monday. A third man was wounded.", 3),
        ("Two men were shot on Elm Street in Flint on Monday. A third was grazed by a bullet.", 3),
        ("A man was shot on Elm Street in Flint on Monday. A second man was wounded.", 2),
        # control: ordinals within the count restate the people counted
        ("Two men were shot on Elm Street in Flint on Monday. One man was hit in the leg and a second man "
         "was hit in the arm.", 2),
    ],
)  # fmt: skip
def test_an_ordinal_past_those_counted_is_one_more(extract_events: ExtractEvents, text: str, injured: int) -> None:
    attack = main_assault(extract_events(text))
    assert counted(attack, "injured") == injured, attack.to_dict()
