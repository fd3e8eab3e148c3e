"""Date phrases of news copy resolved against the publication date.

Rules (``relative`` is True whenever the publication date was needed to resolve the phrase):

* Explicit dates: "January 8, 2020", "Jan. 8 2020", "8 January 2020", "8th of January, 2020",
  "2020-01-08" -> day; "March 2019" -> month. Invalid dates ("Feb 30") resolve to nothing.
  Numeric dates with slashes ("03/09/2024", "3/9/24") are read both ways, month first and day
  first, and kept only when one reading alone (or both alike) falls in the year up to
  publication: "03/09/2024" in a paper of March 12, 2024 is March 9 (September 3 is still to
  come); "8/1/2020" in a paper of September 2020 is ambiguous and skipped. With
  ``tense="future"`` the year after publication counts instead.
* A day and month without a year ("Jan 8", "(Jan 8)", "8 January") take the year that puts
  them closest to publication (ties go to the past), but never more than
  ``calendar_day_future_days`` (60) days after it: "Jan 8" in a September paper is last
  January; with ``tense="past"`` the latest such date on or before publication, with
  ``tense="future"`` the first on or after it.
* Weekdays ("on Friday", "Friday", "Sunday night", "early hours of Wednesday"): the latest such
  day on or before publication (news is written in the past tense, so "on Wednesday" in a
  paper of a Wednesday is that day); with ``tense="future"`` ("will", "plans to") the first
  such day after publication. "past Friday" is the latest Friday strictly before publication,
  "last Friday" the latest before the day before it (yesterday is named bare: "last Thursday"
  in a Friday paper is a week earlier), "next Friday" the first strictly after. A weekday followed by an explicit date
  ("Wednesday (Jan 8)", "Wednesday, January 8, 2020") is one phrase, and the explicit date wins.
  Abbreviated weekdays ("Wed.") count only in front of an explicit date.
* "today", "tonight", "this morning" -> publication day; "yesterday", "last night", "overnight"
  (the night just past began the day before) -> the day before; "tomorrow" -> the day after.
  A weekday right after such a phrase is the date ("overnight Sunday" is Sunday).
  "last week" -> publication - 7 days and "next week" ->
  + 7 days, precision "day": a week has no value of its own in the output contract, so callers
  should lower their confidence for it; "this week" -> the publication day.
* "this month", "last month", "earlier this month" -> "YYYY-MM"; "this year", "last year",
  "earlier this year", "last year's" -> "YYYY".
* Days told from another day ("the previous day", "the day before", "a day later", "two days
  earlier"; ``anchored`` in the data file) count from the nearest day stated before them in the
  text, else from the caller's ``anchor``; without either, or when a thing or clause follows ("the
  day before the election", "the day after he testified"), they are no date.
* "N days/weeks ago" -> publication - N days (or 7N), precision day; "N months ago" -> month,
  "N years ago" -> year. N is any count parse_quantity reads ("two", "10", "a few" = 3).
* A month after a preposition ("in March", "since March") or with "early/late/mid": the
  latest such month not after the publication month (the first not before it when the tense
  is future). "last March" is strictly before, "next March" strictly after, "this March" in
  the publication year. A bare capitalised month is not a date ("May" is also a verb and a
  name).
* Years: a 4-digit 1900-2100 number without a comma and without a count hedge before it
  ("in 2019", "since 2018", "the 1979 revolution", "mid-2019") -> "YYYY", not relative. The
  same rule (``numbers.is_bare_year``) keeps years out of the quantities.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, Literal

from ..datafiles import read_json, string_list
from ..errors import DataFileError
from .numbers import is_bare_year, parse_quantity

DATA_FILE = "date_words.json"

Precision = Literal["day", "month", "year"]
Unit = Literal["day", "week", "weekend", "month", "year"]
Mode = Literal["before", "before_yesterday", "after", "tense", "same_year"]
Tense = Literal["past", "future"] | None

_UNITS: dict[str, Unit] = {"day": "day", "week": "week", "weekend": "weekend", "month": "month", "year": "year"}
_MODES: dict[str, Mode] = {
    "before": "before",
    "before_yesterday": "before_yesterday",
    "after": "after",
    "tense": "tense",
    "same_year": "same_year",
}
_MONTH_MODES = frozenset(_MODES) - {"before_yesterday"}  # a month has no "yesterday"
_PRECISION_RANK: dict[Precision, int] = {"day": 0, "month": 1, "year": 2}
# How far "N days ago" may reach: further back is a count of something else.
_MAX_AGO = 100_000


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A date phrase resolved to an ISO date, month or year."""

    value: str
    precision: Precision
    text: str
    relative: bool


@dataclass(frozen=True, slots=True)
class RelativePhrase:
    """A phrase such as "last month": ``offset`` units from the publication date."""

    unit: Unit
    offset: int


