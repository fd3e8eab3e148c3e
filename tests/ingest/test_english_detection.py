"""is_english: share of English function words, with script and short-text rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_support import ENGLISH_PARAGRAPH, FIXTURES, GEOWEBNEWS_DEV, SEED_ARTICLE, needs_corpus

from eventwire.ingest import english_stopwords, is_english


@needs_corpus
def test_every_geowebnews_dev_article_is_english() -> None:
    paths = sorted(GEOWEBNEWS_DEV.glob("*.txt"))
    assert len(paths) >= 100
    for path in [*paths, SEED_ARTICLE]:
        english, ratio = is_english(path.read_text("utf-8"))
        assert english, (path.name, ratio)
        assert ratio > 0.25, (path.name, ratio)


@pytest.mark.parametrize("language", ["french", "german", "spanish", "arabic", "chinese"])
def test_foreign_news_paragraphs_are_rejected(language: str) -> None:
    english, ratio = is_english((FIXTURES / f"{language}.txt").read_text("utf-8"))
    assert not english
    assert ratio < 0.06


def test_english_paragraph_scores_in_the_news_range() -> None:
    english, ratio = is_english(ENGLISH_PARAGRAPH)
    assert english
    assert 0.25 < ratio < 0.6


@pytest.mark.parametrize("headline", ["Iran fires missiles at US bases", "Kabul", "Trump tweets"])
def test_short_texts_count_as_english(headline: str) -> None:
    assert is_english(headline)[0]


def test_short_text_without_any_english_word_is_rejected() -> None:
    assert not is_english("Gobierno anuncia ayudas para familias afectadas tras inundaciones costa mediterránea")[0]


def test_short_text_in_another_script_is_rejected() -> None:
    assert not is_english("中国外交部发言人星期二在例行记者会上表示，中方高度关注地区局势")[0]


def test_stopword_list_has_common_function_words() -> None:
    words = english_stopwords()
    assert {"the", "of", "and", "to", "in", "a", "is", "was", "said"} <= words
    assert 120 <= len(words) <= 200


def test_stopword_file_is_lowercase_words_only() -> None:
    source = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "data" / "english_stopwords.txt"
    for line in source.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            assert line.isalpha() and line.islower(), line


def test_a_short_english_report_told_with_prepositions_of_place_is_english() -> None:
    # eight words, none of them "the", "a" or "of": a wire snippet's style
    assert is_english("Government artillery shelled rebel positions near Idlib overnight.")[0]
    assert is_english("Troops deployed along border amid rising tensions, ministry says.")[0]
