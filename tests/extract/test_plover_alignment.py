"""Where PLOVER's manual decides the type (PLOVER 2021 manual, CC BY-SA 4.0, Open Event Data
Alliance): resignations of officials are RETREAT (mode resign); signing, ratifying or finalising
an agreement is SUPPORT (mode sign); promises to sign and other cooperative acts announced for the
future are AGREE. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


def typed(events: list[Event], event_type: str) -> list[Event]:
    found = [e for e in events if e.type == event_type]
    assert found, [e.to_dict() for e in events]
    return found


@pytest.mark.parametrize(
    ("text", "actor_country"),
    [
        ("The Kenyan finance minister resigned on Sunday amid a corruption scandal.", "KEN"),
        ("Peru's prime minister stepped down on Friday after weeks of protests.", "PER"),
        ("Nepal's army chief submitted his resignation on Monday.", "NPL"),
    ],
)
def test_resignations_are_retreats(extract_events: ExtractEvents, text: str, actor_country: str) -> None:
    event = typed(extract_events(text), "RETREAT")[0]
    assert event.mode == "resign"
    assert event.actor is not None and event.actor.country == actor_country
    assert not [e for e in extract_events(text) if e.type == "CONCEDE"]


@pytest.mark.parametrize(
    "text",
    ["Kenya and Uganda signed a trade agreement in Nairobi on Monday.", "Chile ratified the treaty with Bolivia."],
)
def test_signing_an_agreement_is_support(extract_events: ExtractEvents, text: str) -> None:
    event = typed(extract_events(text), "SUPPORT")[0]
    assert event.mode == "sign"
    assert event.status == "asserted"
    assert not [e for e in extract_events(text) if e.type == "AGREE"]


def test_a_promise_to_sign_is_agree(extract_events: ExtractEvents) -> None:
    events = extract_events("Ghana said it will sign the border treaty with Togo next month.")
    event = typed(events, "AGREE")[0]
    assert event.mode == "intent"
    assert event.actor is not None and event.actor.country == "GHA"
    assert not [e for e in events if e.type == "SUPPORT"]
