"""A kind of construction written for these tests: deaths a named storm, a hurricane or a disease
causes ("Storm Daniel killed thousands", "cholera has killed 200 people") are a disaster (OTHER),
not an assault by the storm, and the storm is no side; a side that storms a town still attacks it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    "text",
    [
        "Storm Daniel killed thousands of people in eastern Libya on Monday.",
        "Hurricane Ian killed more than 100 people in Florida on Monday.",
        "Cholera has killed 200 people in Malawi, the health ministry said on Monday.",
    ],
)
def test_deaths_a_hazard_causes_are_a_disaster(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert of_type(events, "ASSAULT") == [], [e.to_dict() for e in events]
    disaster = only(events, "OTHER")
    assert disaster.mode == "disaster" and disaster.acled is None, disaster.to_dict()
    assert disaster.actor is None, disaster.to_dict()  # the storm is no side


def test_a_side_that_storms_a_town_still_attacks_it(extract_events: ExtractEvents) -> None:
    # control: the verb "storm" is no storm
    attack = only(extract_events("Rebels stormed the town and killed 20 people in Mali on Monday."), "ASSAULT")
    assert attack.actor is not None and attack.actor.sector == "REB", attack.to_dict()


def test_a_crash_stays_an_accident(extract_events: ExtractEvents) -> None:
    # control: an accident that is no natural hazard keeps its mode
    crash = only(extract_events("A man was killed in a crash on the interstate in Ohio on Monday."), "OTHER")
    assert crash.mode == "accident", crash.to_dict()


def test_a_name_a_hazard_word_begins_is_no_hazard(extract_events: ExtractEvents) -> None:
    # control: "Storm Corps" is a unit, and its member killed in a blast was attacked
    text = "A member of North Korea's Storm Corps was killed on Monday in a limpet blast in Yanggang Province."
    blast = only(extract_events(text), "ASSAULT")
    assert blast.mode == "bombing", blast.to_dict()


def test_an_outbreak_of_violence_is_no_disease(extract_events: ExtractEvents) -> None:
    # control: "outbreak" alone names no hazard
    text = (
        "Police in Harare fired tear gas at hundreds of demonstrators on Friday as a protest descended "
        "into one of the worst outbreaks of violence in two decades."
    )
    crackdown = only(extract_events(text), "COERCE")
    assert crackdown.mode == "crackdown", crackdown.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed in a blast in Kabul on Monday.",
        "A soldier was wounded by an explosion near the border in Yanggang Province on Monday.",
    ],
)
def test_a_blast_victims_were_killed_in_is_one_bombing(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert of_type(events, "OTHER") == [], [e.to_dict() for e in events]
    assert only(events, "ASSAULT").mode == "bombing"


def test_a_gas_explosion_stays_an_accident(extract_events: ExtractEvents) -> None:
    # control: an accident's source keeps the blast an accident and its dead its own
    events = extract_events("Two workers were killed in a gas explosion at a factory in Gujarat on Monday.")
    assert of_type(events, "ASSAULT") == [] and only(events, "OTHER").mode == "accident"
