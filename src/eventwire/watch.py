"""Poll RSS/Atom feeds (URLs or files) and ingest their new items into the event database.

URLs are fetched with conditional GET: the ETag and Last-Modified of each feed are kept in a
small JSON file beside the database (`<db>.feeds.json`), so an unchanged feed costs one 304
and no parsing. URLs go through the safe fetcher (`eventwire.ingest.fetch`): http(s) only, no
loopback or private addresses unless allowed, checked redirects, a size and a time limit. Items already
stored are skipped before parsing by the store's ingest, so a restart loses nothing.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import BadInput, StateFileError
from .extractor import Extractor
from .ingest import read_feed
from .ingest.fetch import FetchLimits, fetch_url
from .ingest.sources import is_url
from .records import Article, Skip
from .store import Store
from .store.ingest import ingest

MAX_FEED_BYTES = 5_000_000
FETCH_TIMEOUT_S = 30.0
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in "90", "30s", "15m", "1h", "1d"."""
    match = _INTERVAL.match(text)
    if match is None or float(match.group(1)) <= 0:
        raise BadInput(f"{text!r} is not an interval (like 30s, 15m, 1h)")
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2)]


@dataclass(slots=True)
class FeedState:
    """ETag and Last-Modified of each feed URL, kept between polls."""

    path: Path
    headers: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> FeedState:
        """The saved state, or an empty one when the file is missing or holds no state.

        The state is a cache: a file that is not JSON, or JSON of another shape (a list), or values
        that could not be sent as headers (a CR or LF in an ETag would forge a header), count as
        no state. StateFileError (one line) when the path is not a file that can be written.
        """
        if path.exists() and not path.is_file():
            raise StateFileError(f"feed state {path} is not a regular file (a directory?): move it away")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return cls(path)
        if not isinstance(data, dict):
            return cls(path)
        return cls(path, {str(url): _header_values(known) for url, known in data.items() if isinstance(known, dict)})

    def save(self) -> None:
        """Write the state atomically; StateFileError (one line) when it cannot be written."""
        tmp = self.path.with_suffix(self.path.suffix + ".tmp")
        try:
            tmp.write_text(json.dumps(self.headers, indent=1, sort_keys=True), encoding="utf-8")
            tmp.replace(self.path)
        except OSError as error:
            raise StateFileError(f"cannot save feed state {self.path}: {error.strerror or error}") from error


# What an HTTP header value may hold (RFC 9110): visible Latin-1 characters, space and tab; no CR, LF or NUL.
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e\x80-\xff]*")


def _header_values(known: dict[object, object]) -> dict[str, str]:
    """The ETag and Last-Modified of one feed that can be sent back as they are; others dropped."""
    kept = {}
    for key in ("etag", "last_modified"):
        value = known.get(key)
        if isinstance(value, str) and _HEADER_VALUE.fullmatch(value):
            kept[key] = value
    return kept


def fetch(url: str, state: FeedState, allow_private: bool = False, limits: FetchLimits | None = None) -> bytes | None:
    """The feed's bytes, or None when the server says it has not changed (304).

    Fetched with the safe fetcher (http(s) only, public addresses unless `allow_private`, checked
    redirects, size and time limits); FetchRefused or FetchFailed with the reason otherwise.
    """
    headers = {}
    known = state.headers.get(url, {})
    if known.get("etag"):
        headers["If-None-Match"] = known["etag"]
    if known.get("last_modified"):
        headers["If-Modified-Since"] = known["last_modified"]
    fetched = fetch_url(
        url,
        allow_private=allow_private,
        limits=limits or FetchLimits(max_bytes=MAX_FEED_BYTES, timeout_s=FETCH_TIMEOUT_S),
        headers=headers,
    )
    if fetched.body is None:
        return None
    state.headers[url] = _header_values(
        {"etag": fetched.headers.get("etag", ""), "last_modified": fetched.headers.get("last-modified", "")}
    )
    return fetched.body


@dataclass(slots=True)
class PollReport:
    """What one poll did."""

    stored: int = 0
    duplicates: int = 0
    unchanged: int = 0
    skipped: list[Skip] = field(default_factory=list)


def _feed_articles(
    sources: Sequence[str], state: FeedState, report: PollReport, allow_private: bool
) -> Iterator[Article]:
    for source in sources:
        try:
            data = fetch(source, state, allow_private) if is_url(source) else Path(source).read_bytes()
        except (BadInput, OSError) as error:
            report.skipped.append(Skip(source, str(error)))
            continue
        if data is None:
            report.unchanged += 1
            continue
        for item in read_feed(data, source):
            if isinstance(item, Skip):
                report.skipped.append(item)
            else:
                yield item


def poll_once(
    store: Store,
    sources: Sequence[str],
    state: FeedState,
    open_extractor: Callable[[], Extractor],
    published: date | None = None,
    allow_private: bool = False,
) -> PollReport:
    """Fetch every feed once and ingest its new items; private addresses only with `allow_private`."""
    report = PollReport()
    for outcome in ingest(store, _feed_articles(sources, state, report, allow_private), open_extractor, published):
        if outcome.duplicate:
            report.duplicates += 1
        else:
            report.stored += 1
    state.save()
    return report


def watch(
    db_path: Path,
    sources: Sequence[str],
    every_s: float,
    open_extractor: Callable[[], Extractor],
    on_poll: Callable[[PollReport], None],
    polls: int | None = None,
    allow_private: bool = False,
) -> None:
    """Poll the feeds every `every_s` seconds (forever, or `polls` times)."""
    state = FeedState.load(db_path.with_name(db_path.name + ".feeds.json"))
    done = 0
    while polls is None or done < polls:
        started = time.monotonic()
        with Store.open(db_path) as store:
            on_poll(poll_once(store, sources, state, open_extractor, allow_private=allow_private))
        done += 1
        if polls is not None and done >= polls:
            break
        time.sleep(max(0.0, every_s - (time.monotonic() - started)))