@dataclass(frozen=True, slots=True)
class Holiday:
    """A holiday's day in any year: a fixed ``day`` of ``month``, or its ``nth`` ``weekday``
    (Monday 0; ``nth`` -1 is the last one)."""

    month: int
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None

    def in_year(self, year: int) -> date | None:
        """The holiday's date in a year (None outside the calendar)."""
        if self.day is not None:
            return _date_or_none(year, self.month, self.day)
        if self.weekday is None or self.nth is None or not 1 <= year <= 9999:
            return None
        first = date(year, self.month, 1)
        days = [first + timedelta(days=i) for i in range(31)]
        matching = [d for d in days if d.month == self.month and d.weekday() == self.weekday]
        index = self.nth - 1 if self.nth > 0 else self.nth
        return matching[index] if -len(matching) <= index < len(matching) else None


@dataclass(frozen=True, slots=True)
class DateWords:
    """The lexicon of date_words.json, validated; names map (lower case) to 1-12 or 0-6."""

    months: dict[str, int]
    month_names: tuple[str, ...]
    month_abbreviations: tuple[str, ...]
    weekdays: dict[str, int]
    weekday_names: tuple[str, ...]
    weekday_abbreviations: tuple[str, ...]
    parts_of_day: tuple[str, ...]
    weekday_modifiers: dict[str, Mode]
    month_modifiers: dict[str, Mode]
    month_prepositions: tuple[str, ...]
    year_modifiers: tuple[str, ...]
    relative: dict[str, RelativePhrase]
    ago_units: dict[str, Unit]
    future_days: int
    holidays: dict[str, Holiday]
    holiday_not_before: tuple[str, ...]
    holiday_after: frozenset[str]
    anchored: dict[str, int]
    count_directions: dict[str, int]


# --- loading ---------------------------------------------------------------------------------


def _named(raw: dict[str, Any], key: str, count: int) -> tuple[list[str], list[list[str]]]:
    rows = raw.get(key)
    if not isinstance(rows, list) or len(rows) != count or not all(isinstance(r, dict) for r in rows):
        raise DataFileError(f"{DATA_FILE}: '{key}' must be a list of {count} objects in calendar order")
    names: list[str] = []
    abbreviations: list[list[str]] = []
    for row in rows:
        name = row.get("name")
        if not isinstance(name, str) or not name.isalpha():
            raise DataFileError(f"{DATA_FILE}: each '{key}' entry needs an alphabetic 'name'")
        abbr = row.get("abbreviations", [])
        if not isinstance(abbr, list) or not all(isinstance(a, str) and a.isalpha() for a in abbr):
            raise DataFileError(f"{DATA_FILE}: '{key}' {name!r}: 'abbreviations' must be a list of words")
        names.append(name)
        abbreviations.append(list(abbr))
    return names, abbreviations


def _modes(raw: dict[str, Any], key: str, allowed: frozenset[str] = frozenset(_MODES)) -> dict[str, Mode]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise DataFileError(f"{DATA_FILE}: '{key}' must be an object")
    modes: dict[str, Mode] = {}
    for word, mode in value.items():
        if word == "comment":
            continue
        if not isinstance(mode, str) or mode not in allowed:
            raise DataFileError(f"{DATA_FILE}: '{key}' {word!r}: mode must be one of {sorted(allowed)}")
        modes[word.lower()] = _MODES[mode]
    return modes


def _relative(raw: dict[str, Any]) -> dict[str, RelativePhrase]:
    section = raw.get("relative")
    rows = section.get("entries") if isinstance(section, dict) else None
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise DataFileError(f"{DATA_FILE}: 'relative' must be an object with a list of 'entries'")
    phrases: dict[str, RelativePhrase] = {}
    for row in rows:
        phrase, unit, offset = row.get("phrase"), row.get("unit"), row.get("offset")
        if not (isinstance(phrase, str) and phrase.strip() and unit in _UNITS and type(offset) is int):
            raise DataFileError(
                f"{DATA_FILE}: each 'relative' entry needs a 'phrase', a 'unit' (day, week, weekend, month, year)"
                " and an integer 'offset'"
            )
        phrases[" ".join(phrase.lower().split())] = RelativePhrase(_UNITS[unit], offset)
    return phrases


def _anchored(raw: dict[str, Any]) -> tuple[dict[str, int], dict[str, int]]:
    section = raw.get("anchored")
    rows = section.get("entries") if isinstance(section, dict) else None
    directions = section.get("count_directions") if isinstance(section, dict) else None
    if not isinstance(rows, list) or not isinstance(directions, dict):
        raise DataFileError(f"{DATA_FILE}: 'anchored' must hold 'entries' and 'count_directions'")
    phrases: dict[str, int] = {}
    for row in rows:
        phrase, offset = (row.get("phrase"), row.get("offset")) if isinstance(row, dict) else (None, None)
        if not (isinstance(phrase, str) and phrase.strip() and type(offset) is int and offset != 0):
            raise DataFileError(f"{DATA_FILE}: each 'anchored' entry needs a 'phrase' and a non-zero integer 'offset'")
        phrases[" ".join(phrase.lower().split())] = offset
    if not directions or not all(isinstance(k, str) and v in (-1, 1) for k, v in directions.items()):
        raise DataFileError(f"{DATA_FILE}: 'anchored.count_directions' must map words to -1 or 1")
    return phrases, {k.lower(): v for k, v in directions.items()}


