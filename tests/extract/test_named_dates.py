"""Days named by a holiday ("early New Year's Day", "Thanksgiving morning") and days written
next to the violence they date ("a robbery late Tuesday night").

Sentences written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from event_support import assault_day, main_assault
from hypothesis import given
from hypothesis import strategies as st

from eventwire.extract.dates import Holiday, find_dates, load_date_words, resolve_date
from eventwire.extract.event_dates import (
    announcement_nouns,
    clock_words,
    load_time_words,
    occurrence_verbs,
    span_words,
)
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
PUBLISHED = date(2020, 1, 8)  # a Wednesday
PUBLICATION_DATES = st.dates(min_value=date(1950, 1, 1), max_value=date(2080, 12, 31))


# --- holidays --------------------------------------------------------------------------------


def test_holidays_load() -> None:
    words = load_date_words()
    assert words.holidays["Christmas Eve"] == Holiday(12, day=24)
    assert words.holidays["Thanksgiving"] == Holiday(11, weekday=3, nth=4)
    assert "weekend" in words.holiday_not_before


@pytest.mark.parametrize(
    ("phrase", "published", "value"),
    [
        ("New Year's Day", PUBLISHED, "2020-01-01"),
        ("early New Year\u2019s Day", PUBLISHED, "2020-01-01"),
        ("the early hours of New Year's Day", PUBLISHED, "2020-01-01"),
        ("Christmas Day", PUBLISHED, "2019-12-25"),
        ("Christmas Eve", PUBLISHED, "2019-12-24"),
        ("early Thanksgiving morning", date(2019, 12, 2), "2019-11-28"),
        ("Thanksgiving", date(2013, 12, 2), "2013-11-28"),
        ("Memorial Day", date(2018, 6, 1), "2018-05-28"),
        ("Labor Day", date(2019, 9, 10), "2019-09-02"),
        ("Martin Luther King Jr. Day", date(2014, 2, 2), "2014-01-20"),
        ("Fourth of July", date(2019, 7, 6), "2019-07-04"),
        ("Halloween night", date(2019, 11, 1), "2019-10-31"),
    ],
)
def test_a_holiday_is_its_day_nearest_publication(phrase: str, published: date, value: str) -> None:
    found = resolve_date(phrase, published)
    assert found is not None and (found.value, found.precision) == (value, "day")


@pytest.mark.parametrize(
    "text",
    [
        "Shops were busy over the Thanksgiving weekend.",
        "a Christmas Eve holiday break",
        "Presidents' Day sales",
        "Shots rang out across the city on New Year's Eve.",  # a night that runs into the next day
        '"It\'s not Fourth of July," a neighbour said.',  # talk about the day
        "She said it was not Halloween yet.",
    ],
)
def test_a_holiday_naming_a_span_of_days_or_talked_about_is_no_day(text: str) -> None:
    assert [r.precision for _, _, r in find_dates(text, PUBLISHED) if r.precision == "day"] == []


def test_a_holiday_inside_a_sentence_is_found_with_its_span() -> None:
    text = "Four men were shot outside a bar early Thanksgiving morning, police said."
    [(start, end, found)] = find_dates(text, date(2019, 12, 3))
    assert text[start:end] == "early Thanksgiving morning" and found.value == "2019-11-28"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He was shot on Christmas Day 2019 in Detroit.", "2019-12-25"),
        ("He was shot on Christmas Day, 2017, in Detroit.", "2017-12-25"),
        ("Shots were fired at a Thanksgiving Day parade in 2016, police said.", "2016-11-24"),
    ],
)
def test_a_holiday_takes_the_year_stated_with_it(text: str, value: str) -> None:
    days = [r.value for _, _, r in find_dates(text, PUBLISHED) if r.precision == "day"]
    assert days == [value]


@given(st.integers(min_value=1950, max_value=2080), st.sampled_from(sorted(load_date_words().holidays)))
def test_a_holiday_with_a_year_is_that_years_holiday(year: int, name: str) -> None:
    found = [r for _, _, r in find_dates(f"He was shot on {name} {year}.", PUBLISHED) if r.precision == "day"]
    if not found:
        return  # a holiday that names no single day ("New Year's Eve") stays no day
    assert found[0].value == load_date_words().holidays[name].in_year(year).isoformat()  # type: ignore[union-attr]


@given(PUBLICATION_DATES, st.sampled_from(sorted(load_date_words().holidays)))
def test_a_holiday_falls_within_a_year_back_and_the_horizon_ahead(published: date, name: str) -> None:
    found = resolve_date(name, published)
    assert found is not None
    day = date.fromisoformat(found.value)
    assert published - timedelta(days=366) <= day <= published + timedelta(days=load_date_words().future_days)
    holiday = load_date_words().holidays[name]
    assert day.month == holiday.month
    assert holiday.day == day.day if holiday.day is not None else day.weekday() == holiday.weekday


# Up to year 9998: the test looks a week past the month's last such weekday, past 9999-12-31 in December 9999.
@given(st.integers(min_value=1, max_value=9998), st.integers(min_value=1, max_value=12), st.integers(0, 6))
def test_an_nth_weekday_holiday_is_that_weekday_of_its_month(year: int, month: int, weekday: int) -> None:
    days = [Holiday(month, weekday=weekday, nth=n).in_year(year) for n in (1, 2, 3, 4, -1)]
    assert all(d is not None and d.month == month and d.weekday() == weekday for d in days)
    first, last = days[0], days[-1]
    assert first is not None and last is not None
    assert first.day <= 7 and (last + timedelta(days=7)).month != month
    assert [d.day for d in days[:4] if d] == [first.day + 7 * k for k in range(4)]


# --- a day written next to the violence ------------------------------------------------------


def test_time_words_load() -> None:
    assert {"about", "p.m.", "midnight"} <= load_time_words()
    assert {"happen", "occur"} <= occurrence_verbs()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Detectives are still seeking leads into an armed robbery late Saturday night at a gas station in Dayton.",
         "2020-01-04"),
        ("Two men are wanted in connection with a robbery Monday in which a clerk was shot in the hand in Dayton, "
         "officers said.", "2020-01-06"),
        ("Officers continue to look into a shooting about 11:15 p.m. Sunday that wounded a man in Dayton, Ohio.",
         "2020-01-05"),
        ("Four men were shot outside a bar in Dayton, Ohio, early New Year's Day, police said Monday.", "2020-01-01"),
        ("A man fired a pistol at two neighbors in Dayton, Ohio. No one was hurt in the shooting that happened "
         "shortly after 7 p.m. Saturday, deputies reported.", "2020-01-04"),
    ],
)  # fmt: skip
def test_a_day_next_to_the_violence_dates_it(extract_events: ExtractEvents, text: str, value: str) -> None:
    assert assault_day(extract_events(text, published=PUBLISHED)) == value


# --- a day that bounds a span of days --------------------------------------------------------


def test_span_words_load() -> None:
    assert {"since", "starting"} <= span_words()


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were wounded in shootings across Dayton, Ohio, since Friday afternoon, police said.",
        "A rash of armed robberies in Dayton, Ohio, starting Saturday night left two clerks wounded.",
    ],
)
def test_a_day_that_opens_a_span_does_not_date_its_violence(extract_events: ExtractEvents, text: str) -> None:
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert event.date is None or event.date.value == PUBLISHED.isoformat(), event.date


# --- a day of a verdict ----------------------------------------------------------------------


def test_a_verdicts_day_is_not_the_violences(extract_events: ExtractEvents) -> None:
    text = (
        "A Dayton man was convicted Monday of murder. "
        "He shot his neighbor twice in the back about 9 p.m. on March 4, 2017, prosecutors said."
    )
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2017-03-04"


# --- a day and month of past violence across the turn of the year ----------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A Dayton man was shot three times outside a bar on Jan. 5, police said.", "2019-01-05"),
        ("A Dayton man was shot three times outside a bar on Nov. 29, police said.", "2019-11-29"),
    ],
)
def test_violence_on_a_day_and_month_ahead_of_publication_was_last_year(
    extract_events: ExtractEvents, text: str, value: str
) -> None:
    # A paper of December 2: "Jan. 5" is five weeks ahead, inside the calendar horizon, but the
    # shooting took place, so it was last January.
    assert assault_day(extract_events(text, published=date(2019, 12, 2))) == value


# --- a day of news-making named by a noun ----------------------------------------------------


def test_announcement_nouns_load() -> None:
    assert {"arrest", "arraignment", "autopsy"} <= announcement_nouns()
    assert "shooting" not in announcement_nouns()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A man shot in Dayton, Ohio, late Saturday died. His death was ruled a homicide after an autopsy Monday.",
         "2020-01-04"),
        ("Police said Monday they made an arrest in a Saturday armed robbery in which a clerk was shot in Dayton, "
         "Ohio.", "2020-01-04"),
        ("A woman was wounded in a shooting in Dayton, Ohio, on Friday night. The suspect was held at his arraignment "
         "Monday.", "2020-01-03"),
    ],
)  # fmt: skip
def test_a_day_of_news_making_is_not_the_violences(extract_events: ExtractEvents, text: str, value: str) -> None:
    assert assault_day(extract_events(text, published=PUBLISHED)) == value


def test_a_day_things_stood_as_of_dates_no_violence(extract_events: ExtractEvents) -> None:
    text = "Two men were wounded in a shooting in Dayton, Ohio. No arrests had been made as of Monday, police said."
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert event.date is None or event.date.value == PUBLISHED.isoformat(), event.date


# --- a day told to the minute ----------------------------------------------------------------


def test_clock_words_load() -> None:
    assert {"a.m.", "p.m.", "noon"} <= clock_words()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Deputies are looking for two men in a holdup in Dayton, Ohio. On Sunday, at about 8:40 p.m., the sheriff "
         "said deputies responded to a gas station where a clerk had been shot in the arm.", "2020-01-05"),
        ("A clerk was robbed at gunpoint in Dayton, Ohio. He told officers the two men robbed him on Saturday, "
         "Jan. 4, around 10 p.m.", "2020-01-04"),
    ],
)  # fmt: skip
def test_a_day_with_a_clock_time_is_when_it_happened(extract_events: ExtractEvents, text: str, value: str) -> None:
    assert assault_day(extract_events(text, published=PUBLISHED)) == value


def test_a_telling_without_a_clock_time_stays_a_telling(extract_events: ExtractEvents) -> None:
    text = "A man was shot in Dayton, Ohio, on Sunday night, police said Tuesday."
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-05"


# --- a relative word that ends a name --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The holdup happened at Dayton Nails Today on Main Street about 9 p.m. Monday.", ["2020-01-06"]),
        ("The story first ran in USA TODAY on Tuesday.", ["2020-01-07"]),
        ("Today, police said, the road reopened.", ["2020-01-08"]),
        ("The council voted Today to close the road.", ["2020-01-08"]),
    ],
)
def test_a_capitalised_relative_word_ending_a_name_is_no_date(text: str, expected: list[str]) -> None:
    assert [r.value for _, _, r in find_dates(text, PUBLISHED)] == expected


@given(st.sampled_from(["Today", "Tonight", "Yesterday"]), st.sampled_from(["Best Nails", "USA", "Dayton Auto"]))
def test_a_name_ending_in_a_relative_word_never_dates(word: str, name: str) -> None:
    assert find_dates(f"She works at {name} {word} downtown.", PUBLISHED) == []
