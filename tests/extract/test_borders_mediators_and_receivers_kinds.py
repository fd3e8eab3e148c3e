"""Kinds of construction written for these tests: a subject the parse hangs on the auxiliary
("Egypt and Qatar are mediating between Israel and Hamas"), a border closed "with" a country or
a region, and aid a town or region receives."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "kind", "dyad"),
    [
        ("Egypt and Qatar are mediating between Israel and Hamas.", "CONSULT", ("EGY", "ISR")),
        ("Norway is mediating between the Colombian government and the ELN.", "CONSULT", ("NOR", "COL")),
    ],
)
def test_a_subject_hung_on_the_auxiliary_acts(
    extract_events: ExtractEvents, text: str, kind: str, dyad: tuple[str, str]
) -> None:
    event = only(extract_events(text), kind)
    assert (country(event.actor), country(event.target)) == dyad, event.to_dict()


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Chad closed its border with Sudan after the fighting in Darfur.", ("TCD", "SDN")),
        ("Israel closed the crossing with Gaza after rocket fire.", ("ISR", "PSE")),
    ],
)
def test_a_border_closed_with_a_side_is_closed_to_it(
    extract_events: ExtractEvents, text: str, dyad: tuple[str, str]
) -> None:
    event = only(extract_events(text), "COERCE")
    assert (country(event.actor), country(event.target)) == dyad, event.to_dict()
    assert "border" not in event.target.text and "crossing" not in event.target.text, event.to_dict()


def test_a_border_closed_with_no_side_named_has_no_other_side(extract_events: ExtractEvents) -> None:
    # control: a border closed with nobody named after "with" is closed to no country
    event = only(extract_events("Poland closed its border crossings at night."), "COERCE")
    assert event.target is None or event.target.country in {None, "POL"}, event.to_dict()


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Gaza received 200 trucks of aid from Egypt on Sunday.", ("EGY", "PSE")),
        ("Tigray received wheat and medicine from the World Food Programme.", (None, "ETH")),
    ],
)
def test_aid_a_region_receives_goes_to_its_country(
    extract_events: ExtractEvents, text: str, dyad: tuple[str | None, str]
) -> None:
    event = only(extract_events(text), "AID")
    assert (country(event.actor), country(event.target)) == dyad, event.to_dict()
    assert event.actor is not None, event.to_dict()
