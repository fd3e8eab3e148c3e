"""Kinds of construction written for these tests: controls imposed as rules are no hold on
territory; supporters and marchers are people, so a crowd of them dispersed is the crackdown's
target and their dead are counted; so are people a mob accuses of witchcraft, and poachers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    "text",
    ["China imposed export controls on gallium and germanium.", "Hungary imposed border controls on Monday."],
)
def test_controls_imposed_as_rules_take_no_territory(extract_events: ExtractEvents, text: str) -> None:
    assert not of_type(extract_events(text), "ASSAULT"), [e.to_dict() for e in extract_events(text)]


def test_control_imposed_over_a_city_is_still_taken(extract_events: ExtractEvents) -> None:
    # control: control (singular) of a place is a hold on territory
    event = only(extract_events("The Taliban imposed control over the city of Kunduz."), "ASSAULT")
    assert event.mode == "occupy", event.to_dict()


def test_supporters_dispersed_are_the_crackdowns_target(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Police dispersed opposition supporters with tear gas in Kampala."), "COERCE")
    assert event.target is not None and event.target.text == "opposition supporters", event.to_dict()
    assert (country(event.target), event.target.sector) == ("UGA", "OPP"), event.to_dict()


def test_supporters_killed_are_counted(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Two opposition supporters were shot dead in Kampala on Monday."), "ASSAULT")
    assert [(q.kind, q.value) for q in event.quantities] == [("killed", 2)], event.to_dict()


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("A mob attacked and injured a suspected witch in Kisii on Monday.", "injured", 1),
        ("Villagers lynched two suspected wizards in Kaduna state on Sunday.", "killed", 2),
        ("Rangers shot dead three poachers in Kruger National Park on Friday.", "killed", 3),
    ],
)
def test_people_named_for_what_they_are_accused_of_are_counted(
    extract_events: ExtractEvents, text: str, kind: str, count: int
) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.target is not None, event.to_dict()
    assert [q.value for q in event.quantities if q.kind == kind] == [count], event.to_dict()
