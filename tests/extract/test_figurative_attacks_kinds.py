"""Kinds of construction written for these tests: an attack whose doers are hackers uses no
force ("Chinese hackers attacked the networks of Australian universities"), and a proposal, a
plan or a bill shot down or attacked is argued against, not fired on; retaliating "with
airstrikes" or "militarily" is the attack it names, "with tariffs" none; and force a side says it
would use if something happened is no incident."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    "text",
    [
        "Chinese hackers attacked the networks of Australian universities on Monday.",
        "Russian cyber criminals attacked the servers of a German hospital in Duesseldorf.",
        "The Australian minister shot down the proposal in parliament in Canberra on Tuesday.",
        "Kenya's opposition attacked the government's budget plan in Nairobi on Thursday.",
    ],
)
def test_no_force_is_used(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert of_type(events, "ASSAULT") == [], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # controls: the same verbs with sides and people as their objects
        "Russian troops attacked Ukrainian positions near Bakhmut on Monday.",
        "Nigerian police shot down a suspected robber in Lagos on Monday.",
    ],
)
def test_force_used_on_sides_stays_an_attack(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert of_type(events, "ASSAULT"), [e.to_dict() for e in events]


def test_retaliating_with_force_is_the_attack_it_names(extract_events: ExtractEvents) -> None:
    events = extract_events("Israel retaliated with airstrikes on Hamas positions in Gaza on Sunday.")
    strike = only(events, "ASSAULT")
    assert (country(strike.actor), country(strike.target), strike.mode) == ("ISR", "PSE", "airstrike")


def test_retaliating_with_tariffs_uses_no_force(extract_events: ExtractEvents) -> None:
    # control: the same verb with an instrument of trade
    events = extract_events("China retaliated with tariffs on US soybeans on Monday.")
    assert of_type(events, "ASSAULT") == [], [e.to_dict() for e in events]


def test_force_a_side_would_use_if_is_no_incident(extract_events: ExtractEvents) -> None:
    # a conditional act with no placed side is not one of the incidents whose sides nobody names
    events = extract_events("Russia said it would respond militarily if Finland joined NATO.")
    assert of_type(events, "ASSAULT") == [], [e.to_dict() for e in events]
