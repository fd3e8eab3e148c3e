"""Kinds of construction written for these tests: an act wanted in a "for X to ..." clause
("called for Israel to withdraw"), which is asked of X and has not happened; a case or a suit
brought against a side, with the "against" the parser hangs on the verb that carries the noun;
talks held on a trip, which take the trip's day; and a person who comes to a place, who is a guest
there and not one of its people."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The United Nations called for Israel to withdraw its troops from Gaza.", None, "ISR"),
        ("Germany has called for Iran to release the detained journalists.", "DEU", "IRN"),
        ("Washington pressed for Cairo to open the Rafah crossing.", "USA", "EGY"),
        ("France is calling for Russia to end its attacks on Ukraine's power grid.", "FRA", "RUS"),
    ],
)
def test_an_act_wanted_in_a_for_clause_is_asked_of_its_subject(
    extract_events: ExtractEvents, text: str, actor: str | None, target: str
) -> None:
    events = extract_events(text)
    request = only(events, "REQUEST")
    assert country(request.target) == target, request.to_dict()
    if actor is not None:
        assert country(request.actor) == actor, request.to_dict()
    # what is asked has not happened: no withdrawal, release, opening or end of attacks is coded
    assert [e.type for e in events] == ["REQUEST"], [e.to_dict() for e in events]


def test_an_act_wanted_in_a_for_clause_without_a_request_is_not_done(extract_events: ExtractEvents) -> None:
    events = extract_events("It is time for Russia to withdraw its troops from Ukraine.")
    assert all(e.status == "planned" for e in events), [e.to_dict() for e in events]
    # control: a withdrawal told as done
    done = only(extract_events("Russia withdrew its troops from Kherson on Friday."), "RETREAT")
    assert done.status == "asserted", done.to_dict()


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("South Africa filed a genocide case against Israel at the International Court of Justice.", "ZAF", "ISR"),
        ("Gambia brought a case against Myanmar at the World Court.", "GMB", "MMR"),
        ("Ukraine filed a suit against Russia at the European Court of Human Rights.", "UKR", "RUS"),
    ],
)
def test_a_case_brought_against_a_side_accuses_it(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    event = only(extract_events(text), "ACCUSE")
    assert (country(event.actor), country(event.target)) == (actor, target), event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        # controls: a case that is a matter, or a phrase, accuses nobody
        "The case of the missing journalist has angered Turkey.",
        "In any case, Russia will not attend the summit in Geneva.",
    ],
)
def test_a_case_against_nobody_is_no_accusation(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert of_type(events, "ACCUSE") == [], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # published on Wednesday, 8 January 2020
        ("Blinken arrived in Cairo on Monday for talks with Egyptian officials.", "2020-01-06"),
        ("Zelensky flew to Washington on Tuesday for a meeting with Biden.", "2020-01-07"),
    ],
)
def test_talks_on_a_trip_take_the_day_of_the_trip(extract_events: ExtractEvents, text: str, day: str) -> None:
    event = only(extract_events(text), "CONSULT")
    assert event.date is not None and event.date.value == day, event.to_dict()


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        ("Blinken arrived in Cairo on Monday for talks with Egyptian officials.", "Blinken", "EGY"),
        ("Zelensky flew to Washington on Tuesday for a meeting with Biden.", "Zelensky", "USA"),
    ],
)
def test_a_person_who_comes_to_a_place_is_not_of_its_country(
    extract_events: ExtractEvents, text: str, guest: str, host: str
) -> None:
    event = only(extract_events(text), "CONSULT")
    assert event.actor is not None and event.actor.text == guest, event.to_dict()
    assert country(event.actor) != host, event.to_dict()


@pytest.mark.parametrize(
    ("text", "local"),
    [
        # controls: who acts where the sentence places the event without coming there is local,
        # and a leader visits his own towns and troops as often as foreign ones
        ("Mayor John Smith met the protesters in Leeds on Friday.", "GBR"),
        ("President Buhari visited troops of the Nigerian army in Maiduguri on Monday.", "NGA"),
    ],
)
def test_a_local_person_is_still_of_the_place(extract_events: ExtractEvents, text: str, local: str) -> None:
    event = only(extract_events(text), "CONSULT")
    assert country(event.actor) == local, event.to_dict()
