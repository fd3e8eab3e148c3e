"""Property tests: `extract` and `places` on generated and mutated news text never fail and keep the contract.

A short run by default; `scripts/fuzz.py --minutes N` runs the same properties for longer.
"""

from __future__ import annotations

from datetime import date

import pytest
from fuzz_support import check_output, corpus_sentences, mutated_sentences, news_texts, publication_dates, run_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.extractor import Extractor

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
SENTENCES = corpus_sentences()
Loaded = Extractor


@FUZZ
@given(text=news_texts(), published=publication_dates())
def test_generated_text_keeps_the_contract(fuzz_extractor: Loaded, text: str, published: date) -> None:
    events, places = run_article(fuzz_extractor, text, published)
    check_output(text, events, places)


@pytest.mark.skipif(not SENTENCES, reason="shared corpus not present")
@FUZZ
@given(text=mutated_sentences(SENTENCES), published=publication_dates())
def test_mutated_real_sentences_keep_the_contract(fuzz_extractor: Loaded, text: str, published: date) -> None:
    events, places = run_article(fuzz_extractor, text, published)
    check_output(text, events, places)


@FUZZ
@given(text=st.text(max_size=400))
def test_arbitrary_unicode_keeps_the_contract(fuzz_extractor: Loaded, text: str) -> None:
    events, places = run_article(fuzz_extractor, text, date(2020, 1, 8))
    check_output(text, events, places)


def test_the_properties_catch_a_broken_offset(fuzz_extractor: Loaded) -> None:
    text = "Police killed at least 12 protesters in Baghdad on Friday, officials said."
    events, places = run_article(fuzz_extractor, text, date(2020, 1, 8))
    check_output(text, events, places)
    assert events and places
    places[0].start += 1
    with pytest.raises(AssertionError):
        check_output(text, events, places)
