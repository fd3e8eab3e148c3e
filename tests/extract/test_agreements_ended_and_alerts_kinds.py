"""Kinds of construction written for these tests: a side that revokes, scraps or terminates an
agreement pulls out of it (PLOVER RETREAT, as a side that leaves one), which ACLED records as no
agreement ("an agreement to cancel the debt" is reached, not cancelled); forces ordered or raised
to a higher readiness are put on alert (MOBILIZE, CAMEO 152); a side warned against an act is
threatened (PETRARCH2's WARN, CAMEO 130), whatever the act."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Niger's junta revoked its military cooperation agreements with France on Friday.", "NER", "FRA"),
        ("Burkina Faso terminated a defence pact with France on Monday, the government said.", "BFA", "FRA"),
        ("Mali's military rulers scrapped a 2015 peace accord with Tuareg rebels on Thursday.", "MLI", None),
    ],
)
def test_an_agreement_revoked_is_one_pulled_out_of(
    extract_events: ExtractEvents, text: str, actor: str, target: str | None
) -> None:
    events = extract_events(text)
    ended = only(events, "RETREAT")
    assert (ended.mode, country(ended.actor)) == ("withdraw_agreement", actor), ended.to_dict()
    if target is not None:
        assert country(ended.target) == target, ended.to_dict()
    assert ended.acled is None, ended.to_dict()
    assert of_type(events, "AGREE") == [] and of_type(events, "SUPPORT") == [], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # control: the same nouns with a verb of reaching them
        "Ethiopia and Somalia signed a defence pact in Ankara on Monday.",
        # an infinitive after the noun says what the agreement is for: its noun is not cancelled
        "Kenya and Uganda reached an agreement to cancel the debt on Monday.",
        "Ghana and Togo signed a deal on Friday to scrap visa fees for traders.",
    ],
)
def test_an_agreement_reached_is_none_pulled_out_of(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert of_type(events, "RETREAT") == [], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Serbian President Vucic ordered the army to the highest level of combat readiness on Friday.", "SRB"),
        ("Russia placed its nuclear forces on special combat readiness on Sunday.", "RUS"),
        ("Israel heightened its alert along the northern border on Tuesday.", "ISR"),
    ],
)
def test_forces_raised_to_readiness_are_on_alert(extract_events: ExtractEvents, text: str, actor: str) -> None:
    alert = only(extract_events(text), "MOBILIZE")
    assert (alert.mode, country(alert.actor)) == ("alert", actor), alert.to_dict()


def test_relations_raised_to_a_level_are_no_alert(extract_events: ExtractEvents) -> None:
    # control: a level that is no readiness
    events = extract_events("China raised its relations with Russia to the level of a strategic partnership.")
    assert of_type(events, "MOBILIZE") == [], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Beijing warned Washington against selling arms to Taiwan on Monday.", "CHN", "USA"),
        ("Turkey warned Sweden against allowing Koran burnings in Stockholm on Friday.", "TUR", "SWE"),
    ],
)
def test_a_side_warned_against_an_act_is_threatened(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    events = extract_events(text)
    warning = only(events, "THREATEN")
    assert (country(warning.actor), country(warning.target)) == (actor, target), warning.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        # controls: a warning to nobody named, of no hostile act
        "Kenya's weather service warned residents against travelling during the floods in Nairobi.",
        "Doctors in Haiti warned of a cholera outbreak in Port-au-Prince on Monday.",
    ],
)
def test_a_warning_to_nobody_of_no_hostile_act_threatens_nobody(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert of_type(events, "THREATEN") == [], [e.to_dict() for e in events]
