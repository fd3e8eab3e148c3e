"""Kinds of construction written for these tests: a group named by a cause it is for or against
("pro-Russian separatists", "anti-Israel protesters", "pro-Palestinian marchers"). The word after
"pro-" or "anti-" is no country of the group; what a protest is "anti-" is what it is against."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "type_", "cause"),
    [
        ("Thousands of pro-Palestinian protesters marched in London on Saturday.", "PROTEST", "PSE"),
        ("Pro-Russian separatists shelled the town of Avdiivka.", "ASSAULT", "RUS"),
        ("Pro-Iranian militias attacked a US base in Syria.", "ASSAULT", "IRN"),
    ],
)
def test_a_cause_named_with_pro_is_no_country_of_the_group(
    extract_events: ExtractEvents, text: str, type_: str, cause: str
) -> None:
    event = only(extract_events(text), type_)
    assert event.actor is None or country(event.actor) != cause, event.to_dict()


def test_marchers_for_a_cause_are_people_of_the_place(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Thousands of pro-Palestinian protesters marched in London on Saturday."), "PROTEST")
    assert country(event.actor) == "GBR", event.to_dict()
    # control: a demonym without a prefix still names the group's country
    kenyan = only(extract_events("Kenyan protesters marched in Nairobi on Tuesday."), "PROTEST")
    assert country(kenyan.actor) == "KEN", kenyan.to_dict()


def test_a_group_against_a_country_does_not_act_as_it(extract_events: ExtractEvents) -> None:
    events = of_type(extract_events("Anti-Israel protesters blocked the port of Oakland."), "PROTEST")
    assert events and all(country(e.actor) != "ISR" for e in events), [e.to_dict() for e in events]


def test_a_protest_against_a_country_aims_at_it(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Students staged anti-Israel protests in Amman on Friday."), "PROTEST")
    assert (country(event.actor), country(event.target)) == ("JOR", "ISR"), event.to_dict()


def test_an_anti_government_protest_is_against_the_government(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Thousands joined anti-government protests in Nairobi on Tuesday."), "PROTEST")
    assert event.target is not None and (event.target.sector, country(event.target)) == ("GOV", "KEN"), event.to_dict()
