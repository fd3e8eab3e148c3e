"""Kinds of construction written for these tests: a weapon tested is a show of force, not an
attack ("test-fired a cruise missile", "carried out a missile test", "fired a ballistic missile
into the sea"); the kind of aid is named by its modifier ("military aid", "financial
assistance"); backing a side is support ("Rwanda backs the M23 rebels"), backing down is not; a
brawl is a clash, of armed sides a battle and of a crowd mob violence ("rival supporters
brawled")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Iran test-fired a new cruise missile from a warship in the Gulf of Oman on Friday.", "IRN"),
        ("North Korea tested a new intercontinental ballistic missile on Sunday, Seoul said.", "PRK"),
        ("Pakistan carried out a missile test over the Arabian Sea on Tuesday.", "PAK"),
        ("India conducted a successful test of a nuclear-capable missile off Odisha on Monday.", "IND"),
        ("Russia test-launched a hypersonic missile from the Barents Sea on Thursday.", "RUS"),
    ],
)
def test_a_weapon_tested_is_a_show_of_force_not_an_attack(extract_events: ExtractEvents, text: str, actor: str) -> None:
    events = extract_events(text)
    shown = only(events, "MOBILIZE")
    assert (country(shown.actor), shown.mode) == (actor, "exercise"), shown.to_dict()
    assert (shown.acled or {}).get("sub_event_type") == "Other", shown.to_dict()
    assert of_type(events, "ASSAULT") == [], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("North Korea fired a ballistic missile into the sea off its east coast on Thursday.", "PRK"),
        ("North Korea launched two short-range missiles into the sea on Sunday, Seoul said.", "PRK"),
    ],
)
def test_a_missile_fired_into_the_sea_is_a_show_of_force(extract_events: ExtractEvents, text: str, actor: str) -> None:
    events = extract_events(text)
    shown = only(events, "MOBILIZE")
    assert (country(shown.actor), (shown.acled or {}).get("sub_event_type")) == (actor, "Other"), shown.to_dict()
    assert of_type(events, "ASSAULT") == [], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # controls: missiles fired at ships at sea, and a rocket aimed at a town that fell short
        "Houthi rebels fired missiles at ships in the Red Sea on Tuesday.",
        "A rocket fired by Hamas militants fell into the sea off Ashkelon on Monday.",
    ],
)
def test_a_missile_aimed_at_a_side_stays_an_attack(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert of_type(events, "ASSAULT") and of_type(events, "MOBILIZE") == [], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # controls: a missile fired at somebody, and a test of something that is no weapon
        "Houthi rebels fired a cruise missile at a Saudi oil terminal on Friday.",
        "Doctors in Kenya tested 200 patients for cholera on Monday.",
    ],
)
def test_a_missile_fired_at_a_side_stays_an_attack_and_other_tests_show_no_force(
    extract_events: ExtractEvents, text: str
) -> None:
    events = extract_events(text)
    assert of_type(events, "MOBILIZE") == [], [e.to_dict() for e in events]
    assert bool(of_type(events, "ASSAULT")) == ("missile" in text), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Washington pledged $500 million in military aid to Ukraine on Friday.", "military"),
        ("Japan offered humanitarian aid to Turkey after the earthquake.", "humanitarian"),
        ("The European Union approved financial assistance for Egypt on Monday.", "economic"),
        ("Germany gave Jordan security assistance worth 40 million euros.", "military"),
        # controls: the aid noun alone, and a loan, say their kind themselves
        ("Germany sent aid to Sudan on Monday.", "humanitarian"),
        ("The World Bank approved a loan for Kenya on Monday.", "economic"),
    ],
)
def test_the_modifier_of_aid_names_its_kind(extract_events: ExtractEvents, text: str, mode: str) -> None:
    aid = only(extract_events(text), "AID")
    assert aid.mode == mode, aid.to_dict()


@pytest.mark.parametrize(
    ("text", "actor", "target", "status"),
    [
        ("Rwanda backs the M23 rebels, the UN experts said in their report.", "RWA", "COD", "asserted"),
        ("Rwanda denied backing the M23 rebels in eastern Congo on Monday.", "RWA", "COD", "denied"),
        # Scholz (actors_recent.tsv) is Germany's: its own side's word, a claim (`claimed-by-own-side`)
        ("Germany supports Ukraine's bid to join the European Union, Scholz said.", "DEU", "UKR", "claimed"),
        ("Germany supports Ukraine's bid to join the European Union, diplomats said.", "DEU", "UKR", "asserted"),
    ],
)
def test_backing_a_side_is_support(
    extract_events: ExtractEvents, text: str, actor: str, target: str, status: str
) -> None:
    support = only(extract_events(text), "SUPPORT")
    assert (country(support.actor), country(support.target), support.status) == (actor, target, status)
    assert support.mode == "endorse", support.to_dict()


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a phrasal verb is another verb than the bare one: backing down is a concession
        ("The Kenyan government backed down on the fuel tax after a week of protests.", "CONCEDE"),
        ("Pakistan's army backed away from the border posts near Kurram on Monday.", None),
    ],
)
def test_backing_down_or_away_is_no_support(extract_events: ExtractEvents, text: str, event_type: str | None) -> None:
    events = extract_events(text)
    assert of_type(events, "SUPPORT") == [], [e.to_dict() for e in events]
    if event_type is not None:
        assert of_type(events, event_type), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "actor", "sub_type"),
    [
        ("Indian and Chinese troops brawled on the disputed border in Ladakh on Monday.", "IND", "Armed clash"),
        ("Indian and Chinese soldiers came to blows near Tawang in Arunachal Pradesh on Friday.", "IND", "Armed clash"),
        ("Rival supporters brawled outside the national stadium in Lagos, Nigeria, on Sunday.", None, "Mob violence"),
        ("Residents scuffled with each other over water at a well in Turkana, Kenya, on Monday.", None, "Mob violence"),
    ],
)
def test_a_brawl_is_a_clash_of_armed_sides_or_of_a_crowd(
    extract_events: ExtractEvents, text: str, actor: str | None, sub_type: str
) -> None:
    fight = only(extract_events(text), "ASSAULT")
    assert (fight.mode, (fight.acled or {}).get("sub_event_type")) == ("clash", sub_type), fight.to_dict()
    if actor is not None:
        assert country(fight.actor) == actor, fight.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        # an occasion supported or sponsored is no side backed
        "Future Technology Week in Dubai is supported by the Dubai Electronic Security Center and Dubai Police.",
        "Seattle police supported the Presidential Inauguration in January.",
        # a race horse that tussled with a rival fought nobody
        "Thunder Snow, who tussled with his UAE rival in the Al Maktoum Challenge, won the race in Dubai.",
    ],
)
def test_occasions_supported_and_contests_are_no_events(extract_events: ExtractEvents, text: str) -> None:
    events = [e for e in extract_events(text) if e.type in {"SUPPORT", "ASSAULT"}]
    assert events == [], [e.to_dict() for e in events]