def _holiday(row: dict[str, Any]) -> Holiday:
    month, day, weekday, nth = row.get("month"), row.get("day"), row.get("weekday"), row.get("nth")
    if type(month) is not int or not 1 <= month <= 12:
        raise DataFileError(f"{DATA_FILE}: each holiday needs a 'month' from 1 to 12")
    if type(day) is int and weekday is None and nth is None and _date_or_none(2000, month, day):
        return Holiday(month, day=day)
    if day is None and type(weekday) is int and 0 <= weekday <= 6 and type(nth) is int and nth in (-1, 1, 2, 3, 4):
        return Holiday(month, weekday=weekday, nth=nth)
    raise DataFileError(f"{DATA_FILE}: a holiday needs a valid 'day', or a 'weekday' (0-6) and 'nth' (1-4 or -1)")


def _holidays(raw: dict[str, Any]) -> tuple[dict[str, Holiday], tuple[str, ...], frozenset[str]]:
    section = raw.get("holidays")
    rows = section.get("entries") if isinstance(section, dict) else None
    if not isinstance(section, dict) or not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise DataFileError(f"{DATA_FILE}: 'holidays' must be an object with a list of 'entries'")
    holidays: dict[str, Holiday] = {}
    for row in rows:
        holiday = _holiday(row)
        for name in string_list(DATA_FILE, row.get("names"), "holidays.entries.names"):
            holidays[_apostrophes(" ".join(name.split()))] = holiday
    not_before = string_list(DATA_FILE, section.get("not_before"), "holidays.not_before")
    after = string_list(DATA_FILE, section.get("after"), "holidays.after")
    return holidays, tuple(w.lower() for w in not_before), frozenset(w.lower() for w in after)


def _apostrophes(text: str) -> str:
    return text.replace("\u2019", "'")


@cache
def load_date_words() -> DateWords:
    """Load and validate date_words.json (once)."""
    raw = read_json(DATA_FILE)
    month_names, month_abbr = _named(raw, "months", 12)
    weekday_names, weekday_abbr = _named(raw, "weekdays", 7)
    ago = raw.get("ago_units")
    if not isinstance(ago, dict) or not all(isinstance(v, str) and v in _UNITS for v in ago.values()):
        raise DataFileError(f"{DATA_FILE}: 'ago_units' must map words to day, week, month or year")
    future = raw.get("calendar_day_future_days")
    future_days = future.get("days") if isinstance(future, dict) else None
    if type(future_days) is not int or future_days < 0:
        raise DataFileError(f"{DATA_FILE}: 'calendar_day_future_days.days' must be a non-negative integer")
    holidays, holiday_not_before, holiday_after = _holidays(raw)
    anchored, count_directions = _anchored(raw)
    return DateWords(
        anchored=anchored,
        count_directions=count_directions,
        holidays=holidays,
        holiday_not_before=holiday_not_before,
        holiday_after=holiday_after,
        months={
            word.lower(): number
            for number, (name, abbr) in enumerate(zip(month_names, month_abbr, strict=True), start=1)
            for word in [name, *abbr]
        },
        month_names=tuple(month_names),
        month_abbreviations=tuple(a for abbr in month_abbr for a in abbr),
        weekdays={
            word.lower(): number
            for number, (name, abbr) in enumerate(zip(weekday_names, weekday_abbr, strict=True))
            for word in [name, *abbr]
        },
        weekday_names=tuple(weekday_names),
        weekday_abbreviations=tuple(a for abbr in weekday_abbr for a in abbr),
        parts_of_day=tuple(string_list(DATA_FILE, raw.get("parts_of_day"), "parts_of_day")),
        weekday_modifiers=_modes(raw, "weekday_modifiers"),
        month_modifiers=_modes(raw, "month_modifiers", _MONTH_MODES),
        month_prepositions=tuple(string_list(DATA_FILE, raw.get("month_prepositions"), "month_prepositions")),
        year_modifiers=tuple(string_list(DATA_FILE, raw.get("year_modifiers"), "year_modifiers")),
        relative=_relative(raw),
        ago_units={word.lower(): _UNITS[unit] for word, unit in ago.items()},
        future_days=future_days,
    )


def month_of(word: str) -> int | None:
    """The month (1-12) a capitalised month name or abbreviation names ("Jan.", "SEPT"), else None."""
    bare = word[:-1] if word.endswith(".") else word
    if not bare or not bare[0].isupper() or not (bare[1:].islower() or bare[1:].isupper() or len(bare) == 1):
        return None
    return load_date_words().months.get(bare.lower())


# --- patterns --------------------------------------------------------------------------------


def _cased(words: Sequence[str]) -> str:
    """An alternation of capitalised and upper-case forms, longest first."""
    forms = {w.capitalize() for w in words} | {w.upper() for w in words}
    return "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))


