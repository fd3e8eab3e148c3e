"""A kind of date written for these tests: a weekend named relative to the report ("over the
weekend", "this past weekend", "last weekend") is its Saturday, the weekend's first day, and an
approximate date that a day the report states inside it refines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from event_support import assault_day, main_assault
from hypothesis import given
from hypothesis import strategies as st

from eventwire.extract.dates import load_date_words, resolve_date
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py

SATURDAY = 5


def test_weekend_phrases_load() -> None:
    relative = load_date_words().relative
    assert relative["over the weekend"].unit == "weekend" and relative["last weekend"].offset == -1


@pytest.mark.parametrize(
    ("phrase", "published", "value"),
    [
        ("over the weekend", date(2024, 3, 11), "2024-03-09"),  # told on Monday
        ("this past weekend", date(2024, 3, 14), "2024-03-09"),  # on Thursday
        ("over the weekend", date(2024, 3, 10), "2024-03-09"),  # on Sunday: the day before
        ("last weekend", date(2024, 3, 13), "2024-03-09"),  # on Wednesday: the weekend just past
        ("last weekend", date(2024, 3, 10), "2024-03-02"),  # on Sunday: the weekend before
    ],
)
def test_a_weekend_is_its_saturday(phrase: str, published: date, value: str) -> None:
    found = resolve_date(phrase, published)
    assert found is not None and (found.value, found.precision) == (value, "day")


@given(st.dates(min_value=date(1900, 1, 15), max_value=date(2100, 12, 31)), st.sampled_from([0, -1]))
def test_a_past_weekend_is_a_saturday_within_two_weeks_before_publication(published: date, offset: int) -> None:
    phrase = "over the weekend" if offset == 0 else "last weekend"
    found = resolve_date(phrase, published)
    assert found is not None and found.value is not None
    day = date.fromisoformat(found.value)
    assert day.weekday() == SATURDAY
    assert timedelta(days=1) <= published - day <= timedelta(days=14)


def test_a_shooting_over_the_weekend_is_dated_its_saturday(extract_events: ExtractEvents) -> None:
    events = extract_events(
        "Two people were wounded in a shooting in Dayton over the weekend.", published=date(2024, 3, 12)
    )
    assert assault_day(events) == "2024-03-09", main_assault(events).to_dict()


def test_a_day_stated_inside_the_weekend_refines_it(extract_events: ExtractEvents) -> None:
    # control: the day stated wins, as it did before weekends were dated
    text = "A man was shot in Dayton over the weekend. It happened early Sunday near a bar, police said."
    events = extract_events(text, published=date(2024, 3, 12))
    assert assault_day(events) == "2024-03-10", main_assault(events).to_dict()
