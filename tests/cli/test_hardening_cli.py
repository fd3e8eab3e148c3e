"""Hardening round two (issue 14) through the CLI: odd file names, forged lines, endless stdin."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from click.testing import Result
from spacy.language import Language

from eventwire import geoparse

RunCli = Callable[..., Result]
SEED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seed" / "000_773db53a13bc0aed.txt"
SKIP_LINE = re.compile(r"^skipped (.+?): (.+)$")


@pytest.fixture
def ingest_cli(run_cli: RunCli, gazetteer_path: Path, nlp: Language) -> Callable[[Sequence[str]], Result]:
    def run(args: Sequence[str]) -> Result:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(geoparse, "build_pipeline", lambda config=None, gazetteer=None: nlp)
            return run_cli(["ingest", "--gazetteer", str(gazetteer_path), *args])

    return run


def _put(directory: Path, name: bytes, data: bytes) -> None:
    with open(os.path.join(os.fsencode(directory), name), "wb") as handle:
        handle.write(data)


@pytest.mark.skipif(not SEED.is_file(), reason="shared corpus not present")
def test_ingest_goes_on_past_odd_file_names_and_prints_them_escaped(
    tmp_path: Path, ingest_cli: Callable[[Sequence[str]], Result]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    _put(inputs, b"r\xe9sum\xe9.txt", SEED.read_bytes())
    # Empty files whose names would forge a second line, rewrite this one, or retitle the terminal.
    _put(inputs, b"a\nskipped forged.txt: looks real.txt", b"")
    _put(inputs, b"b\r\x1b[2K\x1b]0;owned\x07.txt", b"")
    _put(inputs, b"c\xff\xfe.txt", b"")
    db = tmp_path / "events.db"
    result = ingest_cli([str(inputs), "--db", str(db)])
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 4, lines
    assert all(SKIP_LINE.match(line) for line in lines[:3])
    assert not any(ch in result.stderr for ch in "\r\x1b\x07")
    assert f"skipped {inputs}/a\\nskipped forged.txt: looks real.txt: empty" in lines
    assert f"skipped {inputs}/c\\xff\\xfe.txt: empty" in lines
    assert lines[-1].startswith("1 stored, 0 skipped as duplicate, 3 skipped as bad (empty 3)")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT doc FROM articles").fetchall() == [(f"{inputs}/r\\xe9sum\\xe9.txt",)]
    # A rerun finds it stored: it does not stop at the same file.
    again = ingest_cli([str(inputs), "--db", str(db)])
    assert again.exit_code == 0 and again.stderr.splitlines()[-1].startswith("0 stored, 1 skipped as duplicate")
