"""RSS/Atom feeds: one Article per entry; XML bombs and external entities are refused unparsed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ingest_support import FIXTURES, only_article, only_skip, read_all

from eventwire.ingest import content_id
from eventwire.ingest.feeds import unsafe_xml_reason
from eventwire.records import Article, Skip


def test_rss_entries_become_articles_with_plain_text() -> None:
    path = FIXTURES / "feed.rss"
    lagos, floods, gallery = read_all(path)
    assert isinstance(lagos, Article) and isinstance(floods, Article)
    assert lagos.doc == "courier-2021-10-20-lagos"
    assert lagos.id == content_id("courier-2021-10-20-lagos")
    assert lagos.title == "Protesters clash with police in Lagos"
    assert lagos.url == "https://courier.example.com/world/lagos-protest"
    assert lagos.outlet == "Daily Courier - World"
    assert lagos.published == date(2021, 10, 20)
    assert lagos.source == str(path)
    assert lagos.text == (
        "Police fired tear gas at several hundred protesters in Lagos on Tuesday as demonstrators "
        "blocked a main road to the airport, witnesses said.\n"
        "At least 12 people were injured and 30 were arrested, a police spokesman said."
    )
    # Without a guid the link names the entry; the full content wins over the teaser.
    assert floods.doc == "https://courier.example.com/world/floods"
    assert floods.text.startswith("Floods killed at least five people")
    assert "<p>" not in floods.text
    assert gallery == Skip("https://courier.example.com/world/gallery", "feed entry has no text")


def test_atom_entry_uses_updated_date_and_html_content() -> None:
    article = only_article(read_all(FIXTURES / "feed.atom"))
    assert article.doc == "urn:uuid:entry-1"
    assert article.published == date(2020, 1, 8)
    assert article.text.startswith("Iran launched a missile attack")
    assert article.outlet == "Wire Service"


def test_billion_laughs_feed_is_skipped_without_expansion() -> None:
    path = FIXTURES / "billion_laughs.xml"
    skip = only_skip(read_all(path))
    assert skip.source == str(path)
    assert skip.reason == "unsafe XML: entity declaration 'lol' is not allowed (entity expansion)"


def test_external_entity_feed_is_skipped_without_reading_the_file() -> None:
    skip = only_skip(read_all(FIXTURES / "external_entity.rss"))
    assert skip.reason == "unsafe XML: external entity 'xxe' (file:///etc/passwd) is not allowed"
    assert "root:" not in skip.reason


def test_entity_declaration_in_a_malformed_document_is_refused() -> None:
    data = b'<rss version="2.0"><channel><title>x</titl></channel>\n<!DOCTYPE r [<!ENTITY a "b">]></rss>'
    assert unsafe_xml_reason(data) == "unsafe XML: entity declaration in a malformed document"


def test_undefined_html_entity_is_read_leniently_and_not_expanded() -> None:
    # Real feeds often use HTML entities (&nbsp;) that XML does not define; feedparser's lenient
    # parser still reads them, and an unknown entity stays literal text.
    article = only_article(read_all(FIXTURES / "undefined_entity.rss"))
    assert article.title == "Clashes\u00a0in the capital"
    assert article.text.startswith("Police fired tear gas at protesters in the capital")
    assert "&undefinedthing" in article.text


def test_unrecoverable_feed_with_undefined_entity_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>&bogus;</title></channel></rss>')
    skip = only_skip(read_all(path))
    assert skip.reason.startswith("malformed feed: ")
    assert "undefined entity" in skip.reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<html><body><p>Not a feed</p></body></html>", "no feed entries found"),
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
            "no feed entries found",
        ),
    ],
)
def test_feed_without_entries_is_skipped(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(data)
    assert only_skip(read_all(path)) == Skip(str(path), reason)


def test_feed_entry_in_another_language_is_skipped_and_others_yield(tmp_path: Path) -> None:
    french = (FIXTURES / "french.txt").read_text("utf-8").strip()
    rss = (
        (FIXTURES / "feed.rss")
        .read_text("utf-8")
        .replace("Short teaser.", "x")
        .replace("<title>Photo gallery", f"<description>{french}</description><title>Photo gallery")
    )
    path = tmp_path / "mixed.rss"
    path.write_text(rss, encoding="utf-8")
    results = read_all(path)
    assert [type(result).__name__ for result in results] == ["Article", "Article", "Skip"]
    assert isinstance(results[2], Skip) and results[2].reason.startswith("not English")


def test_feed_is_sniffed_without_a_suffix(tmp_path: Path) -> None:
    path = tmp_path / "feed"
    path.write_bytes((FIXTURES / "feed.atom").read_bytes())
    assert only_article(read_all(path)).doc == "urn:uuid:entry-1"
