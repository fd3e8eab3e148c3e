"""Content-hash ids: the same article, mention or merged event always gets the same id."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..records import Article, Event

ID_CHARS = 16


def content_hash(text: str) -> str:
    """The first 16 hex digits of the SHA-1 of a text."""
    # surrogatepass: JSON strings may carry lone surrogates, which strict UTF-8 refuses.
    return hashlib.sha1(text.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:ID_CHARS]


def normalise_url(url: str) -> str:
    """A URL with lowercase scheme and host, no fragment and no utm_* tracking parameters."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith("utm_")]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, urlencode(query), ""))


def article_id(article: Article) -> str:
    """The store id of an article: a hash of its normalised URL when it has one, else of its text."""
    if article.url and article.url.strip():
        return content_hash("url:" + normalise_url(article.url))
    return content_hash("text:" + article.text)


def mention_id(article: str, event: Event) -> str:
    """The id of one document-level event of an article: article, type and evidence offsets."""
    spans = ",".join(f"{e.start}-{e.end}" for e in event.evidence)
    return content_hash(f"{article}|{event.type}|{spans}")


def event_id(mention_ids: Iterable[str]) -> str:
    """The id of a merged event: a hash of its sorted mention ids, whatever the ingest order."""
    return content_hash("event:" + ",".join(sorted(mention_ids)))
