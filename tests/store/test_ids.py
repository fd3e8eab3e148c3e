"""Content-hash ids: same article, same id; the merged event id ignores ingest order."""

from __future__ import annotations

import pytest

from eventwire.records import Article, Event, Evidence
from eventwire.store.ids import article_id, event_id, mention_id, normalise_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://WWW.Reuters.COM/world/Story-1", "https://www.reuters.com/world/Story-1"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com/a?utm_source=tw&utm_MEDIUM=x&id=7", "https://example.com/a?id=7"),
        ("https://example.com/a?utm_campaign=spring", "https://example.com/a"),
        ("  https://example.com/a?page=2&utm_content=b#top ", "https://example.com/a?page=2"),
    ],
)
def test_normalised_url_drops_case_fragment_and_tracking(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


def test_article_id_follows_the_normalised_url_not_the_text() -> None:
    a = Article(id="x", doc="a", text="First version.", url="https://Example.com/story?utm_source=rss")
    b = Article(id="y", doc="b", text="Corrected version.", url="https://example.com/story#top")
    assert article_id(a) == article_id(b)
    assert len(article_id(a)) == 16


def test_article_id_without_url_hashes_the_text() -> None:
    a = Article(id="x", doc="one.txt", text="Police arrested 12 protesters.")
    b = Article(id="y", doc="two.txt", text="Police arrested 12 protesters.")
    c = Article(id="z", doc="one.txt", text="Police arrested 13 protesters.")
    assert article_id(a) == article_id(b) != article_id(c)


def _event(kind: str, spans: list[tuple[int, int]]) -> Event:
    evidence = [Evidence("s", start, end) for start, end in spans]
    return Event("d", kind, None, None, None, None, None, None, None, "asserted", None, [], [], evidence, 0.5)


def test_mention_id_depends_on_article_type_and_evidence_offsets() -> None:
    base = mention_id("a1", _event("ASSAULT", [(0, 10)]))
    assert base == mention_id("a1", _event("ASSAULT", [(0, 10)]))
    assert base != mention_id("a2", _event("ASSAULT", [(0, 10)]))
    assert base != mention_id("a1", _event("PROTEST", [(0, 10)]))
    assert base != mention_id("a1", _event("ASSAULT", [(0, 11)]))


def test_event_id_is_the_same_for_any_order_of_its_mentions() -> None:
    assert event_id(["b", "a", "c"]) == event_id(["c", "b", "a"]) != event_id(["a", "b"])
