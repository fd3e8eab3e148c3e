"""An article's publication date, found rather than assumed.

Readers take the date from what carries it: trafilatura's date of an HTML page, a feed item's
`published`/`updated`, a JSONL `published` field (`published_source` "metadata"). An article
without one (a `.txt` file, a feed item without a date) is searched for a date it states about
itself, near its start or end (`published_labels.json` says how far):

* a labelled date: "Published: 8 January 2020", "Updated Jan. 9, 2020 10:12 ET",
  "Posted Saturday, March 31, 2018 1:19PM" (the first label of the lexicon's order wins:
  published before updated);
* a dateline: "BAGHDAD, Jan 8 (Reuters) -", "JAN 8 (Reuters) -", "Jan. 8, 2020 —",
  "WASHINGTON, April 5 (Thomson Reuters Foundation) -".

A date without a year ("Jan 8") takes the latest year the text states ("... 2020 ..."), and
stays unresolved when the text states none: a year is never guessed from the clock, and
relative words ("Wednesday", "yesterday") are never a publication date. The source of a found
date is "text"; `--published` overrides all of this ("option", set by the store).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from ..datafiles import read_json
from ..errors import DataFileError
from ..records import Article

DATA_FILE = "published_labels.json"
MONTHS_FILE = "date_words.json"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """published_labels.json, validated, with the patterns built from it."""

    labels: tuple[str, ...]
    months: dict[str, int]
    head_chars: int
    tail_chars: int
    years: tuple[int, int]
    labelled: re.Pattern[str]
    dateline: re.Pattern[str]
    year: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A publication date found in an article's text, and the words that state it."""

    value: date
    text: str
    how: str  # "label" or "dateline"


def _months() -> dict[str, int]:
    found: dict[str, int] = {}
    for number, month in enumerate(read_json(MONTHS_FILE)["months"], start=1):
        for name in (month["name"], *month["abbreviations"]):
            found[name.lower()] = number
    return found


def _date_pattern(months: dict[str, int]) -> str:
    """ "Jan. 8, 2020", "January 8 2020", "Jan 8"; "8 January 2020", "8th of Jan"; "2020-01-08"."""
    names = "|".join(sorted(months, key=len, reverse=True))
    weekday = r"(?:[A-Z][a-z]{2,8}day,?\s+)?"
    month_first = rf"(?P<month>{names})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
    day_first = rf"(?P<bday>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<bmonth>{names})\.?(?:,?\s+(?P<byear>\d{{4}}))?"
    return rf"{weekday}(?:{month_first}|{day_first}|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))"


@cache
def load_lexicon() -> Lexicon:
    """Load and validate published_labels.json (once)."""
    raw = read_json(DATA_FILE)
    labels = raw.get("labels")
    if not isinstance(labels, list) or not labels or not all(isinstance(x, str) and x.strip() for x in labels):
        raise DataFileError(f"{DATA_FILE}: 'labels' must be a non-empty list of strings")
    numbers: list[int] = []
    for key in ("head_chars", "tail_chars", "earliest_year", "latest_year"):
        value = raw.get(key)
        if isinstance(value, int) and value > 0:
            numbers.append(value)
    if len(numbers) != 4:
        raise DataFileError(
            f"{DATA_FILE}: head_chars, tail_chars, earliest_year, latest_year must be positive integers"
        )
    months = _months()
    when = _date_pattern(months)
    label_alts = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    labelled = re.compile(rf"\b(?P<label>{label_alts})\b(?:\s+on)?\s*[:\-–—]?\s*{when}", re.IGNORECASE)
    # A dateline opens a line or follows a byline sentence: an optional place in capitals, the
    # date, an optional agency in brackets, then a dash or a colon.
    dateline = re.compile(
        rf"(?:^|\n|(?<=\.\s))\s*(?:\(?[A-Z][A-Za-z.' -]{{1,40}},\s*){{0,3}}{when}\s*(?:\([^()\n]{{1,40}}\))?\s*[-–—:]",
        re.IGNORECASE,
    )
    return Lexicon(
        labels=tuple(x.lower() for x in labels),
        months=months,
        head_chars=numbers[0],
        tail_chars=numbers[1],
        years=(numbers[2], numbers[3]),
        labelled=labelled,
        dateline=dateline,
        year=re.compile(r"(?<![\d-])(\d{4})(?![\d-])"),
    )


def _stated_year(text: str, lex: Lexicon) -> int | None:
    years = [int(y) for y in lex.year.findall(text) if lex.years[0] <= int(y) <= lex.years[1]]
    return max(years) if years else None


def _to_date(m: re.Match[str], text: str, lex: Lexicon) -> date | None:
    groups = m.groupdict()
    if groups.get("iso"):
        try:
            return date.fromisoformat(groups["iso"])
        except ValueError:
            return None
    month_name = groups.get("month") or groups.get("bmonth")
    day = groups.get("day") or groups.get("bday")
    year_text = groups.get("year") or groups.get("byear")
    if not month_name or not day:
        return None
    year = int(year_text) if year_text else _stated_year(text, lex)
    if year is None or not lex.years[0] <= year <= lex.years[1]:
        return None
    try:
        return date(year, lex.months[month_name.lower()], int(day))
    except ValueError:
        return None


def find_published(text: str) -> FoundDate | None:
    """The publication date an article's text states about itself, or None (see the module docstring)."""
    lex = load_lexicon()
    zones = [text[: lex.head_chars]]
    if len(text) > lex.head_chars:
        zones.append(text[max(lex.head_chars, len(text) - lex.tail_chars) :])
    labelled: list[tuple[int, FoundDate]] = []
    for zone in zones:
        for m in lex.labelled.finditer(zone):
            when = _to_date(m, text, lex)
            if when is not None:
                labelled.append(
                    (lex.labels.index(m.group("label").lower()), FoundDate(when, m.group(0).strip(), "label"))
                )
    if labelled:
        return min(labelled, key=lambda found: found[0])[1]
    for m in lex.dateline.finditer(zones[0]):
        when = _to_date(m, text, lex)
        if when is not None:
            return FoundDate(when, m.group(0).strip(), "dateline")
    return None


def with_published(article: Article) -> Article:
    """The article with its publication date and that date's source: its own metadata, else its text."""
    if article.published is not None:
        return article if article.published_source else replace(article, published_source="metadata")
    found = find_published(article.text)
    if found is None:
        return article
    return replace(article, published=found.value, published_source="text")
