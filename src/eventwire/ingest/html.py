"""HTML pages to main text plus metadata (trafilatura), and HTML fragments to plain text."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

import trafilatura

from eventwire.ingest.encoding import decode_bytes

# Precision over recall: text that leaks in from "related stories" boxes and teasers turns
# into false events downstream, while a missed paragraph only loses some recall.
FAVOR_PRECISION = True

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_MARKERS = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ]
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(slots=True)
class PageText:
    """The main text trafilatura found in an HTML page, with the page's metadata."""

    text: str
    title: str | None
    url: str | None
    outlet: str | None
    published: date | None


def looks_like_html(text: str) -> bool:
    """True if the head of a text is an HTML document."""
    return _HTML_MARKERS.search(text[:4096]) is not None


def decode_html(data: bytes) -> str:
    """Decode an HTML page, using its <meta charset> when the bytes are not UTF-8."""
    match = _META_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii") if match else None
    if declared is not None:
        try:
            # A page whose bytes reached us as ASCII-compatible text cannot really be UTF-16/32.
            if codecs.lookup(declared).name.startswith(("utf-16", "utf-32")):
                declared = None
        except LookupError:
            declared = None
    return decode_bytes(data, fallback_encoding=declared)


def extract_page(html: str) -> PageText | None:
    """Main text and metadata of an HTML page; None when trafilatura finds no main text.

    The returned text is trafilatura's plain-text rendering of the main content, not the
    HTML source: offsets computed downstream index into this text.
    """
    text = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        with_metadata=False,
        favor_precision=FAVOR_PRECISION,
    )
    if not text or not text.strip():
        return None
    metadata = trafilatura.extract_metadata(html)
    return PageText(
        text=text,
        title=_clean_field(getattr(metadata, "title", None)),
        url=_clean_field(getattr(metadata, "url", None)),
        outlet=_clean_field(getattr(metadata, "sitename", None)),
        published=_parse_date(getattr(metadata, "date", None)),
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary): tags dropped, entities decoded, one line per block."""
    parser = _TextCollector()
    parser.feed(fragment)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


class _TextCollector(HTMLParser):
    """Collects text nodes, breaking lines at block elements and skipping scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            # Newlines inside a text node are layout, not paragraph breaks.
            self.parts.append(data.replace("\n", " "))


def _clean_field(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
