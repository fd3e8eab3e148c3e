"""Fuzzing what eventwire takes from outside (issue 14): terminal lines, CSV cells, API JSON, any bytes,
feed state files and file names. Short runs here; `python scripts/fuzz.py --target inputs` for long ones."""

from __future__ import annotations

import json

from hardening_props import (
    check_api_json,
    check_csv_stream,
    check_feed_state,
    check_file_name,
    check_printable,
    check_read_bytes,
    file_names,
    hostile_bytes,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
CELL = st.one_of(st.text(alphabet=st.sampled_from(list("=+-@\t\r\n\",ab 1.'")), max_size=8), st.text(max_size=6))


@FAST
@given(st.text())
def test_fuzz_printable(text: str) -> None:
    check_printable(text)


@FAST
@given(st.lists(st.lists(CELL, min_size=1, max_size=5), min_size=1, max_size=6), st.lists(st.integers(0, 200)))
def test_fuzz_csv_stream(rows: list[list[str]], cuts: list[int]) -> None:
    check_csv_stream(rows, cuts)


@FAST
@given(hostile_bytes())
def test_fuzz_api_json(body: bytes) -> None:
    check_api_json(body)


@FAST
@given(hostile_bytes(), st.sampled_from([None, "text", "html", "feed", "jsonl"]))
def test_fuzz_read_bytes(data: bytes, kind: str | None) -> None:
    check_read_bytes(data, kind)


STATE_JSON = st.recursive(st.none() | st.text(), lambda inner: st.dictionaries(st.text(), inner)).map(
    lambda value: json.dumps(value).encode()
)


@FAST
@given(st.one_of(hostile_bytes(), STATE_JSON))
def test_fuzz_feed_state(content: bytes) -> None:
    check_feed_state(content)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(file_names(), st.sampled_from([b"", b"Police arrested 40 protesters in Nairobi on Monday, officials said.\n"]))
def test_fuzz_file_names(name: bytes, data: bytes) -> None:
    check_file_name(name, data)
