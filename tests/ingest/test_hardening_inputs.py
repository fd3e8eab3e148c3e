"""Hardening round two (issue 14): file names that are not UTF-8, untrusted text on the terminal, endless stdin."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from http_support import ARTICLE, LocalServer, Route
from hypothesis import given
from hypothesis import strategies as st
from ingest_support import ENGLISH_PARAGRAPH, read_all

from eventwire.errors import FetchFailed
from eventwire.ingest.clean import drop_invisible, invisible_characters
from eventwire.ingest.fetch import fetch_url
from eventwire.ingest.sources import iter_sources
from eventwire.records import Article, Skip
from eventwire.terminal import path_name, printable

LATIN1_NAME = b"r\xe9sum\xe9.txt"  # "résumé" in Latin-1: not UTF-8


def _bytes_named(directory: Path, name: bytes, data: bytes) -> str:
    path = os.path.join(os.fsencode(directory), name)
    with open(path, "wb") as handle:
        handle.write(data)
    return os.fsdecode(path)


def test_a_file_name_that_is_not_utf8_is_read_under_an_escaped_name(tmp_path: Path) -> None:
    _bytes_named(tmp_path, LATIN1_NAME, ENGLISH_PARAGRAPH.encode())
    (result,) = read_all(tmp_path)
    assert isinstance(result, Article)
    assert result.doc == f"{tmp_path}/r\\xe9sum\\xe9.txt"
    assert result.text == ENGLISH_PARAGRAPH
    # What gets stored and printed encodes: no lone surrogate is left.
    result.doc.encode("utf-8")


def test_a_bad_file_with_a_name_that_is_not_utf8_is_skipped_under_an_escaped_name(tmp_path: Path) -> None:
    _bytes_named(tmp_path, b"\xff\xfe.txt", b"")
    _bytes_named(tmp_path, b"good.txt", ENGLISH_PARAGRAPH.encode())
    results = read_all(tmp_path)
    assert [type(r) for r in results] == [Article, Skip]
    assert results[1] == Skip(f"{tmp_path}/\\xff\\xfe.txt", "empty")


def test_path_name_leaves_utf8_names_alone() -> None:
    assert path_name("/data/Zürich report.txt") == "/data/Zürich report.txt"
    assert path_name("/data/" + os.fsdecode(b"caf\xe9.txt")) == "/data/caf\\xe9.txt"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a.txt\nskipped forged.txt: empty", "a.txt\\nskipped forged.txt: empty"),
        ("progress\r100% done", "progress\\r100% done"),
        ("\x1b]0;pwned\x07title", "\\x1b]0;pwned\\x07title"),
        ("\x1b[2J\x1b[31mred", "\\x1b[2J\\x1b[31mred"),
        ("exe.\u202etxt", "exe.\\u202etxt"),
        ("C1 \x9b31m", "C1 \\x9b31m"),
        ("line\u2028break", "line\\u2028break"),
        (os.fsdecode(b"caf\xe9"), "caf\\xe9"),
        ("Zürich — “quoted” 東京", "Zürich — “quoted” 東京"),
    ],
)
def test_printable_escapes_what_would_forge_lines_or_drive_the_terminal(raw: str, shown: str) -> None:
    assert printable(raw) == shown


@given(st.text())
def test_printable_is_one_line_without_controls_and_encodes(text: str) -> None:
    shown = printable(text)
    assert shown.splitlines() in ([shown], [])
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in shown)
    shown.encode("utf-8")


class _Endless(io.RawIOBase):
    """Standard input that never ends (`< /dev/zero`); it fails the test once far past the limit."""

    def __init__(self, budget: int) -> None:
        self.budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.budget <= 0:
            raise AssertionError("read on past the size limit")
        n = min(len(buffer), self.budget)
        buffer[:n] = b"\x00" * n
        self.budget -= n
        return n


def test_endless_stdin_stops_at_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = _Endless(budget=50_000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(stream)))
    assert read_all("-", max_bytes=1000) == [Skip("-", "over size limit (more than 1000 bytes)")]
    assert stream.budget > 40_000  # a little read-ahead, nothing like the rest of the stream


@pytest.mark.parametrize(
    "text",
    [
        "2024 12 31 555-0100 42.5 1,000,000 99 %",
        "!!! ??? ... --- *** ### $$$ (((",
        "\u202e\u202d\u2066\u2067\u2068\u2069\u200e\u200f" * 10,
        "\u0301\u0302\u0303\u0308\u0327" * 40,
        "12:30 — 14:45 | 3/4 = 0.75 ± 0.01",
    ],
)
def test_text_without_a_single_word_is_not_english(tmp_path: Path, text: str) -> None:
    path = tmp_path / "nothing.txt"
    path.write_text(text + "\n", encoding="utf-8")
    (result,) = read_all(path)
    assert isinstance(result, Skip)
    # bidi controls are dropped as invisible characters, which leaves nothing
    assert result.reason.startswith("not English") or result.reason == "empty"


def test_a_short_headline_with_words_is_still_english(tmp_path: Path) -> None:
    path = tmp_path / "headline.txt"
    path.write_text("Troops withdraw from 3 towns after 2024 ceasefire\n", encoding="utf-8")
    (result,) = read_all(path)
    assert isinstance(result, Article)


# Truncated downloads (issue 14 item 7) ------------------------------------------------------------------


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    with LocalServer().running() as server:
        yield server


def test_a_body_shorter_than_its_content_length_is_a_failure(local_server: LocalServer) -> None:
    body = (ARTICLE * 40).encode()
    local_server.routes["/cut.txt"] = Route(body=body[: len(body) // 3], declared=len(body))
    with pytest.raises(FetchFailed, match=rf"truncated download \({len(body) // 3} of {len(body)} bytes\)"):
        fetch_url(local_server.url("/cut.txt"), allow_private=True)


def test_a_truncated_url_is_skipped_not_stored_so_a_full_fetch_later_is_new(local_server: LocalServer) -> None:
    body = (ARTICLE * 40).encode()
    local_server.routes["/story.txt"] = Route(body=body[:1000], declared=len(body))
    (cut,) = list(iter_sources([local_server.url("/story.txt")], allow_private=True))
    assert isinstance(cut, Skip) and cut.reason.endswith(f"truncated download (1000 of {len(body)} bytes)")
    local_server.routes["/story.txt"] = Route(body=body)
    (full,) = list(iter_sources([local_server.url("/story.txt")], allow_private=True))
    assert isinstance(full, Article) and full.text == body.decode()


def test_a_chunked_body_cut_before_its_end_is_a_failure(local_server: LocalServer) -> None:
    # No Content-Length, a chunked header and then a hang-up mid-chunk.
    local_server.routes["/chunked.txt"] = Route(
        body=b"400\r\n" + b"x" * 100, headers={"Transfer-Encoding": "chunked"}, length=False
    )
    with pytest.raises(FetchFailed):
        fetch_url(local_server.url("/chunked.txt"), allow_private=True)


def test_a_jsonl_line_with_a_huge_number_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    # Found by tests/fuzz/test_fuzz_hardening.py: int() refuses more than 4,300 digits with a ValueError.
    good = '{"id": "good", "text": "' + ENGLISH_PARAGRAPH.strip() + '"}'
    path = tmp_path / "wire.jsonl"
    path.write_text('{"id": "big", "text": "x", "n": ' + "9" * 5000 + "}\n" + good + "\n", encoding="utf-8")
    results = read_all(path)
    assert results[0] == Skip(f"{path}:1", "malformed JSON: a number is too long")
    assert isinstance(results[1], Article) and results[1].doc == "good"


# Content types that lie (issue 14, weak points) ------------------------------------------------------------

RSS = (
    "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title><link>https://wire.example/</link>"
    "<item><guid>w-1</guid><title>Army post attacked</title><link>https://wire.example/w-1</link>"
    f"<description>{ARTICLE}</description></item></channel></rss>"
)


def test_a_feed_served_as_text_is_read_as_a_feed(local_server: LocalServer) -> None:
    local_server.routes["/feed"] = Route(body=RSS.encode(), headers={"Content-Type": "text/plain; charset=utf-8"})
    (item,) = list(iter_sources([local_server.url("/feed")], allow_private=True))
    assert isinstance(item, Article)
    assert item.doc == "w-1" and "<rss" not in item.text and "Kandahar" in item.text


def test_text_served_as_json_is_one_article_not_a_skip_per_line(local_server: LocalServer) -> None:
    body = (ARTICLE * 3 + "\n") * 2
    local_server.routes["/story"] = Route(body=body.encode(), headers={"Content-Type": "application/json"})
    (item,) = list(iter_sources([local_server.url("/story")], allow_private=True))
    assert isinstance(item, Article) and item.text == body


def test_json_lines_served_as_json_are_still_json_lines(local_server: LocalServer) -> None:
    body = '{"id": "j-1", "text": "' + ARTICLE.strip() + '"}\n'
    local_server.routes["/lines"] = Route(body=body.encode(), headers={"Content-Type": "application/json"})
    (item,) = list(iter_sources([local_server.url("/lines")], allow_private=True))
    assert isinstance(item, Article) and item.doc == "j-1"


# A feed item that claims another outlet's URL (issue 14, weak points) -------------------------------------


def _feed(channel_link: str, *links: str) -> bytes:
    items = "".join(
        f"<item><guid>g-{n}</guid><title>Item {n}</title><link>{link}</link>"
        f"<description>{ARTICLE} (item {n})</description></item>"
        for n, link in enumerate(links)
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title><link>{channel_link}</link>"
        f"{items}</channel></rss>"
    ).encode()


def test_a_fetched_feed_keeps_only_links_on_its_own_site(local_server: LocalServer) -> None:
    own = local_server.url("/story-1")
    sub = f"http://news.127.0.0.1:{local_server.port}/x"  # not a subdomain of an address: dropped too
    local_server.routes["/feed.xml"] = Route(
        body=_feed("https://www.bbc.co.uk/", own, "https://www.bbc.co.uk/news/world-1", sub),
        headers={"Content-Type": "application/rss+xml"},
    )
    items = list(iter_sources([local_server.url("/feed.xml")], allow_private=True))
    assert [item.url for item in items if isinstance(item, Article)] == [own, None, None]
    # The claimed URL is gone, not the item: it is known by its guid and its text.
    assert [item.doc for item in items if isinstance(item, Article)] == ["g-0", "g-1", "g-2"]


def test_a_feed_file_is_judged_by_its_channel_link(tmp_path: Path) -> None:
    path = tmp_path / "wire.xml"
    path.write_bytes(
        _feed("https://www.wire.example/", "https://wire.example/a", "https://live.wire.example/b", "https://bbc.com/c")
    )
    urls = [item.url for item in read_all(path) if isinstance(item, Article)]
    assert urls == ["https://wire.example/a", "https://live.wire.example/b", None]


# Invisible characters inside words (issue 14, weak points) ------------------------------------------------


def test_the_invisible_characters_file_loads_and_names_format_characters() -> None:
    chars = invisible_characters()
    assert {"\u00ad", "\u200b", "\u202e", "\ufeff"} <= chars
    assert "\u200d" not in chars and "\u200c" not in chars  # joiners shape scripts and emoji: kept


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u202e", "\u2060", "\u200f", "\ufeff"])
def test_an_invisible_character_inside_a_word_is_dropped_at_ingest(tmp_path: Path, mark: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(ENGLISH_PARAGRAPH.replace("protesters", f"pro{mark}testers"), encoding="utf-8")
    (article,) = read_all(path)
    assert isinstance(article, Article) and article.text == ENGLISH_PARAGRAPH


def test_joiners_in_other_scripts_are_kept() -> None:
    assert drop_invisible("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 and 👩\u200d🚒") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 and 👩\u200d🚒"
    )
