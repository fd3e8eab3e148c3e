"""Kinds of construction written for these tests, from crime and conflict copy in new styles: one
person said to be wounded after the dead, whom no word of the dead describes ("His son was
wounded", "One soldier was wounded", "The councillor's bodyguard was wounded"), is another
person, while a plain description may restate the dead; a reduced relative with a place
("the man killed in a shooting last week at an apartment complex") is a death, its "at" no
aim; "left a 15-year-old dead" counts the age as the person; a person found with stab wounds
was stabbed (triggers.jsonl assault.gunshot-wound); a day told after the victim or the place
of a noun of violence ("in the shooting death of his cousin Thursday night") dates the violence;
and "In an unrelated case" starts another incident (casualty_words separate_incident_words)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import assault_day, counted, only, tally_of
from spacy.language import Language

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
PUBLISHED = date(2024, 3, 12)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Gunmen killed a farmer in his field on Monday. His son was wounded.", 1, 1),
        ("Troops killed three rebels in a clash near the village on Monday. One soldier was wounded.", 3, 1),
        ("Gunmen killed a village councillor and his driver on Monday. The councillor's bodyguard was wounded.", 2, 1),
        ("A man was shot dead outside a bar on Friday night. A bouncer was also injured.", 1, 1),
        # controls: a description the dead bear, or a bare age, may restate them
        ("A man was shot dead outside a bar on Friday night. The man was wounded in the chest.", 1, 0),
        ("A man was killed in a shooting on Friday night. A 25-year-old was wounded in the chest and died.", 1, 0),
        ("Two men were killed in a shooting on Monday. A man was wounded in the head, police said.", 2, 0),
    ],
)
def test_a_wounded_person_none_of_the_dead_is_another(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Authorities have identified the man killed in a shooting last week at a Fresno apartment complex as "
            "38-year-old Ruben Ortega. Ortega was shot multiple times on the evening of March 5, police said.",
            1,
            0,
        ),
        ("Police identified the woman killed Saturday at a bus stop on Elm Street as Maria Lopez, 41.", 1, 0),
        # controls: shots fired at people or things hit nobody
        ("Police said a man shot at officers before fleeing on foot.", 0, 0),
        ("Someone shot at a car parked outside the house on Monday, police said.", 0, 0),
        (
            "Police are investigating after a man whose bike was stolen by three teenagers shot at them, "
            "according to the sheriff's office.",
            0,
            0,
        ),
    ],
)
def test_a_reduced_relative_with_a_place_is_a_death(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A shooting Tuesday night left a 15-year-old dead and two others wounded.", 1, 2),
        ("Gunfire outside a party left a 17-year-old injured early Sunday.", 0, 1),
        # control: a state of no one
        ("The shooting left the neighborhood shaken.", 0, 0),
    ],
)
def test_an_age_left_dead_is_a_person(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A Toledo man appeared in court on Monday on a murder charge in the shooting death of his cousin "
            "Thursday night.",
            "2024-03-07",
        ),
        # control: a day after the place of the violence, which was read so before
        ("Police seek witnesses to the stabbing of a man outside a bar on Elm Street on Saturday.", "2024-03-09"),
    ],
)  # fmt: skip
def test_a_day_after_the_victim_of_a_violence_noun_dates_it(extract_events: ExtractEvents, text: str, day: str) -> None:
    assert assault_day(extract_events(text, published=PUBLISHED)) == day


def test_a_person_found_with_stab_wounds_was_stabbed(extract_events: ExtractEvents) -> None:
    text = "A woman has died after being found with stab wounds at a house in Leeds on Thursday."
    events = extract_events(text, published=PUBLISHED)
    assault = only(events, "ASSAULT")
    assert assault.mode == "stabbing" and assault_day(events) == "2024-03-07", assault.to_dict()


def test_an_unrelated_case_is_another_incident(extract_events: ExtractEvents) -> None:
    text = (
        "A man was killed Saturday night on Elm Street. In an unrelated case, a woman, 22, was shot Sunday "
        "afternoon on Oak Avenue."
    )
    events = extract_events(text, published=PUBLISHED)
    first = next(e for e in events if e.type == "ASSAULT" and e.date is not None and e.date.value == "2024-03-09")
    assert counted(first, "killed") == 1 and counted(first, "injured") == 0, first.to_dict()