def _anycase(phrases: Sequence[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?i:" + "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered) + ")"


def _names(names: Sequence[str]) -> str:
    """An alternation of names as written (any apostrophe, any spacing), longest first."""
    ordered = sorted(set(names), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in n.split()) for n in ordered)


# "early Sunday", "the early hours of New Year's Day": kept in the span of a named day.
_DAY_EDGE = r"(?:(?i:(?:early|late|small|wee)\s+hours\s+of)|(?i:early|late|overnight))"
_BEFORE_DIGITS = r"(?<![0-9A-Za-z.,:/$£€¥#-])"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>[12]\d{3})(?![0-9A-Za-z%])(?![.,:/]\d)"


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    value: str | None  # None: a date-shaped phrase that is not a valid date; it resolves to nothing
    precision: Precision
    relative: bool
    explicit: bool
    kind: Literal["day", "weekday", "weekday_abbreviation", "other"]


Handler = Callable[[re.Match[str], date, Tense], _Match | None]


@dataclass(frozen=True, slots=True)
class _Pattern:
    priority: int
    regex: re.Pattern[str]
    handler: Handler


@cache
def _patterns() -> tuple[_Pattern, ...]:
    words = load_date_words()
    full = _cased(words.month_names)
    full_names = {name.lower() for name in words.month_names}
    abbr = _cased([a for a in words.month_abbreviations if a.lower() not in full_names])
    month = rf"(?P<month>(?:{full})(?![A-Za-z])|(?:{abbr})(?:\.|(?![A-Za-z])))"
    weekday = (
        rf"(?P<weekday>(?:{_cased(words.weekday_names)})(?![A-Za-z])"
        rf"|(?:{_cased(words.weekday_abbreviations)})(?:\.|(?![A-Za-z])))"
    )
    parts = _anycase(words.parts_of_day)
    relative = _anycase(list(words.relative))
    return (
        _Pattern(
            0,
            re.compile(r"(?<![0-9A-Za-z-])(?P<year>[12]\d{3})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?![0-9A-Za-z]|-\d)"),
            _iso,
        ),
        _Pattern(0, re.compile(r"(?<![0-9/.-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![0-9/])"), _slashed),
        _Pattern(1, re.compile(rf"(?<![A-Za-z]){month}\s*{_DAY}(?:,\s*|\s+){_YEAR}"), _full_date),
        _Pattern(1, re.compile(rf"{_BEFORE_DIGITS}{_DAY}\s+(?:of\s+)?{month},?\s+{_YEAR}"), _full_date),
        # "March 2018", "March, 2018", "in August of 2010"
        _Pattern(2, re.compile(rf"(?<![A-Za-z]){month},?\s+(?:of\s+)?{_YEAR}"), _month_year),
        _Pattern(3, re.compile(rf"(?<![A-Za-z]){month}\s*{_DAY}(?![0-9A-Za-z%:])(?![.,]\d)"), _day_month),
        _Pattern(3, re.compile(rf"{_BEFORE_DIGITS}{_DAY}\s+(?:of\s+)?{month}"), _day_month),
        _Pattern(
            3,
            re.compile(
                rf"(?<![A-Za-z])(?:{_DAY_EDGE}\s+)?(?P<holiday>{_names(list(words.holidays))})(?![A-Za-z])"
                rf"(?!\s+{_anycase(list(words.holiday_not_before))}(?![A-Za-z]))(?:\s+{parts}(?![A-Za-z]))?"
            ),
            _holiday_day,
        ),
        _Pattern(
            4,
            re.compile(rf"(?<![A-Za-z])(?P<unit>{_anycase(list(words.ago_units))})\s+(?i:ago)(?![A-Za-z])"),
            _ago,
        ),
        _Pattern(
            5,
            # "overnight Sunday" is Sunday's night: a weekday after the phrase is the date.
            re.compile(
                rf"(?<![A-Za-z])(?P<phrase>{relative})(?![A-Za-z])(?!\s+(?:{_cased(words.weekday_names)}))"
                rf"(?:\s+{parts}(?![A-Za-z]))?"
            ),
            _relative_phrase,
        ),
        _Pattern(
            6,
            re.compile(
                rf"(?<![A-Za-z])(?:{_DAY_EDGE}\s+)?"
                rf"(?:(?P<mod>{_anycase(list(words.weekday_modifiers))})\s+)?{weekday}"
                rf"(?:\s+{parts}(?![A-Za-z]))?"
            ),
            _weekday,
        ),
        _Pattern(
            7,
            re.compile(rf"(?<![A-Za-z])(?P<mod>{_anycase(list(words.month_modifiers))})(?:\s+|-){month}"),
            _month_only,
        ),
        _Pattern(
            7,
            re.compile(
                rf"(?<![A-Za-z]){_anycase(list(words.month_prepositions))}\s+(?:(?i:the\s+month\s+of)\s+)?{month}"
            ),
            _month_only,
        ),
        _Pattern(
            8,
            re.compile(
                rf"(?<![0-9A-Za-z.,:/$£€¥#])(?:(?P<mod>{_anycase(list(words.year_modifiers))})(?:-|\s+))?"
                r"(?P<year>19\d\d|20\d\d|2100)(?![0-9A-Za-z%])(?![.,:/]\d)"
            ),
            _bare_year,
        ),
    )


