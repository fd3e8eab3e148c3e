"""Kinds of construction written for these tests: a package or a round of something is what it is
a package of ("a military aid package for Ukraine" is aid, "a sanctions package against Russia"
sanctions); sanctions adopted or approved are imposed; a side provided or supplied "with" aid or
weapons is the recipient; aid sent to a town or region goes to the place's country."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        (
            "The United States announced a new $500 million military aid package for Ukraine on Monday.",
            "AID",
            "USA",
            "UKR",
        ),
        ("Congress approved a $60 billion aid package for Ukraine on Monday.", "AID", "USA", "UKR"),
        ("Iran supplied the Houthis with drones and missiles, the UN said on Monday.", "AID", "IRN", "YEM"),
        ("Britain adopted a new sanctions package against Russia on Monday.", "SANCTION", "GBR", "RUS"),
        ("Britain approved new sanctions against Iran on Monday.", "SANCTION", "GBR", "IRN"),
    ],
)
def test_what_a_package_holds_or_a_side_is_supplied_with_is_the_event(
    extract_events: ExtractEvents, text: str, kind: str, actor: str, target: str
) -> None:
    event = only(extract_events(text), kind)
    assert (country(event.actor), country(event.target)) == (actor, target), event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        # controls: a stimulus package, a tax passed and security provided are none of these
        "The Kenyan government approved a stimulus package on Monday.",
        "Kenya's parliament approved a new tax on fuel on Monday.",
        "The Kenyan army provided the area with security on Monday.",
    ],
)
def test_a_package_of_nothing_given_is_no_aid_or_sanction(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert of_type(events, "AID") == [] and of_type(events, "SANCTION") == [], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Japan pledged $500 million in humanitarian aid to Gaza.", "JPN", "PSE"),
        ("The UN delivered food aid to Tigray on Monday.", None, "ETH"),
    ],
)
def test_aid_sent_to_a_place_goes_to_its_country(
    extract_events: ExtractEvents, text: str, actor: str | None, target: str
) -> None:
    event = only(extract_events(text), "AID")
    assert (country(event.actor), country(event.target)) == (actor, target), event.to_dict()
    assert event.location is not None, event.to_dict()  # the place stays where the aid goes


def test_a_place_attacked_still_names_no_side(extract_events: ExtractEvents) -> None:
    # control: force aimed at a town of the attackers' own country is where it happened, not who was
    # hit (a town a foreign side strikes names its country: "Hamas fired 30 rockets at Tel Aviv",
    # test_nominal_events_and_conflict_wording_kinds.py)
    event = only(extract_events("Boko Haram fired rockets at Maiduguri on Friday."), "ASSAULT")
    assert event.target is None, event.to_dict()
