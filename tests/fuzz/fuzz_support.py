"""Strategies for fuzzing `extract` and `places`, and the properties every output must have.

Shared by tests/fuzz/test_fuzz_extract.py (short default run) and scripts/fuzz.py (long sessions).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

from eventwire.extractor import Extractor
from eventwire.records import Article, Event, PlaceMention

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "geowebnews-dev"

# Words that steer the extractor into its rules: triggers, hedges, vague counts, places, dates.
NEWS_WORDS = (
    "police soldiers protesters rebels militants the army Iran's Revolutionary Guards the United Nations NATO "
    "killed injured wounded arrested detained attacked fired missiles struck bombed shelled protested marched "
    "threatened denied said told reporters according to officials claimed would could not did not "
    "at least at most about nearly more than up to dozens hundreds thousands scores of a dozen two of the 17 "
    "Baghdad Iraq Kabul Paris, Texas Washington Congo Georgia Ain al-Asad airbase Gainesville, Va. US us "
    "on Friday last week yesterday this month last year Jan 8 (Jan 8) 8 January 2020 early hours of Wednesday "
    "on in at near outside after before and or but , . ; : - ( ) \" ' \n"
)
NUMBERS = (
    "0",
    "1",
    "12",
    "-5",
    "3.5",
    "1,000",
    "1,000,000,000,000",
    "99999999999999999999999999",
    "1e308",
    "½",
    "٣",
    "twenty-five",
    "a million",
    "zero",
    "nine hundred ninety-nine trillion",
    "10-20",
    "between 5 and 3",
    "2,3",
    "0x1F",
)
DATES = (
    "31 February 2020",
    "2020-13-45",
    "0001-01-01",
    "9999-12-31",
    "Dec 31",
    "Feb 29",
    "9999 years ago",
    "99999999 days ago",
    "two weeks ago",
    "next Monday",
    "in 3000",
    "1066",
    "last month",
    "earlier this year",
)
MUTATION_INSERTS = ("\x00", "\u200b", "\ufeff", "\u2028", "\r\n", "\t", "  ", "é", "İ", "ß", "ﬁ", "🙂", "\u0301", "...")


def corpus_sentences() -> list[str]:
    """Sentences of the GeoWebNews dev articles (empty when the shared corpus is absent)."""
    return list(_corpus_sentences())


@cache
def _corpus_sentences() -> tuple[str, ...]:
    found: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text("utf-8")
        found.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 20 <= len(s.strip()) <= 400)
    return tuple(found)


def news_texts() -> st.SearchStrategy[str]:
    """Word salad from news vocabulary, numbers and date phrases, with arbitrary characters mixed in."""
    token = st.one_of(
        st.sampled_from(NEWS_WORDS.split(" ")),
        st.sampled_from(NUMBERS),
        st.sampled_from(DATES),
        st.text(min_size=1, max_size=8),
    )
    return st.lists(token, min_size=1, max_size=60).flatmap(
        lambda tokens: st.sampled_from([" ", "", "\n", " \n "]).map(lambda sep: sep.join(tokens))
    )


@st.composite
def mutated_sentences(draw: st.DrawFn, sentences: Sequence[str]) -> str:
    """One to four real sentences joined, then cut, duplicated, case-flipped and sprinkled with odd characters."""
    chosen = draw(st.lists(st.sampled_from(list(sentences)), min_size=1, max_size=4))
    text = draw(st.sampled_from([" ", "\n", "\n\n"])).join(chosen)
    for _ in range(draw(st.integers(0, 6))):
        if not text:
            break
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "upper", "number", "date", "truncate"]))
        if op == "insert":
            text = text[:at] + draw(st.sampled_from(MUTATION_INSERTS) | st.text(max_size=4)) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 30)) :]
        elif op == "duplicate":
            end = min(len(text), at + draw(st.integers(1, 80)))
            text = text[:end] + text[at:end] + text[end:]
        elif op == "upper":
            text = text[:at] + text[at : at + 40].upper() + text[at + 40 :]
        elif op == "number":
            text = text[:at] + " " + draw(st.sampled_from(NUMBERS)) + " " + text[at:]
        elif op == "date":
            text = text[:at] + " " + draw(st.sampled_from(DATES)) + " " + text[at:]
        else:
            text = text[:at]
    return text


def publication_dates() -> st.SearchStrategy[date]:
    """Publication dates, edges of the calendar included."""
    return st.one_of(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.just(date(2020, 1, 8)))


def run_article(extractor: Extractor, text: str, published: date) -> tuple[list[Event], list[PlaceMention]]:
    """Events and places of one text."""
    article = Article(id="fuzz", doc="fuzz", text=text)
    (found,) = list(extractor.code([article], published))
    return found.events, found.places


_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")


def check_output(text: str, events: list[Event], places: list[PlaceMention]) -> None:
    """Assert the output contract's invariants: offsets slice the input, dates and numbers in bounds."""
    for place in places:
        assert 0 <= place.start < place.end <= len(text), place
        assert text[place.start : place.end] == place.text, place
    for event in events:
        assert event.evidence, event
        for evidence in event.evidence:
            assert 0 <= evidence.start < evidence.end <= len(text), evidence
            assert text[evidence.start : evidence.end] == evidence.sentence, evidence
        if event.location is not None:
            loc = event.location
            assert text[loc.start : loc.end] == loc.text, loc
        for claim in event.quantities:
            assert 0 <= claim.start < claim.end <= len(text), claim
            assert text[claim.start : claim.end] == claim.text, claim
            for bound in (claim.value, claim.low, claim.high):
                assert bound is None or bound >= 0, claim
            if claim.value is not None:
                assert claim.low is None or claim.low <= claim.value, claim
                assert claim.high is None or claim.value <= claim.high, claim
            if claim.low is not None and claim.high is not None:
                assert claim.low <= claim.high, claim
        if event.date is not None:
            _check_date(event.date.value, event.date.precision)
            assert event.date.default or event.date.text in text, event.date
        assert 0.0 <= event.confidence <= 1.0, event


def _check_date(value: str, precision: str) -> None:
    if precision == "day":
        assert len(value) == 10, value
        date.fromisoformat(value)
    elif precision == "month":
        match = _MONTH.fullmatch(value)
        assert match is not None and 1 <= int(match.group(2)) <= 12, value
        assert int(match.group(1)) >= 1, value
    else:
        assert precision == "year" and _YEAR.fullmatch(value) and int(value) >= 1, (value, precision)
