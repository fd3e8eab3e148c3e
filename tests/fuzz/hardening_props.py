"""Strategies and properties for fuzzing what eventwire takes from outside without a model (issue 14).

Shared by tests/fuzz/test_fuzz_hardening.py (a short default run) and `scripts/fuzz.py --target inputs`
(long sessions). Each `check_*` raises AssertionError when a property breaks; any other exception
is a crash.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import re
import tempfile
from pathlib import Path

from hypothesis import strategies as st

from eventwire.csvsafe import CsvNeutraliser, is_formula, safe_cell
from eventwire.ingest.readers import iter_inputs, read_bytes
from eventwire.records import Article, Skip
from eventwire.terminal import printable
from eventwire.watch import FeedState
from eventwire.web.api import ApiError, parse_json

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
HEADER_VALUE = re.compile(r"[\t\x20-\x7e\x80-\xff]*")
# Pieces that broke things once, or are meant to: deep nesting, huge numbers, escapes, markup, BOMs.
HOSTILE_PIECES = [
    b"[" * 3000,
    b"{" * 50,
    b'{"text": ' + b"9" * 5000 + b"}",
    b'{"text": "\\ud800"}',
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"<rss><channel><item><link>javascript:x</link></item></channel></rss>",
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]><x>&a;&a;</x>",
    b"<html><body><p>",
    b"\x1b]0;title\x07",
    b"\r\nskipped forged: x\r\n",
    b'=HYPERLINK("http://x")',
    b"\xe2\x80\xae",  # RLO
    b"\xc2\xad",  # soft hyphen
    b"Police arrested 40 protesters in Nairobi on Monday, officials said. ",
]


def hostile_bytes() -> st.SearchStrategy[bytes]:
    """Bytes made of hostile pieces and random ones."""
    piece = st.one_of(st.sampled_from(HOSTILE_PIECES), st.binary(max_size=64))
    return st.lists(piece, max_size=12).map(b"".join)


def check_printable(text: str) -> None:
    shown = printable(text)
    assert "\n" not in shown and "\r" not in shown and not CONTROL.search(shown), repr(shown)
    shown.encode("utf-8")


def check_csv_stream(rows: list[list[str]], cuts: list[int]) -> None:
    """A CSV stream cut anywhere comes out as if each cell had gone through `safe_cell`."""
    text, expected = _csv(rows), _csv([[safe_cell(cell) for cell in row] for row in rows])
    points = sorted({min(c, len(text)) for c in cuts})
    edges = [0, *points, len(text)]
    neutraliser = CsvNeutraliser()
    out = "".join(neutraliser.feed(text[a:b]) for a, b in itertools.pairwise(edges)) + neutraliser.close()
    assert out == expected
    assert not any(is_formula(cell) for row in csv.reader(io.StringIO(out)) for cell in row)


def _csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def check_api_json(body: bytes) -> None:
    """The API's JSON parser answers a value or a 400, never anything else."""
    try:
        parse_json(body)
    except ApiError as error:
        assert error.status == 400 and "\n" not in error.message


def check_read_bytes(data: bytes, kind: str | None) -> None:
    """Any bytes become Articles and Skips with one-line reasons; nothing raises."""
    for item in read_bytes(data, "fuzz", kind, max_chars=20_000):  # type: ignore[arg-type]
        assert isinstance(item, Article | Skip)
        if isinstance(item, Skip):
            check_printable(item.reason)
        else:
            item.doc.encode("utf-8", "surrogatepass")


def check_feed_state(content: bytes) -> None:
    """Whatever the state file holds, loading gives header values that can be sent, and saving works."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.db.feeds.json"
        path.write_bytes(content)
        state = FeedState.load(path)
        for known in state.headers.values():
            assert all(HEADER_VALUE.fullmatch(value) for value in known.values()), known
        state.save()
        assert isinstance(json.loads(path.read_text("utf-8")), dict)


def file_names() -> st.SearchStrategy[bytes]:
    """File names as the file system allows them: any bytes but "/" and NUL, not "." or ".."."""
    name = st.binary(min_size=1, max_size=60).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_"))
    return name.filter(lambda b: b not in (b".", b"..") and not b.startswith(b".")).map(lambda b: b + b".txt")


def check_file_name(name: bytes, data: bytes) -> None:
    """A file of any name is read or skipped under a name that stores and prints."""
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(os.fsencode(tmp), name), "wb") as handle:
            handle.write(data)
        items = list(iter_inputs([tmp]))
    assert items
    for item in items:
        shown = item.doc if isinstance(item, Article) else item.source
        shown.encode("utf-8")  # SQLite and the terminal accept it
        check_printable(shown)
