"""What `eventwire ingest` reads: paths (files, directories, stdin) and http(s) URLs, in the order given.

A URL is fetched with the safe fetcher (`eventwire.ingest.fetch`), then read like a file of the kind
its Content-Type (else its path's suffix, else its content) says. A URL that is refused or fails
becomes a Skip with the one-line reason, like any other bad input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from urllib.parse import urlsplit

from ..errors import BadInput
from ..records import Article, Skip
from .fetch import DEFAULT_LIMITS, FetchLimits, fetch_url
from .readers import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, SUFFIX_KINDS, InputKind, iter_inputs, read_bytes

# "scheme://": a URL, whatever its scheme (so that file:// or ftp:// is refused, not read as a path).
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
CONTENT_TYPE_KINDS: dict[str, InputKind] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/json": "jsonl",
    "text/plain": "text",
}


def is_url(source: str) -> bool:
    """Whether an input names a URL (any scheme) rather than a path."""
    return bool(_URL.match(source))


def url_kind(url: str, content_type: str) -> InputKind | None:
    """The kind of a fetched URL's body: by media type, else by the path's suffix; None to sniff it."""
    kind = CONTENT_TYPE_KINDS.get(content_type)
    if kind is not None:
        return kind
    path = urlsplit(url).path.lower()
    suffix = path[path.rfind(".") :] if "." in path.rsplit("/", 1)[-1] else ""
    return SUFFIX_KINDS.get(suffix)


def agreeing_kind(declared: InputKind | None, body: bytes) -> InputKind | None:
    """The declared kind when the body's first bytes agree with it; else None, to sniff the content.

    Servers mislabel: an RSS feed served as text/plain would be stored as raw XML, and a text served
    as application/json would give one "malformed JSON" skip per line.
    """
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    markup = head.startswith(b"<")
    if declared == "jsonl" and not head.startswith(b"{"):
        return None
    if (declared == "text" and markup) or (declared == "feed" and not markup):
        return None
    return declared


def read_url(
    url: str, *, allow_private: bool = False, limits: FetchLimits = DEFAULT_LIMITS, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | Skip]:
    """The articles at an http(s) URL, or one Skip with the reason it was refused or failed."""
    try:
        fetched = fetch_url(url, allow_private=allow_private, limits=limits)
    except BadInput as error:
        yield Skip(url, str(error))
        return
    kind = agreeing_kind(url_kind(fetched.url, fetched.content_type), fetched.body or b"")
    for item in read_bytes(fetched.body or b"", url, kind, max_chars=max_chars):
        # A page or a text (one article) that names no URL of its own is identified by the one it
        # came from; feed and JSONL items keep theirs, or they would all share the feed's URL.
        if isinstance(item, Article) and kind in ("html", "text") and item.url is None:
            item = replace(item, url=fetched.url)
        yield item


def iter_sources(
    sources: Sequence[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    allow_private: bool = False,
    limits: FetchLimits | None = None,
) -> Iterator[Article | Skip]:
    """Articles from paths and URLs in the order given; a Skip with a reason for each bad input."""
    fetch_limits = limits or FetchLimits(max_bytes=max_bytes)
    paths: list[str] = []
    for source in sources:
        if not is_url(source):
            paths.append(source)
            continue
        if paths:
            yield from iter_inputs(paths, max_bytes=max_bytes, max_chars=max_chars)
            paths = []
        yield from read_url(source, allow_private=allow_private, limits=fetch_limits, max_chars=max_chars)
    if paths:
        yield from iter_inputs(paths, max_bytes=max_bytes, max_chars=max_chars)
