"""Kinds of construction written for these tests: an earlier incident told as the scene's history
with a month or a year ("the site of a fatal shooting in 2022"), the dead a vigil or a funeral is
held for, a tally in a side clause ("marking the city's 20th homicide this year"), named victims
listed after a group and a single of other fates ("killing two and
wounding a third. Killed were ..."), a police title before a name, and a verbless headline's
figures ("Two dead, three hurt in shooting"), a survival denied ("did not survive"), and the
wounded told after the dead ("15 were killed ... 40 people were wounded", "another 40"), a person
found "deceased", a shot that hit nobody ("neither of which struck"), and a title abbreviation
before a name ("Lance Cpl. David Gonzalez")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import counted, main_assault, tally_of
from spacy.language import Language

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py

TUESDAY = date(2024, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Four people were wounded in a shooting at the Velvet Room nightclub early Sunday. The nightclub was "
        "the site of a fatal shooting in 2022 that left two people dead.",
        "Four people were wounded in a shooting at a Memphis apartment complex on Sunday. In September, a "
        "shooting at the complex left two people dead.",
    ],
)
def test_a_shooting_dated_by_an_old_month_or_year_is_another_incident(extract_events: ExtractEvents, text: str) -> None:
    event = main_assault(extract_events(text, published=TUESDAY))
    assert (counted(event, "killed"), counted(event, "injured")) == (0, 4), event.to_dict()


def test_a_month_that_holds_the_day_is_the_same_incident(extract_events: ExtractEvents) -> None:
    # control: "in March" holds Sunday, March 10
    text = (
        "Two people were wounded in a shooting on Elm Street early Sunday. A third man shot there in March "
        "died at a hospital, police said."
    )
    event = main_assault(extract_events(text, published=TUESDAY))
    assert counted(event, "killed") == 1, event.to_dict()


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("A man was wounded when gunfire broke out Sunday night at a vigil for a teenager killed last month.", 1),
        ("Two women were shot Sunday at a memorial for a man killed last year on the same corner.", 2),
        ("Gunmen opened fire on mourners at the funeral of a policeman killed last month, wounding five people.", 5),
    ],
)
def test_the_dead_a_vigil_is_held_for_are_not_its_victims(
    extract_events: ExtractEvents, text: str, injured: int
) -> None:
    event = main_assault(extract_events(text, published=TUESDAY))
    assert (counted(event, "killed"), counted(event, "injured")) == (0, injured), event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Five people were killed in the city last month.",
        "He was the city's 20th person killed this year.",
        "Police said 12 people have been shot so far this year.",
    ],
)
def test_a_period_phrase_on_the_sentences_own_violence_is_a_tally(nlp: Language, text: str) -> None:
    # control
    assert tally_of(nlp, text) == {"killed": 0, "injured": 0}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man was shot and killed on Elm Street early Sunday, marking the city's 20th homicide this year.", 1, 0),
        ("A woman was wounded Sunday, and 20 people have been shot in the neighborhood this year.", 0, 1),
        # control: a side clause that neither counts nor ranks dates the act itself
        ("Goshen himself was robbed and shot while delivering meat earlier this year, he said.", 0, 0),
    ],
)
def test_a_tally_in_a_side_clause_leaves_the_incident(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A gunman opened fire outside a bar early Sunday, killing two people and wounding a third. Killed "
            "were Ashley Moore, 23, and Tyrone Banks, 26.",
            2,
            1,
        ),
        (
            "Three men were killed and a woman was wounded in a shooting Saturday. The dead were identified as "
            "Luis Ortega, 31, Ray Dunn, 28, and Omar Hale, 40.",
            3,
            1,
        ),
        # control: a name that repeats the single person's fate is that person
        (
            "Two men were wounded and a woman was killed in a shooting Saturday. The woman, Ana Ruiz, 30, died "
            "at the scene.",
            1,
            2,
        ),
    ],
)
def test_names_listed_after_a_group_are_the_group(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    "text",
    [
        "A police officer was killed and a suspect was wounded in a shootout Saturday night. Officer Dan "
        "Mitchell was rushed to St. Luke's Hospital, where he was pronounced dead.",
        "A deputy was killed and a suspect was wounded in a shootout Saturday night. Sgt. Ellen Price was "
        "taken to a hospital, where she was pronounced dead.",
    ],
)
def test_a_police_title_before_a_name_names_the_officer(nlp: Language, text: str) -> None:
    assert tally_of(nlp, text) == {"killed": 1, "injured": 1}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Two dead, three hurt in shooting outside Westside bar.", 2, 3),
        ("One dead, two wounded in shooting at Elm Street party.", 1, 2),
        ("2 dead, 5 injured in Dayton mall shooting", 2, 5),
        # control: a headline and its lede that restate the same people count them once
        (
            "Two dead, three hurt in shooting outside Westside bar Two men were killed and three other people "
            "were wounded in a shooting outside a bar early Sunday, police said.",
            2,
            3,
        ),
    ],
)
def test_a_verbless_headline_counts_its_figures(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man was shot Sunday night. He did not survive.", 1, 0),
        ("The boy was rushed to a hospital but could not be saved.", 1, 0),
        ("Two men were shot. One of them did not survive his injuries.", 1, 1),
        # controls: a hedge and a forecast are no death
        ("A woman was shot in the chest and may not survive.", 0, 1),
        ("A man was shot in the head and is not expected to survive.", 0, 1),
    ],
)
def test_a_survival_denied_is_a_death(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("At least 15 people were killed in the attack on Monday. Forty people were wounded, officials said.", 15, 40),
        ("Nine people were killed when shells hit the market. Twenty-three people were injured.", 9, 23),
        ("At least 15 people were killed in the attack. Another 40 people were wounded, officials said.", 15, 40),
        ("Fifteen people were killed. Another 40 were wounded.", 15, 40),
        ("Two men were shot dead. Another three were shot.", 2, 3),
        # control: "shot" says nothing of who lived, so the dead are among the shot
        ("Two people were killed in the shooting. Five people were shot in all, police said.", 2, 3),
    ],
)
def test_the_wounded_told_after_the_dead_are_others(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Upon arrival, deputies located a 36-year-old female deceased from apparent gunshot wounds.", 1),
        ("Officers found a 52-year-old man deceased with a gunshot wound to the head.", 1),
        ("Deputies located a 36-year-old female and a 10-year-old male deceased from apparent gunshot wounds.", 2),
    ],
)
def test_a_person_found_deceased_is_dead(nlp: Language, text: str, killed: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": 0}


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("The trooper fired two rounds, neither of which struck the driver.", 0),
        ("Neither round struck the driver.", 0),
        ("No bullets hit the children, police said.", 0),
        ("One of the rounds struck the driver in the arm.", 1),  # control
    ],
)
def test_a_shot_that_hit_nobody_hurts_nobody(nlp: Language, text: str, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": 0, "injured": injured}


def test_a_title_abbreviation_keeps_one_person(nlp: Language) -> None:
    # "Lance Cpl." tokenised apart had made two victims of one Marine
    text = (
        "The Marine Corps has identified a Marine found dead from a gunshot wound to the head in the armory. "
        "Lance Cpl. David M. Gonzalez was found dead at approximately 1:20 p.m. Monday, officials said."
    )
    assert tally_of(nlp, text) == {"killed": 1, "injured": 0}
    assert [t.text for t in nlp("Sgt. Ellen Price was taken to a hospital.")][:3] == ["Sgt.", "Ellen", "Price"]
