"""`eventwire ingest URL`: fetched with the safe fetcher; a refused URL is a skipped input, not an error."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from http_support import ARTICLE, LocalServer, Route
from spacy.language import Language

from eventwire import geoparse
from eventwire.cli import main


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    local = LocalServer()
    local.routes["/story.txt"] = Route(body=ARTICLE.encode(), headers={"Content-Type": "text/plain"})
    with local.running():
        yield local


def _ingest(args: Sequence[str], gazetteer_path: Path, nlp: Language) -> Result:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(geoparse, "build_pipeline", lambda config=None, gazetteer=None: nlp)
        return CliRunner().invoke(main, ["ingest", "--gazetteer", str(gazetteer_path), "--no-progress", *args])


def test_ingest_skips_a_loopback_url_with_the_reason(server: LocalServer, tmp_path: Path, gazetteer_path: Path) -> None:
    db = tmp_path / "x.db"
    # No article gets through, so the pipeline is never built: no `nlp` needed.
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), "--no-progress", server.url("/story.txt")])
    assert result.exit_code == 1, result.output  # every input was skipped
    assert f"skipped {server.url('/story.txt')}: 127.0.0.1 is a loopback address" in result.stderr
    assert "0 stored" in result.stderr and "1 skipped as bad" in result.stderr
    assert server.hits == []


def test_ingest_stores_a_url_with_allow_private(
    server: LocalServer, tmp_path: Path, gazetteer_path: Path, nlp: Language
) -> None:
    db = tmp_path / "y.db"
    url = server.url("/story.txt")
    result = _ingest(["--db", str(db), "--allow-private", url, "file:///etc/passwd"], gazetteer_path, nlp)
    assert result.exit_code == 0, result.output
    assert "1 stored" in result.stderr and "skipped file:///etc/passwd: only http(s)" in result.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url, text FROM articles").fetchall()
        types = {r[0] for r in conn.execute("SELECT type FROM events")}
    assert rows == [(url, ARTICLE)]
    assert "ASSAULT" in types


@pytest.mark.parametrize("command", ["ingest", "watch"])
def test_fetching_commands_offer_allow_private(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "--allow-private" in result.output
