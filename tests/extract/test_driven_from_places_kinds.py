"""A kind of construction written for these tests: an armed side driven back from a place, or out
of it, loses the place to the side that drives it ("the army drove back the militants from a key
village", "were pushed back from their strongholds by government forces"): ACLED codes the
government regaining territory. Pushing back a deadline or an attack takes no place."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The Nigerian army drove back the militants from a key village near Maiduguri on Monday.", "NGA", "REB"),
        (
            "The militants were pushed back from their strongholds near Maiduguri by Nigerian troops on Monday.",
            "NGA",
            "REB",
        ),
        ("The Philippine army drove the militants out of Marawi on Monday.", "PHL", "REB"),
    ],
)
def test_a_side_driven_from_a_place_loses_it(extract_events: ExtractEvents, text: str, actor: str, target: str) -> None:
    taken = only(extract_events(text), "ASSAULT")
    assert taken.mode == "occupy" and country(taken.actor) == actor, taken.to_dict()
    assert taken.target is not None and taken.target.sector == target, taken.to_dict()
    assert taken.acled is not None and taken.acled["sub_event_type"] == "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        # controls: a deadline or an attack pushed back is no place lost
        "The Kenyan government pushed back the deadline for elections on Monday.",
        "Nigerian troops pushed back an attack near Maiduguri on Monday.",
    ],
)
def test_pushing_back_a_date_or_an_attack_takes_no_place(extract_events: ExtractEvents, text: str) -> None:
    assert [e for e in of_type(extract_events(text), "ASSAULT") if e.mode == "occupy"] == [], [
        e.to_dict() for e in extract_events(text)
    ]