# --- resolving -------------------------------------------------------------------------------


def _day_match(m: re.Match[str], day: date | None, relative: bool) -> _Match:
    return _Match(m.start(), m.end(), day.isoformat() if day else None, "day", relative, True, "day")


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_value(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if 1 <= year <= 9999 else None


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    years, month0 = divmod(year * 12 + month - 1 + offset, 12)
    return years, month0 + 1


def _plus_days(day: date, days: int) -> date | None:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def _month_number(m: re.Match[str]) -> int:
    return load_date_words().months[m.group("month").rstrip(".").lower()]


def _iso(m: re.Match[str], published: date, tense: Tense) -> _Match | None:
    day = _date_or_none(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    return _day_match(m, day, relative=False)


SLASHED_DAYS_BACK = 366  # a numeric date read either way must fall this close before publication


def _slashed(m: re.Match[str], published: date, tense: Tense) -> _Match | None:
    """ "03/09/2024", "3/9/24": the one reading, month first or day first, that falls in the year
    up to publication (both alike: "3/3/24"), or after it in the future tense; none when both or
    neither do."""
    year = int(m.group("y"))
    if year < 100:
        year += 2000 if 2000 + year <= published.year + 1 else 1900
    a, b = int(m.group("a")), int(m.group("b"))
    readings = {d for d in (_date_or_none(year, a, b), _date_or_none(year, b, a)) if d is not None}
    ahead = -1 if tense == "future" else 1  # "the hearing is set for 4/2/2024": the year after
    fitting = [d for d in readings if 0 <= ahead * (published - d).days <= SLASHED_DAYS_BACK]
    if len(fitting) != 1:
        return None
    return _day_match(m, fitting[0], relative=True)


def _full_date(m: re.Match[str], published: date, tense: Tense) -> _Match | None:
    day = _date_or_none(int(m.group("year")), _month_number(m), int(m.group("day")))
    return _day_match(m, day, relative=False)


def _month_year(m: re.Match[str], published: date, tense: Tense) -> _Match | None:
    value = _month_value(int(m.group("year")), _month_number(m))
    return _Match(m.start(), m.end(), value, "month", False, True, "other")


def _infer_year(month: int, day: int, published: date, tense: Tense) -> date | None:
    """The date of a day and month without a year, by the tense rule of the module docstring."""
    return _nearest_year(Holiday(month, day=day), published, tense)


def _nearest_year(holiday: Holiday, published: date, tense: Tense) -> date | None:
    """The date of a yearly day nearest publication, by the tense rule of the module docstring."""
    # Eight years either way always holds a 29 February.
    candidates = [d for y in range(published.year - 8, published.year + 9) if (d := holiday.in_year(y))]
    if tense == "past":
        return max((d for d in candidates if d <= published), default=None)
    if tense == "future":
        return min((d for d in candidates if d >= published), default=None)
    # Closest to publication, but never most of a year ahead ("Jan. 8" in a September paper).
    horizon = load_date_words().future_days
    near = [d for d in candidates if (d - published).days <= horizon]
    return min(near, key=lambda d: (abs((d - published).days), d > published), default=None)


def _day_month(m: re.Match[str], published: date, tense: Tense) -> _Match | None:
    day = _infer_year(_month_number(m), int(m.group("day")), published, tense)
    return _day_match(m, day, relative=True)


_WORD = re.compile(r"[a-z]+")
_WORD_BEFORE = re.compile(r"(?:^|(?P<stop>[.;:!?(\u2014-]|,)|(?P<word>[A-Za-z]+))\s*$")


def _holiday_day(m: re.Match[str], published: date, tense: Tense) -> _Match | None:
    words = load_date_words()
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    edge = m.start() < m.start("holiday")  # "early Thanksgiving morning": a time whatever comes before
    word = before.group("word") if before is not None else None
    if not edge and (before is None or (word is not None and word.lower() not in words.holiday_after)):
        return None  # talk about the day ("it's not Fourth of July"), not a date
    holiday = words.holidays[_apostrophes(" ".join(m.group("holiday").split()))]
    year = _HOLIDAY_YEAR.match(m.string, m.end())
    if year is not None:
        # "a Mother's Day parade in 2013", "on Christmas Day 2019": the year stated with it.
        return _day_match(m, holiday.in_year(int(year.group("year"))), relative=False)
    return _day_match(m, _nearest_year(holiday, published, tense), relative=True)


# A year right after a holiday's name, or after one or two words of the phrase it names.
_HOLIDAY_YEAR = re.compile(r",?\s+(?:(?:[A-Za-z]+\s+){1,2}(?:in|of)\s+)?(?P<year>(?:19|20)\d\d)\b")


_COUNT_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9,.\-]*")


def _ago(m: re.Match[str], published: date, tense: Tense) -> _Match | None:
    text, end = m.string, m.start()
    starts = [t.start() for t in _COUNT_TOKEN.finditer(text, max(0, end - 60), end)]
    count = start = None
    for start in starts[-6:]:  # longest phrase first
        if start and text[start - 1].isalnum():
            continue  # the window began inside a word
        phrase = text[start:end].strip()
        if phrase.lower() in ("a", "an"):
            count = 1
            break
        quantity = parse_quantity(phrase)
        if quantity is not None and type(quantity.value) is int and 0 <= quantity.value <= _MAX_AGO:
            count = quantity.value
            break
    if count is None or start is None:
        return None
    unit = load_date_words().ago_units[m.group("unit").lower()]
    value: str | None
    precision: Precision = "day"
    if unit in ("day", "week"):
        day = _plus_days(published, -count * (7 if unit == "week" else 1))
        value = day.isoformat() if day else None
    elif unit == "month":
        value, precision = _month_value(*_shift_month(published.year, published.month, -count)), "month"
    else:
        year = published.year - count
        value, precision = (f"{year:04d}" if year >= 1 else None), "year"
    return _Match(start, m.end(), value, precision, True, False, "other")


_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?:;\u2014-]\s)(?<![.!?:;\u2014-])\b[A-Z][A-Za-z&'.]*\s+$")


def _in_a_name(m: re.Match[str]) -> bool:
    """ "Best Massage Today", "USA TODAY": a capitalised relative word after a capitalised word
    inside a sentence ends a name, not a date phrase."""
    if not m.group("phrase")[:1].isupper():
        return False
    before = m.string[max(0, m.start() - 40) : m.start()]
    return _CAPITALISED_WORD_BEFORE.search(before) is not None


def _relative_phrase(m: re.Match[str], published: date, tense: Tense) -> _Match | None:
    if _in_a_name(m):
        return None
    phrase = load_date_words().relative[" ".join(m.group("phrase").lower().split())]
    value: str | None
    if phrase.unit in ("day", "week"):
        day = _plus_days(published, phrase.offset * (7 if phrase.unit == "week" else 1))
        return _Match(m.start(), m.end(), day.isoformat() if day else None, "day", True, False, "other")
    if phrase.unit == "weekend":
        day = _weekend(published, phrase.offset)
        return _Match(m.start(), m.end(), day.isoformat() if day else None, "day", True, False, "other")
    if phrase.unit == "month":
        value = _month_value(*_shift_month(published.year, published.month, phrase.offset))
        return _Match(m.start(), m.end(), value, "month", True, False, "other")
    year = published.year + phrase.offset
    value = f"{year:04d}" if 1 <= year <= 9999 else None
    return _Match(m.start(), m.end(), value, "year", True, False, "other")


def _weekend(published: date, offset: int) -> date | None:
    """The Saturday of a weekend `offset` weekends from publication: "over the weekend" in a
    report of Sunday to Friday is the last Saturday before it (a weekend spans two days; its first
    stands for it), in one of Saturday the weekend before; "last weekend" told on a Saturday or
    a Sunday is the weekend before the current one; "next weekend" the Saturdays ahead."""
    saturday = published.toordinal() - (published.weekday() - 5) % 7  # on or before publication
    if saturday < 1:
        return None
    on_weekend = published.weekday() >= 5
    if offset > 0:
        shift = 7 * offset
    elif offset == 0:
        shift = -7 if published.weekday() == 5 else 0
    else:
        shift = 7 * offset if on_weekend else 7 * (offset + 1)
    return _plus_days(date.fromordinal(saturday), shift)


def _weekday(m: re.Match[str], published: date, tense: Tense) -> _Match | None:
    words = load_date_words()
    name = m.group("weekday").rstrip(".")
    target = words.weekdays[name.lower()]
    modifier = m.group("mod")
    mode = words.weekday_modifiers[" ".join(modifier.lower().split())] if modifier else "tense"
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if mode == "before":
        offset = -(back or 7)
    elif mode == "before_yesterday":
        offset = -(back if back >= 2 else back + 7)
    elif mode == "after" or tense == "future":
        offset = ahead or 7
    else:
        offset = -back
    day = _plus_days(published, offset)
    abbreviated = name.lower() not in {w.lower() for w in words.weekday_names}
    kind: Literal["weekday", "weekday_abbreviation"] = "weekday_abbreviation" if abbreviated else "weekday"
    return _Match(m.start(), m.end(), day.isoformat() if day else None, "day", True, False, kind)


def _month_only(m: re.Match[str], published: date, tense: Tense) -> _Match | None:
    words = load_date_words()
    month = _month_number(m)
    modifier = m.groupdict().get("mod")
    mode = words.month_modifiers[modifier.lower()] if modifier else "tense"
    year, current = published.year, published.month
    if mode == "before":
        year -= month >= current
    elif mode == "after":
        year += month <= current
    elif mode == "tense" and tense == "future":
        year += month < current
    elif mode == "tense":
        year -= month > current
    # A preposition is not part of the date: the span starts at the modifier or the month.
    start = m.start("mod") if modifier else m.start("month")
    return _Match(start, m.end(), _month_value(year, month), "month", True, False, "other")


def _bare_year(m: re.Match[str], published: date, tense: Tense) -> _Match | None:
    text, start = m.string, m.start("year")
    if not m.group("mod") and start > 1 and text[start - 1] == "-" and not text[start - 2].isdigit():
        return None  # "F-2000"; "1914-1918" is two years
    if not is_bare_year(text, start, m.end("year")):
        return None  # "at least 2000" counts something
    return _Match(m.start(), m.end(), m.group("year"), "year", False, True, "other")


# --- finding ---------------------------------------------------------------------------------

_BETWEEN_WEEKDAY_AND_DATE = re.compile(r"\s*,?\s*(?P<paren>\(\s*)?")
_CLOSING_PAREN = re.compile(r"\s*\)")


def _tense(tense: str | None) -> Tense:
    normalised = tense.strip().lower() if isinstance(tense, str) else None
    if normalised == "future":
        return "future"
    if normalised == "past":
        return "past"
    return None


@cache
def _anchor_words() -> frozenset[str]:
    """Words one of which (or a digit) every date phrase holds: month and weekday names and their
    abbreviations, parts of the day, and the head words of relative phrases, "ago" units and
    holidays (not their modifiers: "last week" needs "week")."""
    w = load_date_words()
    named = (w.month_names, w.month_abbreviations, w.weekday_names, w.weekday_abbreviations, w.parts_of_day)
    always = {name.lower() for group in named for name in group}
    modifiers = {*w.weekday_modifiers, *w.month_modifiers, *w.year_modifiers, "earlier", "later", "after", "before"}
    heads = {word for phrase in (*w.relative, *w.ago_units) for word in _WORD.findall(phrase.lower()) if len(word) >= 4}
    # A holiday by any word of its names but those several holidays share ("Day").
    entries = [{word for name in names for word in _WORD.findall(name.lower())} for names in _holiday_names(w)]
    shared = {word for word in set().union(*entries) if sum(word in e for e in entries) >= 3}
    holidays = {word for e in entries for word in e if len(word) >= 3} - shared
    return frozenset(always | (heads - modifiers) | holidays | {"ago"})


def _holiday_names(w: DateWords) -> list[list[str]]:
    """The names of each holiday entry, grouped by the day they name."""
    by_day: dict[Holiday, list[str]] = {}
    for name, holiday in w.holidays.items():
        by_day.setdefault(holiday, []).append(name)
    return list(by_day.values())


def _may_hold_a_date(text: str) -> bool:
    """A cheap test that lets half of all sentences skip the thirteen date patterns."""
    return any(c.isdigit() for c in text) or not _anchor_words().isdisjoint(_WORD.findall(text.lower()))


def _scan(text: str, published: date, tense: Tense) -> list[_Match]:
    """Resolved date phrases of a text, in order, none overlapping (invalid ones dropped)."""
    if not _may_hold_a_date(text):
        return []
    if isinstance(published, datetime):
        published = published.date()
    candidates: list[tuple[int, int, int, _Match]] = []
    for pattern in _patterns():
        for m in pattern.regex.finditer(text):
            found = pattern.handler(m, published, tense)
            if found is not None:
                candidates.append((pattern.priority, found.start, found.start - found.end, found))
    claimed: list[_Match] = []
    for _, _, _, found in sorted(candidates, key=lambda c: c[:3]):
        if all(found.end <= other.start or found.start >= other.end for other in claimed):
            claimed.append(found)
    claimed.sort(key=lambda f: f.start)
    merged: list[_Match] = []
    i = 0
    while i < len(claimed):
        found = claimed[i]
        following = claimed[i + 1] if i + 1 < len(claimed) else None
        if found.kind.startswith("weekday") and following is not None and following.kind == "day":
            joined = _join_weekday_and_date(text, found, following)
            if joined is not None:
                merged.append(joined)
                i += 2
                continue
        if found.value is not None and found.kind != "weekday_abbreviation":
            merged.append(found)
        i += 1
    return merged


def _join_weekday_and_date(text: str, weekday: _Match, day: _Match) -> _Match | None:
    """ "Wednesday (Jan 8)", "Wednesday, January 8, 2020": one phrase, resolved by its date."""
    gap = _BETWEEN_WEEKDAY_AND_DATE.match(text, weekday.end, day.start)
    if gap is None or gap.end() != day.start or day.value is None:
        return None
    end = day.end
    if gap.group("paren"):
        closing = _CLOSING_PAREN.match(text, day.end)
        if closing is None:
            return None
        end = closing.end()
    return _Match(weekday.start, end, day.value, day.precision, day.relative, True, "day")


def find_dates(
    text: str, published: date, *, tense: str | None = None, anchor: date | None = None
) -> list[tuple[int, int, ResolvedDate]]:
    """Every date phrase of a sentence as (start, end, date); text[start:end] == date.text. A page's
    own stamp ("Posted Monday, February 26, 2018", "(Published Tuesday, Feb. 18)") is no date of
    anything the page tells (`stated_publication` reads it). A day told from another day ("the
    previous day", "two days later") counts from the nearest day stated before it in the sentence,
    else from `anchor` (the last day the sentences before it stated), else it has no date."""
    found = [
        (f.start, f.end, ResolvedDate(f.value, f.precision, text[f.start : f.end], f.relative))
        for f in _scan(text, published, _tense(tense))
        if f.value is not None and not _STAMPED.search(text, max(0, f.start - _STAMP_REACH), f.start)
    ]
    if not _ANCHORED_CUE.search(text):
        return found
    for start, end, offset in _anchored_phrases(text):
        if any(start < e and s < end for s, e, _ in found):
            continue
        before = [r for s, e, r in found if e <= start and r.precision == "day"]
        base = date.fromisoformat(before[-1].value) if before else anchor
        day = _plus_days(base, offset) if base is not None else None
        if day is not None:
            found.append((start, end, ResolvedDate(day.isoformat(), "day", text[start:end], True)))
    return sorted(found, key=lambda f: f[0])


_ANCHORED_CUE = re.compile(r"\b(?:previous|before|earlier|next|following|later|after)\b", re.IGNORECASE)
_NOT_AFTER_ANCHORED = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
     "he", "she", "they", "it", "we", "i", "you"}
)  # fmt: skip


