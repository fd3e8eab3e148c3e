"""Kinds of construction written for these tests: a strike by a body a country leads or backs
("Saudi-led coalition airstrikes"); an act a pact or a law only permits; an act that a side
bans or forbids."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event, EventMention

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
CodedMentions = Callable[..., list[EventMention]]  # the `coded_mentions` fixture


def test_a_country_that_leads_a_coalition_strikes_with_its_forces(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Saudi-led coalition airstrikes killed 14 civilians in Yemen's Saada province."),
                 "ASSAULT")  # fmt: skip
    assert event.actor is not None and (event.actor.country, event.actor.sector) == ("SAU", "MIL"), event.to_dict()
    assert country(event.target) == "YEM", event.to_dict()


def test_a_militia_a_country_backs_is_no_country(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Iran-backed militia attacks on US forces in Iraq have increased."), "ASSAULT")
    assert event.actor is not None and event.actor.sector == "REB", event.to_dict()
    assert country(event.actor) != "IRN", event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Japan and the Philippines signed a defence pact allowing troops to deploy on each other's soil.",
        "The new law allows police in Kenya to detain suspects for 30 days.",
    ],
)
def test_what_a_pact_or_a_law_permits_is_not_done(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert not of_type(events, "MOBILIZE") and not of_type(events, "COERCE"), [e.to_dict() for e in events]


def test_what_a_side_lets_others_do_is_left_to_the_other_rules(extract_events: ExtractEvents) -> None:
    # control: a side that allows a march may have seen it held
    events = extract_events("The army in Sudan allowed thousands of protesters to march to the palace on Sunday.")
    assert of_type(events, "PROTEST"), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The government banned protests in the capital.",
        "Police in Uganda prohibited demonstrations near parliament.",
    ],
)
def test_a_banned_protest_is_not_held(coded_mentions: CodedMentions, text: str) -> None:
    mentions = coded_mentions(text)
    held = [m for m in mentions if m.type == "PROTEST" and m.status == "asserted"]
    assert not held, [(m.type, m.status) for m in mentions]
    assert any(m.type == "COERCE" and m.mode == "ban" for m in mentions), [(m.type, m.mode) for m in mentions]
    # control: a protest that police break up was held
    broken = coded_mentions("Police broke up protests in the capital.")
    assert any(m.type == "PROTEST" and m.status == "asserted" for m in broken), [(m.type, m.status) for m in broken]


def test_an_act_done_without_fighting_has_no_fight(extract_events: ExtractEvents) -> None:
    text = "Haftar's forces advanced on Al-Asaba in Libya and entered the town without fighting."
    assert not [e for e in extract_events(text) if e.type == "ASSAULT" and e.mode == "clash"], [
        e.to_dict() for e in extract_events(text)
    ]
    # control: fighting that took place is a clash
    fought = extract_events("Haftar's forces advanced on Al-Asaba in Libya after heavy fighting.")
    assert [e for e in fought if e.type == "ASSAULT" and e.mode == "clash"], [e.to_dict() for e in fought]


@pytest.mark.parametrize(
    "text",
    [
        "Mali's junta suspended all political parties.",
        "Mali's junta suspended the activities of all political parties.",
    ],
)
def test_parties_or_their_activities_suspended_are_banned(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "COERCE")
    assert event.mode == "ban", event.to_dict()
    assert event.target is not None and (event.target.country, event.target.sector) == ("MLI", "PTY"), event.to_dict()
