"""The feed state file of `eventwire watch` (issue 14 item 9): a poll goes on, or fails in one line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest
from store_support import serve_feed

from eventwire.errors import EventwireError, StateFileError
from eventwire.watch import FeedState, fetch

FEED = b"<rss version='2.0'><channel><title>t</title></channel></rss>"


class _Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        type(self).seen.append(dict(self.headers))
        self.send_response(200)
        self.send_header("ETag", '"v2"')
        self.send_header("Content-Length", str(len(FEED)))
        self.end_headers()
        self.wfile.write(FEED)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def feed_url() -> Iterator[str]:
    _Handler.seen = []
    with serve_feed(_Handler) as url:
        yield url


@pytest.mark.parametrize(
    "content", ["[1, 2, 3]", '"a string"', "null", "{not json", "[" * 100_000, '{"u": [1]}', '{"u": {"etag": 5}}']
)
def test_state_of_another_shape_counts_as_no_state(tmp_path: Path, content: str) -> None:
    path = tmp_path / "events.db.feeds.json"
    path.write_text(content, encoding="utf-8")
    state = FeedState.load(path)
    assert all(known == {} for known in state.headers.values())
    state.save()
    assert isinstance(json.loads(path.read_text("utf-8")), dict)


@pytest.mark.parametrize(
    "etag", ['"v1"\r\nX-Injected: yes', '"v1"\nHost: evil.example', '"v1"\x00', '"v1" \u2603', '"v1"\r']
)
def test_an_etag_that_would_forge_a_header_is_dropped(tmp_path: Path, feed_url: str, etag: str) -> None:
    path = tmp_path / "events.db.feeds.json"
    path.write_text(json.dumps({feed_url: {"etag": etag, "last_modified": "Mon, 06 Jan 2020 10:00:00 GMT"}}))
    state = FeedState.load(path)
    assert fetch(feed_url, state, allow_private=True) == FEED
    (sent,) = _Handler.seen
    assert "If-None-Match" not in sent and "X-Injected" not in sent
    assert sent["If-Modified-Since"] == "Mon, 06 Jan 2020 10:00:00 GMT"
    assert state.headers[feed_url]["etag"] == '"v2"'


def test_a_state_path_that_is_a_directory_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "events.db.feeds.json"
    path.mkdir()
    with pytest.raises(StateFileError, match="not a regular file"):
        FeedState.load(path)


def test_a_state_that_cannot_be_saved_is_one_line_error(tmp_path: Path) -> None:
    state = FeedState(tmp_path / "missing-dir" / "events.db.feeds.json")
    with pytest.raises(EventwireError, match=r"cannot save feed state .*No such file"):
        state.save()