def _anchored_phrases(text: str) -> list[tuple[int, int, int]]:
    """(start, end, offset in days) of each day told from another day; not one told from a thing
    or a clause that follows it ("the day before the election", "the day after he was shot")."""
    words = load_date_words()
    out: list[tuple[int, int, int]] = []
    for m in _anchored_regex().finditer(text):
        following = re.match(r"\s*('s\b|[A-Za-z]+)", text[m.end() :])
        if following is not None and following.group(1).lower() in _NOT_AFTER_ANCHORED | {"'s"}:
            continue
        if m.group("count"):
            quantity = parse_quantity(m.group("count"))
            if quantity is None or not isinstance(quantity.value, int) or quantity.value <= 0:
                continue
            out.append((m.start(), m.end(), quantity.value * words.count_directions[m.group("direction").lower()]))
        else:
            out.append((m.start(), m.end(), words.anchored[" ".join(m.group(0).lower().split())]))
    return out


@cache
def _anchored_regex() -> re.Pattern[str]:
    words = load_date_words()
    phrases = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in sorted(words.anchored, key=len, reverse=True))
    directions = "|".join(re.escape(d) for d in words.count_directions)
    counted = rf"(?P<count>[A-Za-z0-9-]+)\s+days\s+(?P<direction>{directions})"
    return re.compile(rf"\b(?:{counted}|{phrases})\b", re.IGNORECASE)


