"""Kinds of violence that coded no event or counted nobody, written for these tests: an act
named as the modifier of its incident ("the Feb. 27 shooting death of his neighbor", "a shooting
rampage"), lives lost, massacres, people abducted; and the lexicon of counted kinds
(quantity_kinds.json) they are counted by."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from event_support import assault_day, counted, main_assault, of_type

from eventwire.errors import DataFileError
from eventwire.extract import quantities
from eventwire.extract.quantities import load_quantity_kinds
from eventwire.merge.estimates import COUNT_KINDS
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py

# A Wednesday.
PUBLISHED = date(2024, 3, 13)


# --- an act named before its incident ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mode", "killed", "day"),
    [
        ("A man was charged Monday in the Feb. 27 shooting death of his neighbor.", "firearms", 1, "2024-02-27"),
        ("A woman was charged in the March 2 stabbing death of her roommate in Tulsa.", "stabbing", 1, "2024-03-02"),
        ("Police in Tulsa are investigating a stabbing incident on Elm Street.", "stabbing", 0, "2024-03-13"),
    ],
)
def test_an_act_named_before_its_incident_is_the_event(
    extract_events: ExtractEvents, text: str, mode: str, killed: int, day: str
) -> None:
    events = extract_events(text, published=PUBLISHED)
    attack = main_assault(events)
    assert (attack.mode, counted(attack, "killed"), assault_day(events)) == (mode, killed, day), attack.to_dict()


def test_a_rampage_read_as_an_adjective_is_the_act(extract_events: ExtractEvents) -> None:
    attack = main_assault(extract_events("A gunman went on a shooting rampage at a mall in Omaha, killing three."))
    assert (attack.mode, counted(attack, "killed")) == ("firearms", 3), attack.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        # controls: the act's noun names a kind of thing, not an act that happened
        "Deputies trained at the shooting range in Tulsa on Monday.",
        "The city council in Tulsa debated the shooting range's permit on Monday.",
    ],
)
def test_an_act_naming_a_kind_of_thing_is_no_event(extract_events: ExtractEvents, text: str) -> None:
    assert of_type(extract_events(text, published=PUBLISHED), "ASSAULT") == []


# --- lives lost, massacres, abductions --------------------------------------------------------


def test_lives_lost_in_an_attack_are_its_dead_not_its_doers(extract_events: ExtractEvents) -> None:
    attack = main_assault(extract_events("Five policemen lost their lives in an ambush near Kidal on Monday."))
    assert attack.actor is None, attack.to_dict()
    assert attack.target is not None and attack.target.sector == "COP", attack.to_dict()
    assert counted(attack, "killed") == 5, attack.to_dict()


def test_a_game_lost_is_no_death(extract_events: ExtractEvents) -> None:
    events = extract_events("The police team lost the game in Kidal on Monday.")
    assert all(counted(e, "killed") == 0 for e in events), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Militants massacred 40 farmers in Borno state on Sunday.", 40),
        ("Villagers said gunmen slaughtered 12 people in Zamfara on Sunday.", 12),
        # control: counted before
        ("Militants killed 40 farmers in Borno state on Sunday.", 40),
    ],
)
def test_a_massacre_counts_its_dead(extract_events: ExtractEvents, text: str, killed: int) -> None:
    attack = main_assault(extract_events(text))
    assert counted(attack, "killed") == killed, attack.to_dict()


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Armed men abducted 20 students from a school in Kaduna on Sunday.", "missing", 20),
        ("Gunmen kidnapped three aid workers near Gao on Sunday.", "missing", 3),
        # control: people arrested are arrested, whatever they were doing
        ("Police arrested 40 protesters in Nairobi on Sunday.", "arrested", 40),
    ],
)
def test_people_abducted_are_counted_missing(extract_events: ExtractEvents, text: str, kind: str, value: int) -> None:
    events = extract_events(text)
    assert any(counted(e, kind) == value for e in events), [e.to_dict() for e in events]


# --- the lexicon -------------------------------------------------------------------------------


def test_quantity_kinds_load_and_name_only_the_contract_kinds() -> None:
    kinds = load_quantity_kinds()
    assert kinds.by_verb["massacre"] == kinds.by_noun["dead"] == "killed"
    assert kinds.by_verb["abduct"] == "missing" and kinds.by_noun["missile"] == "weapons"
    assert set(kinds.by_noun.values()) | set(kinds.by_verb.values()) <= COUNT_KINDS


@pytest.mark.parametrize(
    "raw",
    [
        {"version": 1, "kinds": ["killed"], "nouns": {"dead": "killed"}, "verbs": {"kill": "slain"}},
        {"version": 1, "kinds": ["killed"], "nouns": [], "verbs": {"kill": "killed"}},
    ],
)
def test_malformed_quantity_kinds_raise_with_the_file_name(
    monkeypatch: pytest.MonkeyPatch, raw: dict[str, Any]
) -> None:
    monkeypatch.setattr(quantities, "read_json", lambda name: raw)
    load_quantity_kinds.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"quantity_kinds\.json"):
            load_quantity_kinds()
    finally:
        load_quantity_kinds.cache_clear()


# --- a day told from another day ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Police said Tuesday that a man was shot the previous day near a park in Tulsa.", "2024-03-11"),
        ("A man was arrested on Monday in Tulsa. He had shot his neighbor the day before.", "2024-03-10"),
        # control: with no day stated before it, the day before is no date; the report's day stands
        ("A man in Tulsa had shot his neighbor the day before, police said.", "2024-03-13"),
    ],
)
def test_a_day_told_from_a_stated_day_dates_the_attack(extract_events: ExtractEvents, text: str, day: str) -> None:
    assert assault_day(extract_events(text, published=PUBLISHED)) == day


# --- a count of a kind, not a part of a whole ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Hundreds of supporters of the opposition leader rallied in Dakar on Sunday.", "participants", 100),
        ("Police in Nairobi arrested dozens of protesters on Sunday.", "arrested", 12),
        # control: a part of a known whole counts the whole, not the part
        ("Two of the 17 missiles fired at the base in Erbil on Sunday were intercepted.", "weapons", 17),
    ],
)
def test_a_count_of_a_kind_counts_its_noun(extract_events: ExtractEvents, text: str, kind: str, value: int) -> None:
    events = extract_events(text)
    assert any(counted(e, kind) == value for e in events), [e.to_dict() for e in events]
