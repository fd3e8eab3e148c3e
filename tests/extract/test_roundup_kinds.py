"""Round-up reports and retold incidents: the text marks another shooting, the report's event
keeps its own victims.

Sentences written for these tests; the report is published on Wednesday 8 January 2020. The main
ASSAULT is the one the GVA scoring reads (most evidence sentences, its largest counts).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import assault_day, counted, main_assault, of_type

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
PUBLISHED = date(2020, 1, 8)


def _assaults_with(events: list[Event], kind: str, value: int) -> list[Event]:
    return [e for e in of_type(events, "ASSAULT") if counted(e, kind) == value]


def test_a_separate_shooting_keeps_its_own_victims(extract_events: ExtractEvents) -> None:
    text = (
        "A woman was shot in the arm early Monday outside a bar on Walnut Street in Springfield, Missouri. "
        "Officers found her in the parking lot about 1:40 a.m. and she was taken to a hospital. "
        "In a separate shooting, two men were wounded near a convenience store on Grant Avenue. "
        "The woman is expected to recover, police said."
    )
    events = extract_events(text, published=PUBLISHED)
    main = main_assault(events)
    assert counted(main, "injured") == 1
    assert _assaults_with(events, "injured", 2)  # the other shooting is an event of its own


def test_another_shooting_later_is_another_event(extract_events: ExtractEvents) -> None:
    text = (
        "Two men were wounded in a shooting Tuesday night outside a restaurant on Main Street in Joliet, Illinois. "
        "Both were taken to a hospital in fair condition, police said. "
        "Another shooting about an hour later left a teenager dead on Cass Street. "
        "The two men are expected to recover."
    )
    events = extract_events(text, published=PUBLISHED)
    main = main_assault(events)
    assert (counted(main, "injured"), counted(main, "killed")) == (2, 0)
    assert _assaults_with(events, "killed", 1)


def test_an_unrelated_incident_is_not_the_reports_shooting(extract_events: ExtractEvents) -> None:
    text = (
        "A woman was wounded by gunfire Tuesday morning at a home on Pine Street in Gary, Indiana. "
        "She was taken to a hospital in stable condition. "
        "In an unrelated incident, a man was fatally shot on Fifth Avenue. "
        "Police have made no arrests in the Pine Street shooting."
    )
    main = main_assault(extract_events(text, published=PUBLISHED))
    assert (counted(main, "injured"), counted(main, "killed")) == (1, 0)


def test_an_earlier_killing_and_its_aftermath_stay_apart(extract_events: ExtractEvents) -> None:
    text = (
        "A man was shot in the hand Tuesday afternoon at an apartment complex on Elm Street in Macon, Georgia. "
        "He was taken to a hospital with injuries that are not life-threatening. "
        "Less than two weeks ago, a 24-year-old woman was shot and killed at the same complex. "
        "She died at the scene. "
        "Investigators are still looking for the gunman in the Tuesday shooting."
    )
    events = extract_events(text, published=PUBLISHED)
    main = main_assault(events)
    assert (counted(main, "injured"), counted(main, "killed")) == (1, 0)
    assert main.date is not None and main.date.value == "2020-01-07"
    earlier = _assaults_with(events, "killed", 1)
    assert earlier and all(len(e.evidence) >= 2 for e in earlier)  # "She died at the scene" is hers


def test_a_retold_killing_does_not_take_the_reports_opening_sentence(extract_events: ExtractEvents) -> None:
    # The opening sentence names no victim; the earlier killing ("less than two weeks ago") must
    # not make it its own and so outweigh the Tuesday shooting the report is about.
    text = (
        "Police in Toledo, Ohio, are still investigating the shooting on Dorr Street. "
        "Less than two weeks ago, a 20-year-old man was shot and killed on the same block. "
        "Three men were shot outside a corner store on Dorr Street on Tuesday night. "
        "All three were taken to a hospital in stable condition."
    )
    main = main_assault(extract_events(text, published=PUBLISHED))
    assert main.date is not None and main.date.value == "2020-01-07"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Adjacent days alone are one incident ("late Monday ... early Tuesday"); another block
        # and another stated day are another shooting, and the report's event keeps its own day.
        (
            "A man was shot and killed late Monday in the 100 block of Elm Street in Joliet, Illinois. "
            "He was pronounced dead at a hospital, police said. "
            "A woman was wounded Sunday afternoon in the 4500 block of Oak Avenue.",
            "2020-01-06",
        ),
        # "A woman" brought in anew on a day before every day the killing is told on: not its
        # victim, though no block is named.
        (
            "A 19-year-old man was killed by gunfire at an intersection in Joliet, Illinois, Tuesday evening. "
            "He was taken to a hospital, but later died. "
            "A woman was also shot and wounded Monday on Oak Street.",
            "2020-01-07",
        ),
    ],
)
def test_victims_told_on_an_earlier_day_are_another_shooting(
    extract_events: ExtractEvents, text: str, day: str
) -> None:
    events = extract_events(text, published=PUBLISHED)
    main = main_assault(events)
    assert (counted(main, "killed"), counted(main, "injured")) == (1, 0)
    assert assault_day(events) == day
    assert _assaults_with(events, "injured", 1)


def test_a_death_the_day_after_the_shooting_stays_one_event(extract_events: ExtractEvents) -> None:
    text = (
        "A man was shot in the chest Sunday night on Elm Street in Joliet, Illinois. "
        "He died Monday at a hospital, police said."
    )
    events = extract_events(text, published=PUBLISHED)
    assert len(of_type(events, "ASSAULT")) == 1
    assert counted(main_assault(events), "killed") == 1
    assert assault_day(events) == "2020-01-05"


def test_someone_newly_named_dead_the_day_before_is_another_killing(extract_events: ExtractEvents) -> None:
    # Nobody dies before the shooting that kills them: a new name on an earlier stated day is
    # another incident, though the days are adjacent.
    text = (
        "A man was shot and killed in Joliet, Illinois, late Tuesday night, the second homicide in the "
        "city in two days. Police said Dale Pruitt, 38, was found shot to death on Elm Street. "
        "On Monday afternoon, Mona Crane, 25, was found dead in a parking lot."
    )
    events = extract_events(text, published=PUBLISHED)
    main = main_assault(events)
    assert counted(main, "killed") == 1
    assert assault_day(events) == "2020-01-07"


def test_a_newly_named_victim_who_died_the_next_day_is_the_same_shooting(extract_events: ExtractEvents) -> None:
    text = (
        "A woman was shot in the chest Sunday night on Elm Street in Joliet, Illinois. "
        "On Monday, Mona Crane, 25, died at a hospital, police said."
    )
    events = extract_events(text, published=PUBLISHED)
    assert counted(main_assault(events), "killed") == 1
    assert assault_day(events) == "2020-01-05"


def test_someone_new_hurt_with_no_day_of_their_own_is_the_same_shooting(extract_events: ExtractEvents) -> None:
    text = (
        "A 19-year-old man was killed by gunfire at an intersection in Joliet, Illinois, Tuesday evening. "
        "A woman was also shot and wounded, police said."
    )
    main = main_assault(extract_events(text, published=PUBLISHED))
    assert (counted(main, "killed"), counted(main, "injured")) == (1, 1)


def test_the_first_violence_owns_the_dead_told_before_it(extract_events: ExtractEvents) -> None:
    # The report tells of the body first and of the shooting only after: the shooting killed him.
    text = (
        "Police have released the name of a 25-year-old man whose body was found in a ditch in "
        "Jacksonville, Florida, on Monday. Dale Pruitt was the apparent victim of a drive-by shooting, "
        "police said."
    )
    assert counted(main_assault(extract_events(text, published=PUBLISHED)), "killed") == 1


def test_a_death_told_after_other_violence_is_not_lent_to_a_later_noun(extract_events: ExtractEvents) -> None:
    # The report told of violence first: a later shooting noun does not take the dead man.
    text = (
        "Gunmen fired at a police station on Elm Street in Jacksonville, Florida, on Monday. "
        "Hours later, the body of a 25-year-old man was found in a ditch across town. "
        "Detectives are also investigating a shooting on Oak Street."
    )
    events = extract_events(text, published=PUBLISHED)
    assert all(counted(e, "killed") == 0 for e in of_type(events, "ASSAULT") if "shooting" in e.evidence[0].sentence)
