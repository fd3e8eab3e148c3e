"""Kinds of wording written for these tests: deaths and wounds the parser hangs on the wrong word,
and people hurt told one by one.

"A man who was shot Friday night outside a nightclub has died" (the parser gives "died" the
nightclub for its subject), "A man shot Friday night outside a bar died Sunday" and "The man shot
Friday night has died" (it reads "shot" as the man's act and hangs "died" on it): the one shot is
who died (outcomes.py `_shot_one`), and the shooting's participle tells of him, not his act
(tree.py `misread_participle`). A man who shot someone and then died stays the shooter."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, main_assault, tally_of
from spacy.language import Language

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    "text",
    [
        "A man who was shot Friday night outside a nightclub has died, police said.",
        "A woman who was shot Saturday outside a bar on Grant Street has died, police said.",
        "A man shot Friday night outside a Main Street nightclub died Sunday, police said.",
        "The man shot Friday night has died, police said.",
        "A teenager shot early Sunday near a park died at a hospital, police said.",
    ],
)
def test_the_one_shot_is_who_died(extract_events: ExtractEvents, text: str) -> None:
    assault = main_assault(extract_events(text))
    assert (counted(assault, "killed"), counted(assault, "injured")) == (1, 0)
    assert assault.actor is None or assault.actor.sector != "CVL"  # the one shot did not shoot
    assert assault.target is not None


@pytest.mark.parametrize(
    "text",
    [
        # controls: the subject shot someone named after the verb
        "A man shot his neighbour Friday night and died after police returned fire, officials said.",
        "A man shot his wife Friday night, police said. She died at a hospital.",
    ],
)
def test_a_shooter_who_shot_someone_stays_the_shooter(extract_events: ExtractEvents, text: str) -> None:
    assault = main_assault(extract_events(text))
    assert assault.actor is not None and assault.actor.text.lower().endswith("man")


# --- people hurt told one by one ---------------------------------------------------------------
# "A woman later arrived at a hospital with a gunshot wound" after a first victim (the parse hangs
# the wound on the hospital: outcomes.py `_treatment_rule`); "A gunman wounded two patrons before a
# security guard shot and killed him" (the one person the sentence names before the pronoun, other
# than the guard who shot, is the gunman: victims.py `_offender_before`); "Two drivers shot each
# other" (the ones who shot are the ones hit).


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man was found shot on Elm Street. A woman later arrived at a hospital with a gunshot wound.", 0, 2),
        ("A gunman wounded two patrons at a bar on Friday before a security guard shot and killed him.", 1, 2),
        ("A suspect shot two deputies on Friday before a third deputy shot him.", 0, 3),
        ("Two drivers shot each other after a crash on Route 9 on Sunday.", 0, 2),
        ("Two drivers shot each other after a crash on Route 9 on Sunday. Each was struck once.", 0, 2),
        # controls: a pronoun for the one shot, or for the one a helper drove away
        ("A gunman shot a clerk on Friday. He died at a hospital.", 1, 0),
        ("A gunman shot a man on Friday before a friend drove him to a hospital.", 0, 1),
        ("A man was found shot on Elm Street. He was later taken to a hospital with a gunshot wound.", 0, 1),
    ],
)
def test_people_hurt_told_one_by_one_are_counted(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}