_STAMP_REACH = 24  # characters before a date phrase where a page stamp's cue stands
_STAMPED = re.compile(r"\b(?:Published|Posted|Updated|Last updated)\b:?\s*(?:on\s+)?\(?\s*$", re.IGNORECASE)


def resolve_date(phrase: str, published: date, *, tense: str | None = None) -> ResolvedDate | None:
    """Resolve a date phrase ("early hours of Wednesday (Jan 8)", "last year's") against publication."""
    found = [(f.value, f) for f in _scan(phrase, published, _tense(tense)) if f.value is not None]
    if not found:
        return None
    # The most precise date wins, then a stated one over one worked out from publication.
    value, best = min(found, key=lambda v: (_PRECISION_RANK[v[1].precision], not v[1].explicit, v[1].start))
    return ResolvedDate(value, best.precision, phrase, best.relative)


_PUBLISHED_CUE = re.compile(r"\b(?:Published|Posted|Updated|Last updated)\b[:\s]*(?:on\s+)?", re.IGNORECASE)
_CALENDAR_DAY = re.compile(
    r"^(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?)$"
)


def stated_publication(text: str, within: int = 400) -> date | None:
    """The publication date a page states near its top ("Published Saturday, March 31, 2018")."""
    for cue in _PUBLISHED_CUE.finditer(text[:within]):
        chunk = text[cue.end() : cue.end() + 60]
        found = [r for start, _, r in find_dates(chunk, date.today()) if start <= 12 and not r.relative]
        if found and found[0].precision == "day":
            return date.fromisoformat(found[0].value)
    return None


def is_calendar_day(phrase: str) -> bool:
    """A day and month without a year ("March 22", "22 March"): a calendar date, unlike weekdays
    and "last week", so a year stated earlier in the article can complete it."""
    words = phrase.strip().replace(",", "").split()
    return bool(_CALENDAR_DAY.match(" ".join(words))) and any(month_of(w.rstrip(".")) for w in words)
