"""`eventwire watch`: polling feeds from files and URLs, conditional GET, no double ingest."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st
from store_support import OpenExtractor, serve_feed

from eventwire.errors import BadInput
from eventwire.store import Store
from eventwire.watch import FeedState, fetch, parse_interval, poll_once

FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title>
<item><guid>wire-1</guid><title>Rebels attack army post</title><link>http://127.0.0.1/wire-1</link>
<pubDate>Mon, 06 Jan 2020 10:00:00 GMT</pubDate>
<description>Taliban fighters attacked an army post in Kandahar on Monday, killing four soldiers, the
Afghan defence ministry said. The ministry said the attackers were repelled after a two-hour gunfight.
</description></item>
<item><guid>wire-2</guid><title>Police arrest protesters</title><link>http://127.0.0.1/wire-2</link>
<pubDate>Mon, 06 Jan 2020 11:00:00 GMT</pubDate>
<description>Kenyan police arrested 40 protesters in Nairobi on Monday after a march against fuel prices
turned violent, a police spokesman said. Officers fired tear gas to disperse the crowd.</description></item>
</channel></rss>"""


class _FeedHandler(BaseHTTPRequestHandler):
    requests: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        type(self).requests.append(dict(self.headers))
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", '"v1"')
        self.end_headers()
        self.wfile.write(FEED)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def feed_url() -> Iterator[str]:
    _FeedHandler.requests = []
    with serve_feed(_FeedHandler) as url:
        yield url


@pytest.mark.parametrize(
    ("text", "seconds"), [("90", 90.0), ("30s", 30.0), ("15m", 900.0), ("1h", 3600.0), ("2d", 172800.0)]
)
def test_interval_parses_units(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "0m", "fast", "-5m", "15x"])
def test_bad_interval_is_a_clear_error(text: str) -> None:
    with pytest.raises(BadInput, match="interval"):
        parse_interval(text)


@given(st.integers(min_value=1, max_value=10_000), st.sampled_from(["s", "m", "h"]))
def test_interval_is_number_times_unit(n: int, unit: str) -> None:
    assert parse_interval(f"{n}{unit}") == n * {"s": 1, "m": 60, "h": 3600}[unit]


def test_url_feed_is_fetched_then_unchanged_by_conditional_get(
    feed_url: str, tmp_path: Path, open_extractor: OpenExtractor
) -> None:
    state = FeedState.load(tmp_path / "x.db.feeds.json")
    with Store.open(tmp_path / "x.db") as store:
        first = poll_once(store, [feed_url], state, open_extractor, allow_private=True)
        second = poll_once(store, [feed_url], state, open_extractor, allow_private=True)
        assert store.count("articles") == 2
    assert (first.stored, first.unchanged) == (2, 0)
    assert (second.stored, second.duplicates, second.unchanged) == (0, 0, 1)
    assert _FeedHandler.requests[1].get("If-None-Match") == '"v1"'
    # The validator survives a restart.
    assert FeedState.load(tmp_path / "x.db.feeds.json").headers[feed_url]["etag"] == '"v1"'


def test_file_feed_items_are_stored_once(tmp_path: Path, open_extractor: OpenExtractor) -> None:
    feed = tmp_path / "wire.xml"
    feed.write_bytes(FEED)
    state = FeedState.load(tmp_path / "y.db.feeds.json")
    with Store.open(tmp_path / "y.db") as store:
        first = poll_once(store, [str(feed)], state, open_extractor)
        again = poll_once(store, [str(feed)], state, open_extractor)
        events = store.count("events")
    assert (first.stored, again.stored, again.duplicates) == (2, 0, 2)
    assert events >= 2


def test_unreachable_or_non_http_feed_is_skipped_with_a_reason(tmp_path: Path, open_extractor: OpenExtractor) -> None:
    state = FeedState.load(tmp_path / "z.db.feeds.json")
    with Store.open(tmp_path / "z.db") as store:
        report = poll_once(
            store,
            ["ftp://example.invalid/feed", "http://127.0.0.1:9/feed"],
            state,
            open_extractor,
            allow_private=True,
        )
    reasons = [skip.reason for skip in report.skipped]
    assert report.stored == 0 and len(reasons) == 2
    assert "only http(s)" in reasons[0]


def test_fetch_refuses_oversized_feed(feed_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("eventwire.watch.MAX_FEED_BYTES", 100)
    with pytest.raises(BadInput, match=r"over size limit .*100"):
        fetch(feed_url, FeedState(tmp_path / "s.json"), allow_private=True)


def test_local_feed_url_is_refused_unless_private_addresses_are_allowed(
    feed_url: str, tmp_path: Path, open_extractor: OpenExtractor
) -> None:
    state = FeedState.load(tmp_path / "p.db.feeds.json")
    with Store.open(tmp_path / "p.db") as store:
        report = poll_once(store, [feed_url], state, open_extractor)
        assert store.count("articles") == 0
    assert [s.reason for s in report.skipped] == ["127.0.0.1 is a loopback address (pass --allow-private to fetch it)"]
    assert _FeedHandler.requests == []
