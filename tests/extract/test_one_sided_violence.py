"""One-sided violence is reported: a shooting, an armed robbery or a threat at gunpoint whose
shooter is unknown and whose victims nobody can place (issue 13). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.extract.victims import load_casualty_words
from eventwire.extractor import one_sided_violence, sideless_violence
from eventwire.records import Event, EventDate, Evidence, QuantityClaim

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py

WEDNESDAY = date(2020, 1, 8)


def _assaults(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT" and e.status not in ("threatened", "planned", "negated")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Two masked men robbed a corner store at gunpoint on Pine Avenue early Monday, officers said.", "2020-01-06"),
        ("A delivery driver was carjacked outside an apartment building in Tulsa on Sunday night.", "2020-01-05"),
        ("Three men held up a liquor store on Tuesday and fled with the cash drawer.", "2020-01-07"),
        ("A man pointed a gun at his cousin during a quarrel Monday in Fresno.", "2020-01-06"),
        ("Deputies said a woman threatened her neighbour with a pistol late Sunday.", "2020-01-05"),
        ("Shots rang out outside a bowling alley late Monday; nobody was struck.", "2020-01-06"),
        ("An armed robbery happened at a bakery on Cedar Road on Monday morning.", "2020-01-06"),
        ("An armed robbery was reported at a bakery on Cedar Road on Monday morning.", "2020-01-06"),
        ("The robbery occurred around 10 p.m. Monday at a laundromat, police said Tuesday.", "2020-01-06"),
    ],
)
def test_gun_crimes_are_dated_assaults(extract_events: ExtractEvents, text: str, day: str) -> None:
    found = _assaults(extract_events(text, WEDNESDAY))
    assert found, text
    assert found[0].mode == "firearms"
    assert found[0].date is not None and found[0].date.value == day


def test_victims_counted_make_a_sideless_shooting_reportable(extract_events: ExtractEvents) -> None:
    found = _assaults(extract_events("A 17-year-old boy was shot and wounded Monday night, police said.", WEDNESDAY))
    assert len(found) == 1
    assert found[0].actor is None
    assert [(q.kind, q.value) for q in found[0].quantities if q.kind == "injured"] == [("injured", 1)]


def _event(
    mode: str | None, quantities: list[QuantityClaim], when: EventDate | None, status: str = "asserted"
) -> Event:
    return Event(
        doc="d", type="ASSAULT", mode=mode, cameo=None, acled=None, actor=None, target=None, location=None,
        date=when, status=status, source=None, quantities=quantities, conflicts=[],  # type: ignore[arg-type]
        evidence=[Evidence("s", 0, 1)], confidence=0.45,
    )  # fmt: skip


def test_one_sided_violence_needs_victims_or_a_weapon_with_a_day() -> None:
    killed = QuantityClaim("killed", 1, None, None, "one", 0, 3)
    monday = EventDate("2020-01-06", "Monday", "day")
    assert one_sided_violence(_event(None, [killed], None))
    assert one_sided_violence(_event("firearms", [], monday))
    assert not one_sided_violence(_event(None, [], monday))  # "the party was targeted on Monday"
    assert not one_sided_violence(_event("firearms", [], None))
    assert not one_sided_violence(_event("firearms", [killed], monday, status="planned"))


def test_an_event_already_reported_is_not_added_again() -> None:
    monday = EventDate("2020-01-06", "Monday", "day")
    event = _event("firearms", [], monday)
    assert sideless_violence([event], [event]) == []
    (added,) = sideless_violence([event], [])
    assert added.confidence == 0.3


def test_weapon_modes_are_data() -> None:
    modes = load_casualty_words().weapon_modes
    assert {"firearms", "stabbing"} <= modes
    assert "clash" not in modes
