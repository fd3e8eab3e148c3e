"""Kinds of sentences about force used on people, written for these tests: the means a side
uses, the side named by a word before an event noun, fire a side comes under, and the people who
protest in a clause about others' force."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.records import Event, EventMention

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
CodedMentions = Callable[..., list[EventMention]]


def test_what_a_side_uses_to_act_is_no_side(extract_events: ExtractEvents) -> None:
    events = extract_events("Police in Lagos used excessive force to disperse protesters on Monday.")
    crackdowns = [e for e in events if e.type == "COERCE"]
    assert crackdowns and crackdowns[0].actor is not None, [e.to_dict() for e in events]
    assert crackdowns[0].actor.sector == "COP" and crackdowns[0].actor.text == "Police in Lagos"


def test_an_object_told_to_act_still_acts(coded_mentions: CodedMentions) -> None:
    # Control: "persuaded Iran to withdraw" lets its object act; only a means does not.
    mentions = coded_mentions("Russia persuaded Iran to withdraw its troops from Syria.")
    retreat = [m for m in mentions if m.type == "RETREAT"]
    assert retreat and retreat[0].actor is not None and retreat[0].actor.country == "IRN", mentions


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Three people died in a police crackdown on protesters in Lima on Monday.", "COP"),
        ("Five civilians were killed in a rebel attack on a village near Beni on Monday.", "REB"),
        ("Hundreds fled a government offensive in the hills near Soroti last week.", "GOV"),
    ],
)
def test_a_word_for_a_side_before_an_event_noun_is_its_doer(
    coded_mentions: CodedMentions, text: str, sector: str
) -> None:
    mentions = [m for m in coded_mentions(text) if m.type in {"COERCE", "ASSAULT"} and m.actor is not None]
    assert sector in {m.actor.sector for m in mentions if m.actor is not None}, mentions


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined anti-government protests in Beirut on Sunday.",
        "Hundreds marched in pro-regime rallies in Damascus on Friday.",
    ],
)
def test_a_prefixed_side_word_is_what_a_protest_is_about(coded_mentions: CodedMentions, text: str) -> None:
    protests = [m for m in coded_mentions(text) if m.type == "PROTEST"]
    assert protests and not [m for m in protests if m.actor is not None and m.actor.sector == "GOV"], protests


def test_a_kind_of_force_is_no_doer(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("The council voted to impose a naval blockade against Serbia.")
    assert not [m for m in mentions if m.actor is not None and m.actor.text == "naval"], mentions


def test_a_side_that_comes_under_a_named_sides_attack_is_its_target(extract_events: ExtractEvents) -> None:
    events = extract_events("A convoy came under a Taliban attack near Kunduz on Friday, killing two soldiers.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and attacks[0].actor is not None and attacks[0].actor.sector == "REB", [e.to_dict() for e in events]


def test_fire_a_patrol_comes_under_is_gunfire(extract_events: ExtractEvents) -> None:
    events = extract_events("An army patrol came under heavy fire near Gao on Monday, killing two soldiers.")
    assert not [e for e in events if e.type == "OTHER"], [e.to_dict() for e in events]
    assert [e for e in events if e.type == "ASSAULT"], [e.to_dict() for e in events]


def test_a_blaze_is_still_a_blaze(extract_events: ExtractEvents) -> None:
    events = extract_events("A fire broke out at a market in Kano on Monday, killing two people.")
    assert [e for e in events if e.type == "OTHER"] and not [e for e in events if e.type == "ASSAULT"], [
        e.to_dict() for e in events
    ]


def test_the_protesters_a_police_force_disperses_lend_it_no_protest(coded_mentions: CodedMentions) -> None:
    text = "The police used water cannons on Sunday night to break up a rally by pro-democracy protesters in Bangkok."
    protests = [m for m in coded_mentions(text) if m.type == "PROTEST"]
    assert not [m for m in protests if m.actor is not None and m.actor.sector == "COP"], protests


def test_fire_returned_is_a_shooting(extract_events: ExtractEvents) -> None:
    events = extract_events("Soldiers returned fire and killed two attackers near Gao on Monday.")
    assert not [e for e in events if e.type == "OTHER"], [e.to_dict() for e in events]
    (shooting,) = [e for e in events if e.type == "ASSAULT"]
    assert shooting.actor is not None and shooting.actor.sector == "MIL", shooting.to_dict()


def test_goods_returned_are_no_shooting(extract_events: ExtractEvents) -> None:
    assert not extract_events("The shop returned the goods to the supplier in Leeds on Monday.")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Police said officers returned fire, striking the suspect in the leg on Monday.", "COP"),
        ("Police said army officers shot a man at a checkpoint in Goma on Monday.", "MIL"),
        ("Two officers were killed when militants attacked an army post in Tillaberi on Monday.", "MIL"),
    ],
)
def test_officers_are_the_polices_in_a_report_that_names_the_police(
    coded_mentions: CodedMentions, text: str, sector: str
) -> None:
    parties = [p for m in coded_mentions(text) for p in (m.actor, m.target) if p is not None]
    officers = [p for p in parties if "officers" in p.text]
    assert officers and {p.sector for p in officers} == {sector}, officers
