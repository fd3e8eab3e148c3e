"""Reading what the user named (files, directories, stdin) into Articles, or Skips with a reason."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import PurePath
from typing import BinaryIO, Literal

from eventwire.errors import BadInput
from eventwire.ingest.clean import drop_invisible
from eventwire.ingest.encoding import decode_bytes
from eventwire.ingest.feeds import FeedItem, looks_like_feed, parse_feed
from eventwire.ingest.html import decode_html, extract_page, looks_like_html
from eventwire.ingest.language import is_english
from eventwire.ingest.published import with_published
from eventwire.records import Article, Skip
from eventwire.terminal import path_name

InputKind = Literal["text", "html", "feed", "jsonl"]

STDIN = "-"
DEFAULT_MAX_BYTES = 5_000_000
# Per-article text limit, which bounds memory and time: 100,000 characters take about 7 s and
# 0.9 GB at peak (one core, the sm model); a 730,000-character paragraph took 45 s and 2.2 GB.
# News articles are rarely above 20,000 characters.
DEFAULT_MAX_CHARS = 100_000
SUFFIX_KINDS: dict[str, InputKind] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
DEFAULT_SUFFIXES: frozenset[str] = frozenset(SUFFIX_KINDS)
# A first line longer than this is a paragraph, not a headline.
MAX_TITLE_CHARS = 200
# JSON escapes can spell lone surrogates ("\ud800"), which no encoder (SQLite's, the terminal's) accepts.
_SURROGATES = re.compile("[\ud800-\udfff]")
# Whitespace plus the invisible characters a text of "nothing" is sometimes made of.
_BLANK_CHARS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2028\u2029\ufeff\u200b\u200c\u200d\u2060"


@dataclass(frozen=True, slots=True)
class Limits:
    """Size limits of one reading run: bytes per input file, characters per article text."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS


