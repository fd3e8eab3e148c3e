"""HTML pages: trafilatura's main text and metadata, malformed and empty pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ingest_support import FIXTURES, only_article, only_skip, read_all

from eventwire.ingest.html import html_to_text
from eventwire.records import Skip

ARTICLE_HTML = FIXTURES / "article.html"


def test_html_page_yields_main_text_and_metadata() -> None:
    article = only_article(read_all(ARTICLE_HTML))
    assert article.doc == str(ARTICLE_HTML)
    assert article.title == "Protesters clash with police in Lagos"
    assert article.url == "https://courier.example.com/world/lagos-protest"
    assert article.outlet == "Daily Courier"
    assert article.published == date(2021, 10, 20)
    assert "Police fired tear gas at several hundred protesters in Lagos" in article.text
    assert "independent panel would investigate" in article.text


def test_html_boilerplate_is_left_out_of_the_text() -> None:
    text = only_article(read_all(ARTICLE_HTML)).text
    for debris in ("Subscribe today", "Most read", "Football results", "All rights reserved", "<p>"):
        assert debris not in text


def test_offsets_index_the_extracted_text() -> None:
    article = only_article(read_all(ARTICLE_HTML))
    start = article.text.index("At least 12 people were injured")
    assert article.text[start : start + 8] == "At least"


def test_truncated_html_still_extracts_what_is_there(tmp_path: Path) -> None:
    html = ARTICLE_HTML.read_text("utf-8")
    cut = html[: html.index("The state governor") + 30]
    path = tmp_path / "cut.html"
    path.write_text(cut, encoding="utf-8")
    article = only_article(read_all(path))
    assert "At least 12 people were injured" in article.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
        "<html><body></body></html>",
        "<html><body><img src='a.png'><div><p class='x' <b",
    ],
    ids=["script-only", "empty-body", "truncated-tags"],
)
def test_page_without_main_text_is_skipped(tmp_path: Path, html: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    assert only_skip(read_all(path)) == Skip(str(path), "no main text found")


def test_meta_charset_decodes_a_latin1_page(tmp_path: Path) -> None:
    html = ARTICLE_HTML.read_text("utf-8").replace('charset="utf-8"', 'charset="iso-8859-1"')
    html = html.replace("Police fired tear gas", "Police fired tear gas near the caf\u00e9")
    path = tmp_path / "latin1.html"
    path.write_bytes(html.encode("latin-1", "replace"))
    assert "near the café" in only_article(read_all(path)).text


def test_non_english_page_is_skipped(tmp_path: Path) -> None:
    french = (FIXTURES / "french.txt").read_text("utf-8")
    html = (
        "<html><head><title>Sécheresse</title></head>"
        f"<body><article><p>{french}</p><p>{french}</p></article></body></html>"
    )
    path = tmp_path / "fr.html"
    path.write_text(html, encoding="utf-8")
    assert only_skip(read_all(path)).reason.startswith("not English (english stopword ratio 0.0")


def test_html_fragment_to_text_keeps_blocks_on_lines() -> None:
    fragment = "<p>Five people were <b>killed</b> &amp; 12 injured.</p><script>x()</script><p>Police said&nbsp;so.</p>"
    assert html_to_text(fragment) == "Five people were killed & 12 injured.\nPolice said so."
