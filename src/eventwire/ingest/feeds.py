"""RSS/Atom feeds to items, with XML bombs and external entities refused before parsing."""

from __future__ import annotations

import io
import ipaddress
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree
import feedparser
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from eventwire.ingest.html import html_to_text
from eventwire.records import Skip

_FEED_MARKERS = re.compile(r"<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]", re.IGNORECASE)
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(slots=True)
class FeedItem:
    """One feed entry: `key` is its id, else its link, else its position in the feed."""

    key: str
    text: str
    title: str | None
    url: str | None
    outlet: str | None
    published: date | None


def looks_like_feed(text: str) -> bool:
    """True if the head of a text is an RSS, Atom or RDF feed."""
    return _FEED_MARKERS.search(text[:4096]) is not None


def unsafe_xml_reason(data: bytes) -> str | None:
    """Why an XML document must not be parsed (entity bombs, external entities), or None."""
    try:
        defusedxml.ElementTree.fromstring(data)
    except EntitiesForbidden as error:
        # Any entity declaration is refused: feeds have no use for them, and they are how
        # billion-laughs bombs and SYSTEM "file:///..." disclosures work.
        if error.sysid or error.pubid:
            return f"unsafe XML: external entity {error.name!r} ({error.sysid or error.pubid}) is not allowed"
        return f"unsafe XML: entity declaration {error.name!r} is not allowed (entity expansion)"
    except ExternalReferenceForbidden as error:
        return f"unsafe XML: external reference ({error.sysid}) is not allowed"
    except DTDForbidden:
        return "unsafe XML: DTD is not allowed"
    except ParseError:
        # Not well formed, so expat may have stopped before a DTD further on; feedparser's
        # lenient parser would still read it, so refuse any entity declaration outright.
        if _ENTITY_DECLARATION.search(data):
            return "unsafe XML: entity declaration in a malformed document"
    return None


def parse_feed(data: bytes, source: str) -> Iterator[FeedItem | Skip]:
    """Items of an RSS/Atom feed; a Skip for the feed when unsafe or empty, or per entry without text."""
    reason = unsafe_xml_reason(data)
    if reason is not None:
        yield Skip(source, reason)
        return
    # A stream, never a str: feedparser treats a str as a URL or a file name to open.
    parsed: Any = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
        yield Skip(source, f"malformed feed: {problem}" if problem else "no feed entries found")
        return
    channel = parsed.get("feed", {})
    outlet = _text_field(channel.get("title"))
    site = _site(source) or _site(_text_field(channel.get("link")) or "")
    for position, entry in enumerate(entries, start=1):
        key = _text_field(entry.get("id")) or _text_field(entry.get("link")) or f"{source}#{position}"
        text = _entry_text(entry)
        if not text:
            yield Skip(key, "feed entry has no text")
            continue
        yield FeedItem(
            key=key,
            text=text,
            title=_text_field(entry.get("title")),
            url=own_url(_text_field(entry.get("link")), site),
            outlet=outlet,
            published=_entry_date(entry),
        )


def own_url(link: str | None, site: str | None) -> str | None:
    """The item's link when it is on the feed's own site (or the site is unknown), else None.

    A stored article is known by its URL, so an item that claims another outlet's URL would take
    that article's place: the real one would later be skipped as a duplicate of the feed's text.
    Such an item is kept, known by its text instead.
    """
    if link is None or site is None:
        return link
    host = _site(link)
    if host is None:
        return None
    if host == site:
        return link
    if _is_address(host) or _is_address(site):  # addresses have no subdomains
        return None
    return link if host.endswith("." + site) or site.endswith("." + host) else None


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _site(url: str) -> str | None:
    """The host of an http(s) URL, lower case, without "www."; None for anything else (a file path)."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return host.lower().removeprefix("www.")


def _entry_text(entry: Any) -> str:
    """The longest of the entry's content values and summary, as plain text."""
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        candidates.append((str(content.get("value") or ""), str(content.get("type") or "text/html")))
    summary = entry.get("summary_detail") or {}
    candidates.append((str(entry.get("summary") or ""), str(summary.get("type") or "text/html")))
    texts = [html_to_text(value) if kind in _HTML_TYPES else value.strip() for value, kind in candidates]
    return max(texts, key=len, default="")


def _entry_date(entry: Any) -> date | None:
    for field in ("published_parsed", "updated_parsed"):
        moment = entry.get(field)
        if moment is not None:
            try:
                return date(moment.tm_year, moment.tm_mon, moment.tm_mday)
            except (AttributeError, ValueError):
                continue
    return None


def _text_field(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None
