"""Publication dates found in the article itself: labelled dates and datelines, never guessed."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from eventwire.ingest.published import find_published, load_lexicon, with_published
from eventwire.ingest.readers import read_bytes
from eventwire.records import Article


def test_lexicon_loads_with_its_labels_and_months() -> None:
    lex = load_lexicon()
    assert lex.labels.index("published") < lex.labels.index("updated")
    assert lex.months["sept"] == 9 and lex.months["january"] == 1


def test_wire_dateline_without_year_takes_the_year_the_text_states() -> None:
    text = "TEHERAN, JAN 8 (Reuters) - Iran fired missiles at two bases on Wednesday, the first attack of 2020."
    found = find_published(text)
    assert found is not None and found.value == date(2020, 1, 8) and found.how == "dateline"


def test_dateline_without_any_year_stays_unresolved() -> None:
    assert find_published("LAGOS, March 4 (Reuters) - Police arrested dozens of protesters on Monday.") is None


def test_labelled_published_date_wins_over_updated() -> None:
    text = "Updated: 9 January 2020\nPublished: 8 January 2020\nRockets hit the embassy compound overnight."
    found = find_published(text)
    assert found is not None and found.value == date(2020, 1, 8) and found.how == "label"


def test_dash_dateline_with_full_date() -> None:
    found = find_published("Jan. 8, 2020 — Iraqi officials said no soldiers were hurt in the barrage.")
    assert found is not None and found.value == date(2020, 1, 8)


def test_byline_label_with_weekday_and_time() -> None:
    found = find_published("City News Published Saturday, March 31, 2018 1:19PM CST A man was arrested downtown.")
    assert found is not None and found.value == date(2018, 3, 31)


def test_relative_and_event_dates_are_not_publication_dates() -> None:
    assert find_published("Protesters marched in Accra on Wednesday (Jan 8), a day after the vote.") is None
    assert find_published("The ministry said on January 8, 2020 that talks would resume.") is None


def test_metadata_date_is_kept_and_its_source_recorded() -> None:
    article = Article("a", "a", "Published: 8 January 2020\nText.", published=date(2021, 5, 1))
    dated = with_published(article)
    assert dated.published == date(2021, 5, 1) and dated.published_source == "metadata"


def test_text_file_gets_the_date_its_dateline_states() -> None:
    data = b"Clashes in Kirkuk\n\nKIRKUK, Iraq, Feb. 3, 2021 (AFP) - Two policemen were killed in clashes.\n"
    (article,) = list(read_bytes(data, "kirkuk.txt", "text"))
    assert isinstance(article, Article)
    assert article.published == date(2021, 2, 3) and article.published_source == "text"


@given(st.text(max_size=400))
def test_any_text_gives_a_date_or_none(text: str) -> None:
    found = find_published(text)
    assert found is None or 1900 <= found.value.year <= 2099