def iter_inputs(
    paths: Sequence[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    suffixes: Collection[str] = DEFAULT_SUFFIXES,
) -> Iterator[Article | Skip]:
    """Articles from files, directories (recursive, by suffix) and stdin ("-"); a Skip for each bad input.

    Never raises for a bad input: every problem becomes a Skip with a one-line reason. A file over
    `max_bytes` is not read; an article whose text is over `max_chars` is skipped as too long.
    """
    wanted = frozenset(suffix.lower() for suffix in suffixes)
    limits = Limits(max_bytes, max_chars)
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(limits)
        elif os.path.isdir(path):
            yield from _read_directory(path, limits, wanted)
        else:
            yield from _read_file(path, limits, _suffix_kind(path))


def content_id(text: str) -> str:
    """Content-hash id of a text: the first 16 hex digits of its SHA-1."""
    # surrogatepass: JSON strings may carry lone surrogates, which strict UTF-8 refuses.
    return hashlib.sha1(text.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:16]


def _read_directory(root: str, limits: Limits, suffixes: frozenset[str]) -> Iterator[Article | Skip]:
    found = False
    for item in _walk(root, suffixes, visited=set()):
        if isinstance(item, Skip):
            yield item
            continue
        found = True
        yield from _read_file(item, limits, _suffix_kind(item))
    if not found:
        yield Skip(path_name(root), f"no input files ({', '.join(sorted(suffixes))}) in directory")


def _walk(directory: str, suffixes: frozenset[str], visited: set[str]) -> Iterator[str | Skip]:
    """Input file paths under a directory, sorted, hidden names skipped, each real directory once."""
    real = os.path.realpath(directory)
    # Symlinks may point back up the tree; the real path breaks the loop.
    if real in visited:
        return
    visited.add(real)
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield Skip(path_name(directory), _os_reason(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(directory, entry.name)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, suffixes, visited)
        elif PurePath(entry.name).suffix.lower() in suffixes:
            if _is_special(path):
                # A FIFO or a device found by walking would block the run or never end; one named
                # on the command line is read, as the user asked for it.
                yield Skip(path_name(path), "not a regular file")
            else:
                # Broken symlinks are yielded too, so that reading them reports why.
                yield path


def _is_special(path: str) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode)


def _read_file(path: str, limits: Limits, kind: InputKind | None) -> Iterator[Article | Skip]:
    max_bytes = limits.max_bytes
    # The name stored and shown; a name that is not UTF-8 must not stop the run (SQLite refuses it raw).
    name = path_name(path)
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            yield Skip(name, f"over size limit ({size} bytes > {max_bytes})")
            return
        with open(path, "rb") as handle:
            # Read one byte past the limit: devices and pipes report no size up front.
            data = handle.read(max_bytes + 1)
    except OSError as error:
        yield Skip(name, _os_reason(error))
        return
    if len(data) > max_bytes:
        yield Skip(name, f"over size limit (more than {max_bytes} bytes)")
        return
    yield from _read_bytes(data, name, kind, limits)


def _read_stdin(limits: Limits) -> Iterator[Article | Skip]:
    max_bytes = limits.max_bytes
    stream: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield Skip(STDIN, "standard input is not available")
        return
    try:
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            # Nothing more is read: stdin may never end (`< /dev/zero`, a stuck producer).
            yield Skip(STDIN, f"over size limit (more than {max_bytes} bytes)")
            return
    except OSError as error:
        yield Skip(STDIN, _os_reason(error))
        return
    yield from _read_bytes(data, STDIN, None, limits)


def _read_bytes(data: bytes, source: str, kind: InputKind | None, limits: Limits) -> Iterator[Article | Skip]:
    """Articles from one input's bytes; `kind` None means sniff it from the content."""
    if not data.strip():
        yield Skip(source, "empty")
        return
    try:
        text = decode_html(data) if kind in ("html", None) else decode_bytes(data)
    except BadInput as error:
        if kind == "jsonl" and _has_json_line(data):
            # One corrupt line (NUL bytes, a binary blob) must not cost the good records around it.
            yield from _read_jsonl_lines(data, source, limits)
        else:
            yield Skip(source, str(error))
        return
    if _is_blank(text):
        yield Skip(source, "empty")
        return
    if kind is None:
        kind = _sniff(text)
    if kind == "text":
        yield _accept(_text_article(text, source), source, limits)
    elif kind == "html":
        yield _read_html(text, source, limits)
    elif kind == "feed":
        yield from _read_feed(data, source, limits)
    else:
        yield from _read_jsonl((line.strip() for line in text.split("\n")), source, limits)


def _text_article(text: str, source: str) -> Article:
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = first_line if len(first_line) < MAX_TITLE_CHARS else None
    return Article(id=content_id(text), doc=source, text=text, title=title, source=source)


def _read_html(html: str, source: str, limits: Limits) -> Article | Skip:
    try:
        page = extract_page(html)
    except Exception as error:
        # trafilatura and lxml raise many undocumented exception types (and RecursionError)
        # on hostile markup; one bad page must become a Skip, not end the whole run.
        return Skip(source, f"HTML extraction failed ({type(error).__name__}: {error})")
    if page is None:
        return Skip(source, "no main text found")
    article = Article(
        id=content_id(page.text),
        doc=source,
        text=page.text,
        title=page.title,
        url=page.url,
        outlet=page.outlet,
        published=page.published,
        source=source,
    )
    return _accept(article, source, limits)


def read_bytes(
    data: bytes, source: str, kind: InputKind | None = None, *, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | Skip]:
    """Articles of one input given as bytes (a fetched URL), or Skips; `kind` None sniffs it from the content."""
    return _read_bytes(data, source, kind, Limits(len(data), max_chars))


def read_feed(data: bytes, source: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | Skip]:
    """Articles of an RSS/Atom feed given as bytes (fetched by `eventwire watch`), or Skips."""
    return _read_feed(data, source, Limits(len(data), max_chars))


def _read_feed(data: bytes, source: str, limits: Limits) -> Iterator[Article | Skip]:
    try:
        items = list(parse_feed(data, source))
    except Exception as error:
        # feedparser is meant never to raise, but its lenient parsers see hostile input;
        # a broken feed must become a Skip, not end the whole run.
        yield Skip(source, f"feed parsing failed ({type(error).__name__}: {error})")
        return
    for item in items:
        if isinstance(item, FeedItem):
            yield _accept(_feed_article(item, source), item.key, limits)
        else:
            yield item


def _feed_article(item: FeedItem, source: str) -> Article:
    return Article(
        id=content_id(item.key),
        doc=item.key,
        text=item.text,
        title=item.title,
        url=item.url,
        outlet=item.outlet,
        published=item.published,
        source=source,
    )


def _has_json_line(data: bytes) -> bool:
    """Whether any line of undecodable bytes is a JSON object: then it is JSON Lines with bad lines."""
    for raw in data.split(b"\n"):
        line = raw.strip()
        if line.startswith(b"{") and line.endswith(b"}"):
            try:
                if isinstance(json.loads(line.decode("utf-8")), dict):
                    return True
            except (ValueError, RecursionError):  # not UTF-8, not JSON, a number past int()'s digit limit
                continue
    return False


def _read_jsonl_lines(data: bytes, source: str, limits: Limits) -> Iterator[Article | Skip]:
    """JSON Lines decoded line by line (JSON text is UTF-8); a line that is not text becomes a Skip."""
    lines: list[str | None] = []
    for raw in data.split(b"\n"):
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            lines.append(None)
            continue
        lines.append(None if "\x00" in line else line)
    return _read_jsonl(iter(lines), source, limits)


def _read_jsonl(lines: Iterator[str | None], source: str, limits: Limits) -> Iterator[Article | Skip]:
    """Articles of JSON Lines, one per line; None stands for a line that is not text."""
    # Lines are split on "\n" only: str.splitlines also splits at U+2028, which JSON strings may contain.
    for lineno, line in enumerate(lines, start=1):
        where = f"{source}:{lineno}"
        if line is None:
            yield Skip(where, "binary line (not UTF-8 text)")
            continue
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skip(where, f"malformed JSON: {error.msg} (column {error.colno})")
            continue
        except RecursionError:
            yield Skip(where, "malformed JSON: nested too deeply")
            continue
        except ValueError:  # a number past Python's 4,300-digit limit for int()
            yield Skip(where, "malformed JSON: a number is too long")
            continue
        if not isinstance(record, dict):
            yield Skip(where, f"malformed JSON: expected an object, got {type(record).__name__}")
            continue
        body = record.get("text")
        body = _valid_text(body) if isinstance(body, str) else body
        if not isinstance(body, str) or _is_blank(body):
            yield Skip(where, "empty" if isinstance(body, str) or body is None else "text is not a string")
            continue
        url = _string_field(record.get("url"))
        doc = _string_field(record.get("id")) or url or where
        article = Article(
            id=content_id(body),
            doc=doc,
            text=body,
            title=_string_field(record.get("title")),
            url=url,
            outlet=_string_field(record.get("outlet")),
            published=_parse_published(record.get("published")),
            source=source,
        )
        yield _accept(article, where, limits)


def _accept(article: Article, source: str, limits: Limits) -> Article | Skip:
    """The article with invisible characters dropped, or a Skip when its text is empty, too long or not English."""
    text = drop_invisible(article.text)
    if text != article.text:
        article = replace(article, text=text)
    if _is_blank(article.text):
        return Skip(source, "empty")
    if len(article.text) > limits.max_chars:
        return Skip(source, f"too long ({len(article.text)} characters > {limits.max_chars}; see --max-chars)")
    english, ratio = is_english(article.text)
    if not english:
        return Skip(source, f"not English (english stopword ratio {ratio:.2f})")
    return with_published(article)


def _is_blank(text: str) -> bool:
    stripped = text.strip()
    return not stripped or not stripped.strip(_BLANK_CHARS)


def _sniff(text: str) -> InputKind:
    head = text.lstrip()[:4096]
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<"):
        if looks_like_feed(head):
            return "feed"
        if looks_like_html(head):
            return "html"
    return "text"


def _suffix_kind(path: str) -> InputKind | None:
    return SUFFIX_KINDS.get(PurePath(path).suffix.lower())


def _string_field(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return _valid_text(str(value)).strip() or None


def _valid_text(value: str) -> str:
    """The string with each lone surrogate replaced by U+FFFD, one character for one, so offsets hold."""
    return _SURROGATES.sub("\ufffd", value) if _SURROGATES.search(value) else value


def _parse_published(value: object) -> date | None:
    """A JSONL `published` value as a date; None when absent or not ISO 8601."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return None


def _os_reason(error: OSError) -> str:
    return error.strerror or str(error)
