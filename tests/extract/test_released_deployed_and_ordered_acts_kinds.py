"""Kinds of construction written for these tests: an act named by a noun whose "of" says who or
what it is done to ("the release of 50 protesters", "the deployment of 3,000 troops"), under a
verb that orders, approves, agrees to or completes it; talks someone travels to a capital for; a
visit whose "of" names the visitor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Israel completed the release of 90 Palestinian prisoners on Sunday.", "ISR", "PSE"),
        ("Hamas agreed to the release of 33 Israeli hostages.", None, "ISR"),
    ],
)
def test_a_release_of_people_is_a_release(
    extract_events: ExtractEvents, text: str, actor: str | None, target: str
) -> None:
    event = only(extract_events(text), "CONCEDE")
    assert event.mode == "release", event.to_dict()
    assert country(event.target) == target, event.to_dict()
    if actor is not None:
        assert country(event.actor) == actor, event.to_dict()


def test_an_order_to_release_people_orders_no_coercion_of_them(extract_events: ExtractEvents) -> None:
    events = extract_events("The governor ordered the release of 50 detained protesters in Lagos.")
    assert not of_type(events, "COERCE"), [e.to_dict() for e in events]
    release = only(events, "CONCEDE")
    assert release.target is not None and release.target.sector == "OPP", release.to_dict()
    # control: an order that a party disband still coerces it
    banned = extract_events("Myanmar's junta ordered the opposition party to disband.")
    assert of_type(banned, "COERCE"), [e.to_dict() for e in banned]


def test_a_release_of_a_thing_is_no_concession(extract_events: ExtractEvents) -> None:
    events = extract_events("The release of the report angered the government.")
    assert not of_type(events, "CONCEDE"), [e.to_dict() for e in events]


def test_a_deployment_of_troops_is_a_mobilisation(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Washington announced the deployment of 3,000 troops to Poland."), "MOBILIZE")
    assert (event.mode, country(event.actor)) == ("deploy", "USA"), event.to_dict()


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        ("Biden approved the deployment of 3,000 troops to Poland.", "MOBILIZE", "USA"),
        ("Erdogan authorised the deployment of troops to Libya on Thursday.", "MOBILIZE", "TUR"),
        ("Nigeria's cabinet approved the release of 50 detained protesters.", "CONCEDE", "NGA"),
        ("Kenya's parliament approved the deployment of 1,000 police officers to Haiti.", "MOBILIZE", "KEN"),
        ("The UN approved the deployment of 2,500 peacekeepers to South Sudan.", "MOBILIZE", None),
    ],
)
def test_who_approves_an_act_does_it(extract_events: ExtractEvents, text: str, type_: str, actor: str | None) -> None:
    event = only(extract_events(text), type_)
    assert event.actor is not None and country(event.actor) == actor, event.to_dict()


def test_a_deployment_of_workers_is_no_mobilisation(extract_events: ExtractEvents) -> None:
    # control: a deployment of people who are no forces
    events = extract_events("Kenya approved the deployment of 300 health workers to rural clinics.")
    assert not of_type(events, "MOBILIZE"), [e.to_dict() for e in events]


def test_approved_troops_stay_the_approvers_not_the_hosts(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Biden approved the deployment of 3,000 troops to Poland."), "MOBILIZE")
    assert country(event.actor) == "USA" and country(event.target) == "POL", event.to_dict()
    # control: approving a view or a text is no act of the approver's
    assert not extract_events("The board approved the minutes of the last meeting.")


@pytest.mark.parametrize(
    ("text", "actor", "host"),
    [
        ("Lavrov flew to Ankara on Monday for talks on the grain deal.", "RUS", "TUR"),
        ("Blinken arrived in Cairo for talks on a ceasefire in Gaza.", "USA", "EGY"),
    ],
)
def test_talks_someone_travelled_to_are_with_the_host(
    extract_events: ExtractEvents, text: str, actor: str, host: str
) -> None:
    """The host is the government of the place travelled to, not of a place the talks are about."""
    event = only(extract_events(text, date(2023, 11, 6)), "CONSULT")
    assert (country(event.actor), country(event.target)) == (actor, host), event.to_dict()


def test_talks_at_home_name_no_host(extract_events: ExtractEvents) -> None:
    events = extract_events("The mayor travelled to Chicago for talks.")
    assert not of_type(events, "CONSULT"), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("Beijing condemned the visit of the US House speaker to Taiwan.", "USA", "TWN"),
        ("Moscow welcomed the visit of a Chinese delegation.", "CHN", "RUS"),
    ],
)
def test_the_of_of_a_visit_names_the_visitor(extract_events: ExtractEvents, text: str, visitor: str, host: str) -> None:
    visits = [e for e in of_type(extract_events(text), "CONSULT") if e.mode == "visit"]
    assert visits and (country(visits[0].actor), country(visits[0].target)) == (visitor, host), [
        e.to_dict() for e in visits
    ]


def test_a_condemned_visit_condemns_the_visitor(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Beijing condemned the visit of the US House speaker to Taiwan."), "ACCUSE")
    assert country(event.target) == "USA", event.to_dict()
