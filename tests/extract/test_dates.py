"""Date phrases resolved against the publication date (resolve_date) and found in text (find_dates)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.datafiles import read_json
from eventwire.errors import DataFileError
from eventwire.extract import dates
from eventwire.extract.dates import ResolvedDate, find_dates, load_date_words, resolve_date

# The Iran missile attack report: published on Wednesday, 8 January 2020.
PUBLISHED = date(2020, 1, 8)
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def resolved(phrase: str, published: date = PUBLISHED, tense: str | None = None) -> tuple[str, str, bool] | None:
    result = resolve_date(phrase, published, tense=tense)
    if result is None:
        return None
    assert result.text == phrase
    return (result.value, result.precision, result.relative)


# --- explicit dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("January 8, 2020", ("2020-01-08", "day", False)),
        ("Jan 8, 2020", ("2020-01-08", "day", False)),
        ("Jan. 8, 2020", ("2020-01-08", "day", False)),
        ("January 8 2020", ("2020-01-08", "day", False)),
        ("January 8th, 2020", ("2020-01-08", "day", False)),
        ("8 January 2020", ("2020-01-08", "day", False)),
        ("8th of January, 2020", ("2020-01-08", "day", False)),
        ("2020-01-08", ("2020-01-08", "day", False)),
        ("Wednesday, January 8, 2020", ("2020-01-08", "day", False)),
        ("March 2019", ("2019-03", "month", False)),
        ("Sept. 2019", ("2019-09", "month", False)),
        ("Jan 8", ("2020-01-08", "day", True)),
        ("Jan. 8", ("2020-01-08", "day", True)),
        ("(Jan 8)", ("2020-01-08", "day", True)),
        ("8 January", ("2020-01-08", "day", True)),
        ("JAN 8", ("2020-01-08", "day", True)),
    ],
)
def test_explicit_date_resolves(phrase: str, expected: tuple[str, str, bool]) -> None:
    assert resolved(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "tense", "value"),
    [
        ("Dec 30", None, "2019-12-30"),  # closest to publication
        ("Jan 10", None, "2020-01-10"),
        ("Jan 10", "past", "2019-01-10"),
        ("Dec 30", "future", "2020-12-30"),
        ("Feb 29", None, "2020-02-29"),
        ("March 1", None, "2020-03-01"),  # seven weeks ahead: a hearing, a funeral
        ("Sept. 3", None, "2019-09-03"),  # closer ahead, but most of a year: last September
    ],
)
def test_day_and_month_without_year_take_the_year_by_tense(phrase: str, tense: str | None, value: str) -> None:
    assert resolved(phrase, tense=tense) == (value, "day", True)


@pytest.mark.parametrize("phrase", ["Feb 30", "Feb 29, 2019", "April 31, 2020", "2020-02-30", "2020-13-01", "31 June"])
def test_invalid_date_resolves_to_none(phrase: str) -> None:
    assert resolve_date(phrase, PUBLISHED) is None


# --- weekdays --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "tense", "value"),
    [
        ("on Friday", None, "2020-01-03"),
        ("Friday", None, "2020-01-03"),
        ("on Wednesday", None, "2020-01-08"),  # published on a Wednesday: that same day
        ("on Tuesday", None, "2020-01-07"),
        ("on Sunday night", None, "2020-01-05"),
        ("Sunday morning", None, "2020-01-05"),
        ("early Wednesday", None, "2020-01-08"),
        ("Friday's attack", None, "2020-01-03"),
        ("on Friday", "future", "2020-01-10"),
        ("on Wednesday", "future", "2020-01-15"),
        ("last Wednesday", None, "2020-01-01"),
        ("last Friday", None, "2020-01-03"),
        ("last Tuesday", None, "2019-12-31"),  # yesterday is "Tuesday": "last Tuesday" is a week earlier
        ("past Tuesday", None, "2020-01-07"),
        ("next Wednesday", None, "2020-01-15"),
        ("this Friday", "future", "2020-01-10"),
    ],
)
def test_weekday_resolves_by_tense(phrase: str, tense: str | None, value: str) -> None:
    assert resolved(phrase, tense=tense) == (value, "day", True)


def test_relative_weekday_resolves_to_previous_friday() -> None:
    assert resolved("Maj-Gen Soleimani was killed on Friday") == ("2020-01-03", "day", True)


def test_explicit_date_wins_over_its_weekday() -> None:
    phrase = "early hours of Wednesday (Jan 8)"
    assert resolved(phrase) == ("2020-01-08", "day", True)
    # Even when the weekday is wrong, the stated date wins.
    assert resolved("Thursday (Jan 8)") == ("2020-01-08", "day", True)
    assert resolved("Wed., Jan. 8") == ("2020-01-08", "day", True)


@pytest.mark.parametrize("phrase", ["Wed", "Sun", "The Sun said", "Sat down"])
def test_abbreviated_weekday_alone_is_not_a_date(phrase: str) -> None:
    assert resolve_date(phrase, PUBLISHED) is None


# --- relative phrases ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("today", ("2020-01-08", "day", True)),
        ("Today", ("2020-01-08", "day", True)),
        ("tonight", ("2020-01-08", "day", True)),
        ("this morning", ("2020-01-08", "day", True)),
        ("yesterday", ("2020-01-07", "day", True)),
        ("last night", ("2020-01-07", "day", True)),
        ("yesterday afternoon", ("2020-01-07", "day", True)),
        ("tomorrow", ("2020-01-09", "day", True)),
        ("last week", ("2020-01-01", "day", True)),
        ("last week's killing", ("2020-01-01", "day", True)),
        ("next week", ("2020-01-15", "day", True)),
        ("last month", ("2019-12", "month", True)),
        ("this month", ("2020-01", "month", True)),
        ("earlier this month", ("2020-01", "month", True)),
        ("last year", ("2019", "year", True)),
        ("last year's attack", ("2019", "year", True)),
        ("earlier this year", ("2020", "year", True)),
        ("next year", ("2021", "year", True)),
        ("two days ago", ("2020-01-06", "day", True)),
        ("10 days ago", ("2019-12-29", "day", True)),
        ("a day ago", ("2020-01-07", "day", True)),
        ("three weeks ago", ("2019-12-18", "day", True)),
        ("a few days ago", ("2020-01-05", "day", True)),
        ("six months ago", ("2019-07", "month", True)),
        ("two years ago", ("2018", "year", True)),
    ],
)
def test_relative_phrase_resolves_against_publication(phrase: str, expected: tuple[str, str, bool]) -> None:
    assert resolved(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "tense", "value"),
    [
        ("in March", None, "2019-03"),
        ("in March", "future", "2020-03"),
        ("in January", None, "2020-01"),
        ("since March", None, "2019-03"),
        ("early March", None, "2019-03"),
        ("mid-March", None, "2019-03"),
        ("last March", None, "2019-03"),
        ("next March", None, "2020-03"),
        ("last January", None, "2019-01"),
        ("this March", None, "2020-03"),
    ],
)
def test_month_without_year_resolves_to_nearest_by_tense(phrase: str, tense: str | None, value: str) -> None:
    assert resolved(phrase, tense=tense) == (value, "month", True)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("in 2019", "2019"),
        ("in 2018", "2018"),
        ("since 2014", "2014"),
        ("the 1979 revolution", "1979"),
        ("a 2015 nuclear deal", "2015"),
        ("mid-2019", "2019"),
        ("2019's protests", "2019"),
    ],
)
def test_bare_year_resolves_to_year(phrase: str, value: str) -> None:
    assert resolved(phrase) == (value, "year", False)


@pytest.mark.parametrize(
    "phrase",
    ["at least 2000 people", "$2000", "2,019 people", "the 1990s", "F-2000", "May", "may 5", "March",
     "8/1/2019", "1/2/3", "", "nothing here", "2000%", "1800", "the 22nd"],
)  # fmt: skip
def test_phrase_without_a_date_resolves_to_none(phrase: str) -> None:
    assert resolve_date(phrase, PUBLISHED) is None


@pytest.mark.parametrize(
    ("phrase", "published", "tense", "value"),
    [
        ("On 03/09/2024 at approximately 11:14 p.m.", date(2024, 3, 12), None, "2024-03-09"),  # Sept 3 is ahead
        ("3/9/24", date(2024, 3, 12), None, "2024-03-09"),
        ("12/25/2023", date(2024, 3, 12), None, "2023-12-25"),  # 25 is no month
        ("25/12/2023", date(2024, 3, 12), None, "2023-12-25"),
        ("3/3/24", date(2024, 3, 12), None, "2024-03-03"),  # both readings alike
        ("4/2/2024", date(2024, 3, 12), "future", "2024-04-02"),  # Feb 4 is past
        # both readings fit before publication: ambiguous
        ("8/1/2020", date(2020, 9, 1), None, None),
        ("2/3/2024", date(2024, 3, 12), None, None),
    ],
)
def test_a_slashed_date_is_the_one_reading_that_fits(
    phrase: str, published: date, tense: str | None, value: str | None
) -> None:
    found = resolve_date(phrase, published, tense=tense)
    assert (found.value if found is not None else None) == value


@given(
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    back=st.integers(min_value=0, max_value=366),
)
def test_a_slashed_date_resolves_to_a_fitting_reading_or_none(day: date, back: int) -> None:
    # whichever reading wins falls in the year before publication, and month-first reads back
    published = day + timedelta(days=back)
    found = resolve_date(f"{day.month}/{day.day}/{day.year}", published)
    if found is not None:
        resolved_day = date.fromisoformat(found.value)
        assert 0 <= (published - resolved_day).days <= 366
        assert resolved_day == day or (resolved_day.month, resolved_day.day) == (day.day, day.month)
    if day.day > 12 or day.day == day.month:
        assert found is not None and found.value == day.isoformat()


def test_most_precise_date_of_a_phrase_wins() -> None:
    assert resolved("in 2019, on Jan 8, 2019") == ("2019-01-08", "day", False)


def test_unknown_tense_reads_as_past() -> None:
    assert resolved("on Friday", tense="conditional") == ("2020-01-03", "day", True)


# --- finding dates in text -------------------------------------------------------------------


def test_finds_dates_of_a_news_paragraph() -> None:
    text = (
        "Iran launched a missile attack on US-led forces in Iraq in the early hours of Wednesday "
        "(Jan 8) in retaliation for the drone strike. Soleimani was killed on Friday. The US "
        "withdrew from the pact in 2018, and last week's killing raised fears."
    )
    got = [(text[s:e], d.value, d.precision) for s, e, d in find_dates(text, PUBLISHED)]
    assert got == [
        ("early hours of Wednesday (Jan 8)", "2020-01-08", "day"),
        ("Friday", "2020-01-03", "day"),
        ("2018", "2018", "year"),
        ("last week", "2020-01-01", "day"),
    ]


def test_found_spans_leave_out_prepositions() -> None:
    text = "Protests began in March and spread since 2019."
    assert [text[s:e] for s, e, _ in find_dates(text, PUBLISHED)] == ["March", "2019"]


def test_find_dates_uses_tense() -> None:
    text = "Talks will resume on Friday."
    assert [d.value for _, _, d in find_dates(text, PUBLISHED, tense="future")] == ["2020-01-10"]


# --- properties ------------------------------------------------------------------------------

PUBLICATION_DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))


@given(PUBLICATION_DATES, st.integers(min_value=0, max_value=6), st.sampled_from(["", "on ", "last ", "next "]))
def test_weekday_resolves_within_the_week_before_publication(published: date, weekday: int, prefix: str) -> None:
    result = resolve_date(f"{prefix}{WEEKDAYS[weekday]}", published)
    assert result is not None and result.precision == "day" and result.relative
    day = date.fromisoformat(result.value)
    assert day.weekday() == weekday
    if prefix == "next ":
        assert timedelta(days=1) <= day - published <= timedelta(days=7)
    elif prefix == "last ":
        # Yesterday is named bare ("Thursday" in a Friday paper); "last Thursday" is a week earlier.
        assert timedelta(days=2) <= published - day <= timedelta(days=8)
    else:
        assert timedelta(0) <= published - day <= timedelta(days=6)


@given(PUBLICATION_DATES, st.integers(min_value=0, max_value=6))
def test_future_weekday_resolves_within_the_week_after_publication(published: date, weekday: int) -> None:
    result = resolve_date(f"on {WEEKDAYS[weekday]}", published, tense="future")
    assert result is not None
    day = date.fromisoformat(result.value)
    assert day.weekday() == weekday
    assert timedelta(days=1) <= day - published <= timedelta(days=7)


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)), PUBLICATION_DATES)
def test_month_day_year_round_trips(day: date, published: date) -> None:
    for phrase in (f"{MONTHS[day.month - 1]} {day.day}, {day.year}", f"{day.day} {MONTHS[day.month - 1]} {day.year}"):
        assert resolve_date(phrase, published) == ResolvedDate(day.isoformat(), "day", phrase, False)


@given(PUBLICATION_DATES, st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)))
def test_day_and_month_without_year_fall_within_a_year_back_and_the_horizon_ahead(published: date, day: date) -> None:
    phrase = f"{MONTHS[day.month - 1]} {day.day}"
    result = resolve_date(phrase, published)
    assert result is not None
    found = date.fromisoformat(result.value)
    assert (found.month, found.day) == (day.month, day.day)
    assert -366 * 4 <= (found - published).days <= load_date_words().future_days
    if (found - published).days > 0:
        # A date ahead is closer than the same day and month a year (or a leap cycle) back.
        back = max(d for y in range(found.year - 8, found.year) if (d := _valid(y, day.month, day.day)))
        assert (published - back).days >= (found - published).days


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@given(PUBLICATION_DATES, st.integers(min_value=0, max_value=9_999))
def test_days_ago_is_publication_minus_n(published: date, n: int) -> None:
    result = resolve_date(f"{n:,} days ago", published)
    assert result is not None
    assert result.value == (published - timedelta(days=n)).isoformat()


SMALL_NUMBERS = {2: "two", 3: "three", 7: "seven", 11: "eleven", 20: "twenty", 45: "forty-five", 99: "ninety-nine"}


@given(PUBLICATION_DATES, st.sampled_from(sorted(SMALL_NUMBERS)))
def test_days_ago_in_words_is_publication_minus_n(published: date, n: int) -> None:
    result = resolve_date(f"{SMALL_NUMBERS[n]} days ago", published)
    assert result is not None and result.value == (published - timedelta(days=n)).isoformat()


WORDS = [
    "on", "in", "last", "next", "Friday", "Wed", "Jan", "Jan.", "January", "March", "May", "2019",
    "8", "30", "the", "early", "hours", "of", "(", ")", ",", "days", "ago", "two", "a", "few",
    "yesterday", "week", "year's", "mid", "-", "2020-01-08", "1979", "this", "morning",
    "previous", "day", "before", "later", "next", "following", "earlier",
]  # fmt: skip
TEXTS = st.one_of(
    st.text(),
    st.lists(
        st.tuples(st.sampled_from(WORDS) | st.text(max_size=3), st.sampled_from(["", " ", "  ", "\n"])), max_size=25
    ).map(lambda parts: "".join(word + sep for word, sep in parts)),
)


@given(TEXTS, st.dates(), st.none() | st.dates())
def test_found_offsets_slice_the_text(text: str, published: date, anchor: date | None) -> None:
    previous_end = 0
    for start, end, found in find_dates(text, published, anchor=anchor):
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == found.text
        previous_end = end


@given(TEXTS, st.dates(), st.sampled_from([None, "past", "future", "nonsense"]))
def test_resolve_date_never_raises(text: str, published: date, tense: str | None) -> None:
    result = resolve_date(text, published, tense=tense)
    assert result is None or result.text == text


# --- days told from another day ----------------------------------------------------------------

ANCHORED = sorted(load_date_words().anchored.items())


@given(
    st.dates(min_value=date(1990, 1, 2), max_value=date(2035, 12, 30)),
    st.sampled_from(ANCHORED),
    PUBLICATION_DATES,
)
def test_a_day_told_from_a_stated_day_counts_from_it(day: date, entry: tuple[str, int], published: date) -> None:
    phrase, offset = entry
    text = f"The court met on {MONTHS[day.month - 1]} {day.day}, {day.year} and ruled {phrase}."
    found = find_dates(text, published)
    assert [r.value for _, _, r in found] == [day.isoformat(), (day + timedelta(days=offset)).isoformat()]
    assert found[-1][2].text == phrase and found[-1][2].relative


@given(
    st.dates(min_value=date(1990, 1, 10), max_value=date(2035, 12, 20)),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["earlier", "before", "later", "after"]),
)
def test_n_days_later_or_earlier_count_from_the_anchor(anchor: date, n: int, direction: str) -> None:
    (_, _, found), *_ = find_dates(f"He died {n} days {direction}.", PUBLISHED, anchor=anchor)
    sign = 1 if direction in {"later", "after"} else -1
    assert found.value == (anchor + timedelta(days=sign * n)).isoformat()


@pytest.mark.parametrize(
    "text",
    [
        "He had shot his neighbor the day before.",  # no day stated before: no date
        "The vote was held the day before the election.",  # told from a thing, not a day
        "He was shot on Monday, the day after he testified.",  # told from a clause
        "The next day's hearing was postponed.",
    ],
)
def test_a_day_told_from_no_stated_day_has_no_date(text: str) -> None:
    assert [r.text for _, _, r in find_dates(text, PUBLISHED) if r.text.startswith(("the", "The"))] == []


# --- the data file ---------------------------------------------------------------------------


@pytest.fixture
def fresh_lexicon() -> Iterator[None]:
    dates.load_date_words.cache_clear()
    dates._patterns.cache_clear()
    dates._anchored_regex.cache_clear()
    yield
    dates.load_date_words.cache_clear()
    dates._patterns.cache_clear()
    dates._anchored_regex.cache_clear()


@pytest.mark.parametrize(
    "raw",
    [
        {"version": 1},
        {"version": 1, "months": [{"name": "January"}]},
        {"version": 1, "months": [{"name": m} for m in MONTHS], "weekdays": [{"name": "Mon day"}] * 7},
    ],
)
def test_malformed_data_file_raises_with_its_name(
    raw: dict[str, object], monkeypatch: pytest.MonkeyPatch, fresh_lexicon: None
) -> None:
    monkeypatch.setattr(dates, "read_json", lambda name: raw)
    with pytest.raises(DataFileError, match=r"date_words\.json"):
        resolve_date("Jan 8", PUBLISHED)


@pytest.mark.parametrize(
    "anchored",
    [
        None,
        {"entries": [{"phrase": "the day before", "offset": 0}], "count_directions": {"later": 1}},
        {"entries": [], "count_directions": {"later": 2}},
        {"entries": ["the day before"], "count_directions": {"later": 1}},
    ],
)
def test_malformed_anchored_days_raise(anchored: object, monkeypatch: pytest.MonkeyPatch, fresh_lexicon: None) -> None:
    raw = read_json("date_words.json")
    raw["anchored"] = anchored
    monkeypatch.setattr(dates, "read_json", lambda name: raw)
    with pytest.raises(DataFileError, match=r"date_words\.json.*anchored"):
        resolve_date("Jan 8", PUBLISHED)


def test_a_month_has_no_yesterday_mode(monkeypatch: pytest.MonkeyPatch, fresh_lexicon: None) -> None:
    raw = read_json("date_words.json")
    raw["month_modifiers"]["last"] = "before_yesterday"
    monkeypatch.setattr(dates, "read_json", lambda name: raw)
    with pytest.raises(DataFileError, match=r"month_modifiers.*'last'"):
        resolve_date("last March", PUBLISHED)


@given(
    PUBLICATION_DATES,
    st.integers(min_value=0, max_value=6),
    st.sampled_from(["", "early ", "late ", "overnight "]),
    st.sampled_from(["", " morning", " afternoon", " evening", " night"]),
)
def test_weekday_with_a_part_of_the_day_is_that_weekday(published: date, weekday: int, before: str, part: str) -> None:
    phrase = f"{before}{WEEKDAYS[weekday]}{part}"
    found = find_dates(f"A man was shot {phrase} in the city.", published)
    assert [r.text for _, _, r in found] == [phrase]
    day = date.fromisoformat(found[0][2].value)
    assert day.weekday() == weekday and timedelta(0) <= published - day <= timedelta(days=6)


@given(PUBLICATION_DATES, st.sampled_from(["yesterday", "last night", "overnight", "late last night"]))
def test_the_night_or_day_before_is_the_day_before_publication(published: date, phrase: str) -> None:
    result = resolve_date(phrase, published)
    assert result is not None and date.fromisoformat(result.value) == published - timedelta(days=1)


@given(st.dates(min_value=date(1990, 1, 8), max_value=date(2035, 12, 31)), st.integers(min_value=0, max_value=6))
def test_weekday_with_a_parenthetical_date_takes_the_date(published: date, back: int) -> None:
    day = published - timedelta(days=back)
    phrase = f"{WEEKDAYS[day.weekday()]} night ({MONTHS[day.month - 1][:3]}. {day.day})"
    result = resolve_date(phrase, published)
    assert result is not None and result.value == day.isoformat()


@given(
    st.sampled_from([("New Year's", 1, 1), ("Christmas Day", 12, 25), ("Halloween", 10, 31), ("Fourth of July", 7, 4)]),
    st.sampled_from(["happened", "occurred"]),
    st.sampled_from(["", " night", " morning"]),
    st.integers(min_value=1, max_value=20),
    st.integers(min_value=2005, max_value=2030),
)
def test_a_holiday_right_after_a_verb_of_happening_is_its_day(
    holiday: tuple[str, int, int], verb: str, part: str, days_after: int, year: int
) -> None:
    # "The shooting happened New Year's night": the holiday names the day of what happened.
    name, month, day = holiday
    published = date(year, month, day) + timedelta(days=days_after)
    found = find_dates(f"The shooting {verb} {name}{part} outside a hotel.", published)
    assert [r.value for _, _, r in found] == [date(year, month, day).isoformat()]
