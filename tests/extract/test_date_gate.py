"""The cheap word test in front of the date patterns lets no date phrase of date_words.json through."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.extract.dates import _may_hold_a_date, find_dates, load_date_words

PUBLISHED = date(2021, 6, 16)
WORDS = load_date_words()
# Words written here that no date phrase needs.
FILLER = ["police", "said", "the", "a", "man", "was", "hurt", "near", "market", "in", "town", "and", "his", "car"]


def _phrases() -> list[str]:
    out = [f"on {day}" for day in WORDS.weekday_names] + [f"in {month} 2020" for month in WORDS.month_names]
    out += [f"on {name}" for name in WORDS.holidays] + list(WORDS.relative)
    out += [f"three {unit} ago" for unit in WORDS.ago_units]
    return out


@pytest.mark.parametrize("phrase", _phrases())
def test_every_date_phrase_of_the_data_passes_the_word_test_and_resolves(phrase: str) -> None:
    text = f"The man was hurt {phrase}."
    assert _may_hold_a_date(text)
    assert find_dates(text, PUBLISHED, tense="past"), text


@given(st.lists(st.sampled_from(FILLER), min_size=1, max_size=12), st.sampled_from(_phrases()), st.integers(0, 12))
def test_a_date_phrase_among_any_words_is_found(words: list[str], phrase: str, at: int) -> None:
    text = " ".join([*words[:at], phrase, *words[at:]]) + "."
    assert find_dates(text, PUBLISHED, tense="past")


@given(st.lists(st.sampled_from(FILLER), min_size=1, max_size=20))
def test_words_without_a_date_skip_the_patterns(words: list[str]) -> None:
    text = " ".join(words) + "."
    assert not _may_hold_a_date(text)
    assert find_dates(text, PUBLISHED) == []
