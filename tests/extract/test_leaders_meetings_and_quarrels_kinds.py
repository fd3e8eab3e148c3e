"""Kinds of construction written for these tests: a leader of the news since 2014 named by surname
(actors_recent.tsv); a meeting's topic, which is no side; a leader who meets his own aides; two
people who "clash" with words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "published", "actor", "sector", "target"),
    [
        ("Trump threatened to impose tariffs on Mexico.", date(2019, 5, 30), "USA", "GOV", "MEX"),
        ("Zelensky met Macron in Paris on Tuesday.", date(2023, 5, 15), "UKR", "GOV", "FRA"),
        ("Lukashenko met Putin in Sochi.", date(2022, 9, 15), "BLR", "GOV", "RUS"),
    ],
)
def test_a_recent_leader_named_by_surname_is_of_his_country(
    extract_events: ExtractEvents, text: str, published: date, actor: str, sector: str, target: str
) -> None:
    events = extract_events(text, published=published)
    assert len(events) == 1, [e.to_dict() for e in events]
    event = events[0]
    assert event.actor is not None and (event.actor.country, event.actor.sector) == (actor, sector), event.to_dict()
    assert country(event.target) == target, event.to_dict()


def test_a_leader_named_between_his_terms_is_still_known(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Trump criticised Biden in a speech in Ohio.", published=date(2023, 6, 1)), "ACCUSE")
    assert event.actor is not None and event.actor.country == "USA", event.to_dict()
    assert event.actor.name == "Donald Trump", event.to_dict()


def test_what_a_meeting_discusses_is_no_side(extract_events: ExtractEvents) -> None:
    assert not of_type(extract_events("The lawmakers were discussing Mr Trump's impeachment."), "CONSULT")
    talks = only(extract_events("Blinken discussed Iran's nuclear programme with Saudi officials in Riyadh."),
                 "CONSULT")  # fmt: skip
    assert (country(talks.actor), country(talks.target)) == ("USA", "SAU"), talks.to_dict()
    # control: a side's delegation is the side's people
    met = only(extract_events("French President Emmanuel Macron met Iran's delegation in Paris."), "CONSULT")
    assert country(met.target) == "IRN", met.to_dict()


def test_a_leader_meeting_his_own_aides_meets_no_side(extract_events: ExtractEvents) -> None:
    text = "As the fighting in Syria worsened, President Joe Biden met top national security aides on Tuesday."
    assert not of_type(extract_events(text), "CONSULT")
    # control: officials of another country are a side
    met = only(extract_events("Blinken met Egyptian officials in Cairo."), "CONSULT")
    assert country(met.target) == "EGY", met.to_dict()


def test_two_people_who_clash_with_words_do_not_fight(extract_events: ExtractEvents) -> None:
    text = "Kelly also has clashed with Trump's son-in-law and adviser Jared Kushner over security clearances."
    assert not of_type(extract_events(text), "ASSAULT")
    assert not of_type(extract_events("The finance minister clashed with the governor over the budget."), "ASSAULT")
    # controls: police and protesters fight; a guard who kills a gunman fights
    assert of_type(extract_events("Police clashed with protesters in Nairobi."), "ASSAULT")
    guards = only(extract_events("The president's guards clashed with a gunman in Kabul, killing him."), "ASSAULT")
    assert guards.mode == "clash", guards.to_dict()
