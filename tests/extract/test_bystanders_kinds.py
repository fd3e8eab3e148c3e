"""A kind of construction written for these tests: people named by a part no offender plays ("a
guard", "a clerk", "a customer") are none of the robbers or gunmen a report counted, and one of
a group ("one of the robbers") is of the group's kind."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, main_assault, tally_of
from spacy.language import Language

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("One of the robbers was killed and a guard was injured.", 1, 1),
        ("One of the gunmen died at the scene. A store clerk was wounded in the leg.", 1, 1),
        ("A customer was shot in the arm. One of the robbers was shot dead by police.", 1, 1),
        # controls: a group's member is one of the group; an officer is no suspect either way
        ("Two robbers were shot by the guard. One of the suspects died at a hospital.", 1, 1),
        ("Two officers were shot on Elm Street. One of the officers died on Monday.", 1, 1),
        ("A man was shot in the leg. The man, a store clerk, was taken to a hospital.", 0, 1),
    ],
)
def test_a_bystander_is_none_of_the_offenders(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


def test_a_guard_wounded_beside_a_robber_killed_counts_in_the_report(extract_events: ExtractEvents) -> None:
    text = (
        "A security guard exchanged gunfire with two robbers at a bank in Dayton on Tuesday. One of "
        "the robbers was killed and the guard was injured, police said."
    )
    shooting = main_assault(extract_events(text))
    assert (counted(shooting, "killed"), counted(shooting, "injured")) == (1, 1), shooting.to_dict()
