"""Kinds of diplomatic copy, on sentences written for these tests: a warning against an act, a
demand of what another side must do, an envoy recalled (or withdrawn) from a post, the host of talks
between two sides, people a state expels, a venue abroad, a state of emergency, accusations two
sides trade, and a member a body suspends or expels."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, only

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
        # an envoy withdrawn or pulled is recalled, not forces retreating
        ("Armenia withdrew its ambassador from Moscow.", ("ARM", "RUS")),
        ("Kenya withdrew its envoy to Iran on Wednesday.", ("KEN", "IRN")),
        ("The United States pulled its ambassador from Niger.", ("USA", "NER")),
    ],
)
def test_an_envoy_recalled_from_a_post_names_the_posts_state(
    extract_events: ExtractEvents, text: str, dyad: tuple[str, str]
) -> None:
    events = extract_events(text)
    assert _dyads(events, "SANCTION") == [dyad], [e.to_dict() for e in events]
    assert not [e for e in events if e.type == "RETREAT"], [e.to_dict() for e in events]


def test_troops_withdrawn_still_retreat(extract_events: ExtractEvents) -> None:
    # control: forces withdrawn are a retreat from the place, no recall
    events = extract_events("Russia withdrew its troops from Kherson.")
    assert [e.type for e in events] == ["RETREAT"], [e.to_dict() for e in events]


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


@pytest.mark.parametrize(
    ("text", "host", "side"),
    [
        ("Qatar hosted talks between the Taliban and US officials.", "QAT", "AFG"),
        ("Egypt hosted talks between Israeli and Hamas negotiators in Cairo on Sunday.", "EGY", "ISR"),
    ],
)
def test_the_host_of_talks_between_two_sides_consults_them(
    extract_events: ExtractEvents, text: str, host: str, side: str
) -> None:
    events = extract_events(text)
    assert (host, side) in _dyads(events, "CONSULT"), [e.to_dict() for e in events]


def test_a_host_of_a_named_guest_keeps_the_guest(extract_events: ExtractEvents) -> None:
    # control: a guest hosted is the counterpart; there is no "between" to read
    events = extract_events("Saudi Arabia hosted Zelensky in Jeddah on Friday.")
    assert _dyads(events, "CONSULT") == [("SAU", "UKR")], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Pakistan expelled thousands of Afghan refugees this month.", ("PAK", "AFG")),
        ("Russia expelled two American journalists on Friday.", ("RUS", "USA")),
    ],
)
def test_people_a_state_expels_are_deported(extract_events: ExtractEvents, text: str, dyad: tuple[str, str]) -> None:
    events = extract_events(text)
    assert _dyads(events, "COERCE") == [dyad], [e.to_dict() for e in events]
    assert [e.mode for e in events] == ["expel"], [e.to_dict() for e in events]


def test_diplomats_expelled_stay_a_sanction(extract_events: ExtractEvents) -> None:
    # control: an envoy expelled is a diplomatic sanction (CAMEO 1663), not a deportation
    events = extract_events("Poland expelled 45 Russian diplomats on Wednesday.")
    assert _dyads(events, "SANCTION") == [("POL", "RUS")] and not _dyads(events, "COERCE"), [
        e.to_dict() for e in events
    ]


def test_a_deal_signed_abroad_gives_no_side_the_venues_country(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Ethiopian federal forces and Tigrayan fighters signed a peace deal in Pretoria.")
    sides = [p for m in mentions for p in (m.actor, m.target) if p is not None]
    assert sides and not [p for p in sides if p.country == "ZAF"], mentions


def test_talks_at_home_still_place_a_local_side(coded_mentions: CodedMentions) -> None:
    # control: both sides at home, the town says whose opposition it is
    mentions = coded_mentions("Opposition leaders met President Ruto in Nairobi on Monday.")
    assert [m.actor.country for m in mentions if m.type == "CONSULT" and m.actor is not None] == ["KEN"], mentions


def test_backing_given_in_the_field_still_places_the_side_backed(coded_mentions: CodedMentions) -> None:
    # control: support on the battlefield is no meeting at a venue
    mentions = coded_mentions("Russian warplanes supported government troops near Idlib.")
    targets = [m.target.country for m in mentions if m.type == "SUPPORT" and m.target is not None]
    assert targets == ["SYR"], mentions


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Ethiopia and Somalia traded accusations over the port deal.", ("ETH", "SOM")),
        ("Armenia and Azerbaijan exchanged accusations of ceasefire violations on Monday.", ("ARM", "AZE")),
    ],
)
def test_two_sides_trading_accusations_accuse_each_other(
    extract_events: ExtractEvents, text: str, dyad: tuple[str, str]
) -> None:
    event = only(extract_events(text), "ACCUSE")
    assert (country(event.actor), country(event.target)) == dyad, event.to_dict()


def test_two_sides_making_accusations_against_a_third_do_not_accuse_each_other(extract_events: ExtractEvents) -> None:
    # control: accusations made together, not traded, are against the side named
    event = only(extract_events("Britain and France made accusations against Iran over the drone attacks."), "ACCUSE")
    assert country(event.target) == "IRN", event.to_dict()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("ECOWAS suspended Mali's membership of the bloc after the second coup.", "MLI"),
        ("The Council of Europe expelled Russia over its invasion of Ukraine.", "RUS"),
    ],
)
def test_a_body_suspending_a_member_sanctions_it(extract_events: ExtractEvents, text: str, target: str) -> None:
    event = only(extract_events(text), "SANCTION")
    assert event.actor is not None and event.actor.sector == "IGO", event.to_dict()
    assert country(event.target) == target, event.to_dict()


def test_an_account_suspended_is_no_sanction(extract_events: ExtractEvents) -> None:
    # control: what a company suspends is no member state
    assert not [
        e for e in extract_events("Twitter suspended the account of a Ugandan activist.") if e.type == "SANCTION"
    ]
