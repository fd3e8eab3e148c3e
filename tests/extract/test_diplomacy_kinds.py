"""Kinds of diplomatic copy, on sentences written for these tests: a warning against an act, a
demand of what another side must do, an envoy recalled from a post, and a state of emergency."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.records import Event, EventMention

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
CodedMentions = Callable[..., list[EventMention]]


def _dyads(events: list[Event], kind: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.actor.country if e.actor else None, e.target.country if e.target else None) for e in events if e.type == kind
    ]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Iran warned Israel against any attack on its nuclear facilities.", ("IRN", "ISR")),
        ("North Korea warned South Korea against new military drills near the border.", ("PRK", "KOR")),
    ],
)
def test_a_warning_against_an_act_is_a_threat(extract_events: ExtractEvents, text: str, dyad: tuple[str, str]) -> None:
    events = extract_events(text)
    assert _dyads(events, "THREATEN") == [dyad], [e.to_dict() for e in events]
    assert not [e for e in events if e.type in {"ASSAULT", "MOBILIZE"}], "the act warned against did not happen"


def test_a_protest_against_strikes_is_no_warning(coded_mentions: CodedMentions) -> None:
    # Control: only a threat's "against" holds what has not happened.
    mentions = coded_mentions("Russia protested against the strikes, which killed 12 people in Idlib.")
    assert not [m for m in mentions if m.type == "THREATEN"], mentions


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Poland demanded that Germany pay reparations for the war.", ("POL", "DEU")),
        ("The United States urged that North Korea return to talks.", ("USA", "PRK")),
    ],
)
def test_who_a_demands_clause_asks_to_act_is_its_target(
    extract_events: ExtractEvents, text: str, dyad: tuple[str, str]
) -> None:
    events = extract_events(text)
    assert dyad in _dyads(events, "REQUEST"), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Mexico recalled its ambassador from Peru on Tuesday.", ("MEX", "PER")),
        ("Israel recalled its ambassador to Turkey for consultations.", ("ISR", "TUR")),
    ],
)
def test_an_envoy_recalled_from_a_post_names_the_posts_state(
    extract_events: ExtractEvents, text: str, dyad: tuple[str, str]
) -> None:
    events = extract_events(text)
    assert _dyads(events, "SANCTION") == [dyad], [e.to_dict() for e in events]


def test_a_state_of_emergency_is_no_government(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Ecuador's president declared a state of siege in three provinces on Monday.")
    targets = [m.target for m in mentions if m.target is not None]
    assert not [t for t in targets if t.text.startswith("a state of") and t.sector == "GOV"], mentions


def test_a_named_state_is_still_a_party(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("The State of Israel signed an agreement with Egypt on Monday.")
    assert [m for m in mentions if m.actor is not None and m.actor.country == "ISR"], mentions


def test_a_coercion_a_rule_coded_falls_on_the_actors_people(coded_mentions: CodedMentions) -> None:
    # "fired tear gas at" is an attack entry that a rule turns into a crackdown: still a coercion,
    # whose unnamed target is of the actor's country.
    mentions = coded_mentions("Zimbabwean police on Friday fired tear gas at striking teachers.")
    crackdowns = [m for m in mentions if m.type == "COERCE"]
    assert crackdowns and crackdowns[0].target is not None and crackdowns[0].target.country == "ZWE", mentions


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nigeria's president ordered the army to free the kidnapped schoolgirls.", "CONCEDE"),
        ("The president instructed US troops to withdraw from Syria on Monday.", "RETREAT"),
    ],
)
def test_an_act_someone_is_ordered_to_do_is_planned(coded_mentions: CodedMentions, text: str, kind: str) -> None:
    acts = [m for m in coded_mentions(text) if m.type == kind]
    assert acts and {m.status for m in acts} == {"planned"}, acts


def test_what_is_ordered_as_a_noun_is_ordered_now(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("The governor ordered patrols by police and soldiers in Karachi after the riots.")
    patrols = [m for m in mentions if m.type == "MOBILIZE"]
    assert patrols and patrols[0].status == "asserted", mentions


def test_two_sides_of_one_country_that_agree_agree_with_each_other(extract_events: ExtractEvents) -> None:
    events = extract_events("The Colombian government and the ELN rebels agreed to a six-month ceasefire on Friday.")
    agreements = [e for e in events if e.type == "AGREE"]
    assert agreements and agreements[0].target is not None, [e.to_dict() for e in events]
    assert agreements[0].target.sector == "REB" and agreements[0].actor is not None
    assert agreements[0].actor.sector == "GOV"


def test_two_sides_that_praise_a_third_thing_praise_not_each_other(extract_events: ExtractEvents) -> None:
    events = extract_events("Britain and France praised the ceasefire deal on Friday.")
    assert not [e for e in events if e.type == "SUPPORT" and e.target is not None], [e.to_dict() for e in events]
