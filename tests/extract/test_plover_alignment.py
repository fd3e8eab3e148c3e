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


@pytest.mark.parametrize(
    ("text", "actor_country", "target_country"),
    [
        ("Kenya said Uganda must ensure security along the border.", "KEN", "UGA"),
        ("Chile said on Monday that Peru must allocate more money to the fishing fleet.", "CHL", "PER"),
    ],
)
def test_a_reported_obligation_on_a_named_party_is_a_request(
    extract_events: ExtractEvents, text: str, actor_country: str, target_country: str
) -> None:
    event = typed(extract_events(text), "REQUEST")[0]
    assert event.actor is not None and event.actor.country == actor_country
    assert event.target is not None and event.target.country == target_country


@pytest.mark.parametrize(
    "text",
    ["We must work harder, the Kenyan minister said.", "Kenya said Uganda should consider the offer carefully."],
)
def test_self_obligation_and_advice_are_no_requests(extract_events: ExtractEvents, text: str) -> None:
    assert not [e for e in extract_events(text) if e.type == "REQUEST"]


def test_opening_an_investigation_is_accuse(extract_events: ExtractEvents) -> None:
    events = extract_events("Ethiopian police launched an investigation into the killing of the singer.")
    event = typed(events, "ACCUSE")[0]
    assert event.mode == "investigate"
    assert event.actor is not None and event.actor.country == "ETH"


@pytest.mark.parametrize(
    "text",
    ["The investigation continues, Kenyan police said.", "Kenyan police are conducting an investigation."],
)
def test_a_running_investigation_is_no_event(extract_events: ExtractEvents, text: str) -> None:
    assert not [e for e in extract_events(text) if e.type == "ACCUSE"]


def test_defending_another_party_is_support(extract_events: ExtractEvents) -> None:
    event = typed(extract_events("Germany defended France's decision to close the border."), "SUPPORT")[0]
    assert event.actor is not None and event.actor.country == "DEU"
    assert event.target is not None and event.target.country == "FRA"


def test_defending_ones_own_claim_is_no_support(extract_events: ExtractEvents) -> None:
    events = extract_events("China defended its rights and interests, the ministry said.")
    assert not [e for e in events if e.type == "SUPPORT"]


def test_agreeing_upon_a_deal_is_agree(extract_events: ExtractEvents) -> None:
    event = typed(extract_events("Kenya and Uganda have agreed upon a new trade pact."), "AGREE")[0]
    assert event.actor is not None and event.actor.country == "KEN"


def test_failing_to_reach_agreement_is_no_agreement(extract_events: ExtractEvents) -> None:
    assert typed(extract_events("Kenya and Uganda reached agreement on the border on Sunday."), "AGREE")
    failed = extract_events("Kenya and Uganda failed to reach agreement on the border on Sunday.")
    assert not [e for e in failed if e.type == "AGREE"]


def test_handing_over_suspects_is_judicial_cooperation(extract_events: ExtractEvents) -> None:
    event = typed(extract_events("Kenya handed over two suspects to Uganda on Monday."), "COOPERATE")[0]
    assert event.mode == "judicial"
    assert event.actor is not None and event.actor.country == "KEN"


def test_an_offer_to_hand_over_suspects_is_agree(extract_events: ExtractEvents) -> None:
    event = typed(extract_events("Kenya offered to hand over two suspects to Uganda."), "AGREE")[0]
    assert event.actor is not None and event.actor.country == "KEN"


def test_ordering_patrols_is_mobilize(extract_events: ExtractEvents) -> None:
    event = typed(extract_events("Kenya ordered police patrols in Nairobi after the riots."), "MOBILIZE")[0]
    assert event.actor is not None and event.actor.country == "KEN"


def test_releasing_an_official_is_a_release_and_a_promise_to_is_agree(extract_events: ExtractEvents) -> None:
    done = typed(extract_events("Colombian rebels released the kidnapped mayor on Sunday."), "CONCEDE")[0]
    assert done.mode == "release"
    assert done.actor is not None and done.actor.country == "COL"
    promised = extract_events("Fijian rebels said they will release the mayor and ten of his aides on Sunday.")
    assert typed(promised, "AGREE")[0].mode == "intent"
