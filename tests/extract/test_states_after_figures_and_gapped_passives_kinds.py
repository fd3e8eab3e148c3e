"""Kinds of construction written for these tests: figures with a casualty state right after them
("left one dead and four injured"), each counting what its own state says however the parser
links the coordinated figures and states; and a participle joined to a passive with the passive's
"was" left out ("a boy was killed and his brother wounded"), whose subject was hurt and did not
hurt anyone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("The shooting in Akron left one dead and four injured.", 1, 4),
        ("The shooting in Akron left two dead and four injured.", 2, 4),
        ("Fighting in Khartoum left three dead and nine wounded on Monday.", 3, 9),
        ("A gunman opened fire at a bar in Dayton, leaving one dead.", 1, 0),
        # control: figures already counted right stay so
        ("The shooting in Akron left 16 dead and 79 wounded.", 16, 79),
    ],
)
def test_each_figure_counts_the_state_right_after_it(
    extract_events: ExtractEvents, text: str, killed: int, injured: int
) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert (counted(event, "killed"), counted(event, "injured")) == (killed, injured), event.to_dict()


def test_a_figure_before_a_wounded_noun_is_no_state_of_its_own(extract_events: ExtractEvents) -> None:
    # control: "two wounded soldiers" counts soldiers, no state after a figure standing alone
    events = extract_events("Two wounded soldiers were evacuated from Bakhmut on Monday.")
    assert all(counted(e, "injured") == 0 for e in events if e.type == "AID"), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "A 17-year-old boy was killed and his brother wounded in a drive-by shooting in Memphis.",
        "One soldier was killed and two others wounded in an ambush near Gao on Monday.",
    ],
)
def test_the_subject_of_a_gapped_passive_was_hurt_and_hurt_nobody(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.actor is None, event.to_dict()
    assert counted(event, "killed") == 1 and counted(event, "injured") >= 1, event.to_dict()


def test_a_joined_verb_with_an_object_of_its_own_is_active(extract_events: ExtractEvents) -> None:
    # control: "officers shot the suspect" has its own object; the officers shot
    event = only(extract_events("Police were called to the house and officers shot the suspect."), "ASSAULT")
    assert event.actor is not None and event.actor.text == "officers", event.to_dict()
