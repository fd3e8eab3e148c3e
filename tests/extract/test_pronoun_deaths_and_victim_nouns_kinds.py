"""Kinds of construction written for these tests, from local crime copy in new styles.

A pronoun that tells a death after "N were shot, one fatally" restates the one who died, not the
whole group (casualties.py `_resolve`: "He died at the scene", "They died at the scene" after
"Four people were shot, two fatally"); a gunman who kills himself in an -ing clause ("before
killing himself") is one of the dead (outcomes.py `_gerund_clause_agents`); a supervisor, a boss,
a broadcaster, a cattle thief or a national of a country is a person (casualty_words person_nouns; an animal word before
a person noun names no animal); a man shot "over a dice game" is no sports shot (rule
contest-is-no-fight reads the verb's object); and a bystander hit after the dead is another
person, whatever word tells the wound ("A bystander ... was struck by a stray bullet and
survived"; casualties.py `_hurt_apart`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import counted, main_assault, only, tally_of
from spacy.language import Language

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
PUBLISHED = date(2024, 3, 12)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Two men were shot, one fatally, early Saturday on Elm Street. Officers found a 24-year-old man "
            "lying near the gas pumps; he died at the scene.",
            1,
            1,
        ),
        ("Four people were shot, two fatally, early Saturday on Elm Street. They died at the scene.", 2, 2),
        ("Two women were shot, one fatally, on Oak Avenue on Sunday. She died at a hospital.", 1, 1),
        # controls: where nobody had died yet, the pronoun tells the death of those named last
        ("Two men were shot on Elm Street on Saturday. They died at a hospital.", 2, 0),
        ("A man was shot on Elm Street on Saturday. He died at a hospital.", 1, 0),
    ],
)
def test_a_pronoun_restates_the_dead_of_a_group(
    extract_events: ExtractEvents, text: str, killed: int, injured: int
) -> None:
    assault = main_assault(extract_events(text, published=PUBLISHED))
    assert (counted(assault, "killed"), counted(assault, "injured")) == (killed, injured), assault.to_dict()


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man shot and killed two people at a warehouse Thursday before killing himself.", 3, 0),
        ("A man killed his wife on Friday after shooting his neighbor, before killing himself.", 2, 1),
        # controls: "and then killed himself" was counted before; fleeing hurts nobody
        ("A man shot and killed two people at a warehouse Thursday and then killed himself.", 3, 0),
        ("A man shot and killed two people at a warehouse Thursday before fleeing in a car.", 2, 0),
    ],
)
def test_a_gunman_who_kills_himself_in_an_ing_clause_counts(
    nlp: Language, text: str, killed: int, injured: int
) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    "text",
    [
        "A man shot and killed his supervisor at a warehouse on Thursday, police said.",
        "Gunmen shot dead a radio broadcaster in Calbayog on Monday.",
        "A mob beat a suspected cattle thief to death in Kaduna on Monday.",
        "An employee shot and killed his boss at a car dealership on Friday.",
    ],
)
def test_people_named_by_their_work_are_victims(extract_events: ExtractEvents, text: str) -> None:
    assault = main_assault(extract_events(text, published=PUBLISHED))
    assert counted(assault, "killed") == 1, assault.to_dict()


def test_nationals_are_people_of_their_country(extract_events: ExtractEvents) -> None:
    released = only(extract_events("Iran released two French nationals on Monday.", published=PUBLISHED), "CONCEDE")
    assert released.target is not None and (released.target.country, released.target.sector) == ("FRA", "CVL")


def test_an_animal_is_still_no_person(nlp: Language) -> None:
    # control: the animal head itself, with a person-like word before it
    assert tally_of(nlp, "A police dog was shot and killed during the standoff on Friday.") == {
        "killed": 0,
        "injured": 0,
    }


@pytest.mark.parametrize(
    "text",
    [
        "A man shot another man after a dispute over a dice game on Thursday, police said.",
        "A man shot his cousin after a card game at a house on Thursday.",
    ],
)
def test_a_person_shot_over_a_game_is_an_assault(extract_events: ExtractEvents, text: str) -> None:
    assault = main_assault(extract_events(text, published=PUBLISHED))
    assert counted(assault, "injured") == 1, assault.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        # controls: shots of sport
        "Curry shot the ball from the corner late in the game on Thursday.",
        "James shot 12 of 20 from the field in the game on Thursday.",
    ],
)
def test_a_shot_in_a_game_is_no_assault(extract_events: ExtractEvents, text: str) -> None:
    assert not [e for e in extract_events(text, published=PUBLISHED) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Prosecutors say Rashad Coleman shot Derrick Mims on Elm Street on Sunday. Mims died at the scene. "
            "A bystander, a 60-year-old woman, was struck by a stray bullet and survived.",
            1,
            1,
        ),
        # controls: the dead restated by their own word; a relative may be the dead one
        ("Gunmen killed a store clerk on Sunday. The clerk was shot in the chest.", 1, 0),
        ("A man fatally shot his wife, 78-year-old Sandra, on Sunday. He shot his wife in the chest.", 1, 0),
    ],
)
def test_a_bystander_hit_after_the_dead_is_another_person(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}
