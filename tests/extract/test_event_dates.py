"""The day the violence happened, as opposed to the day it was reported, charged or announced.

Sentences written for these tests; the report is published on Wednesday 8 January 2020.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import assault_day

from eventwire.extract.event_dates import announcement_verbs
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
PUBLISHED = date(2020, 1, 8)


def test_announcement_verbs_load() -> None:
    verbs = announcement_verbs()
    assert {"say", "charge", "identify"} <= verbs
    assert "shoot" not in verbs


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A man was shot in Dayton, Ohio, on Monday night, police said Tuesday.", "2020-01-06"),
        ("Police said Tuesday that a man was shot in Dayton, Ohio, early Sunday.", "2020-01-05"),
        ("A woman was wounded in a shooting in Dayton, Ohio, overnight, police said.", "2020-01-07"),
        ("A man was shot in Dayton, Ohio, Monday night (Jan. 6).", "2020-01-06"),
        ("A teenager was shot in Dayton, Ohio, late Friday.", "2020-01-03"),
        ("A man was shot and wounded in Dayton, Ohio, yesterday.", "2020-01-07"),
    ],
)
def test_the_violence_is_dated_by_its_own_day(extract_events: ExtractEvents, text: str, value: str) -> None:
    assert assault_day(extract_events(text, published=PUBLISHED)) == value


def test_a_later_sentence_without_a_day_keeps_the_incident_day(extract_events: ExtractEvents) -> None:
    text = (
        "A man was shot in Dayton, Ohio, on Sunday night. "
        "A suspect was charged with attempted murder on Tuesday. "
        "The victim was shot twice in the chest, police said."
    )
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-05"


def test_a_headline_without_a_day_takes_the_ledes_day(extract_events: ExtractEvents) -> None:
    text = "Man shot outside Dayton bar\n\nA man was shot outside a bar in Dayton, Ohio, on Monday night."
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-06"
