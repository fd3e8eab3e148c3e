"""Server security: read-only by default, no arbitrary SQL by default, body limit, safe links, parameterised SQL."""

from __future__ import annotations

import ast
import asyncio
import hmac
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.store import Store
from eventwire.web import api
from eventwire.web.app import TOKEN_ENV, build_datasette
from eventwire.web.plugin import SERVE_BUSY_TIMEOUT_MS, http_url

TOKEN = "s3cret-token"
SRC = Path(__file__).resolve().parents[2] / "src" / "eventwire"
OVER_LIMIT = b'{"text": "' + b"a" * (api.MAX_BODY_BYTES + 10) + b'"}'


def _get(ds: Any, path: str) -> Any:
    return asyncio.run(ds.client.get(path))


def _post(ds: Any, path: str, **kwargs: Any) -> Any:
    return asyncio.run(ds.client.post(path, **kwargs))


def _counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as conn:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "mentions")
        )  # type: ignore[return-value]


# Arbitrary SQL and downloads ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/{db}.json?sql=select+count(*)+from+articles", "/{db}?sql=select+1", "/{db}/events.json?_where=1=1"],
)
def test_arbitrary_sql_is_refused_unless_allowed(served_db: Path, path: str) -> None:
    url = path.format(db=served_db.stem)
    assert _get(build_datasette(served_db), url).status_code == 403
    assert _get(build_datasette(served_db, allow_sql=True), url).status_code == 200


def test_browsing_needs_no_sql_permission(served_db: Path) -> None:
    ds = build_datasette(served_db)
    db = served_db.stem
    for path in (f"/{db}/events", f"/{db}/events.json?type=ASSAULT", f"/{db}/event_list?_search=missiles"):
        assert _get(ds, path).status_code == 200, path
    assert "View and edit SQL" not in _get(ds, f"/{db}/events").text


def test_database_file_cannot_be_downloaded(served_db: Path) -> None:
    assert _get(build_datasette(served_db), f"/{served_db.stem}.db").status_code in (403, 404)


# Writes ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/{db}", "/{db}/events", "/-/messages", "/-/logout", "/-/eventwire/map"])
@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_only_the_api_takes_a_write_method(db_copy: Path, path: str, method: str) -> None:
    before = _counts(db_copy)
    ds = build_datasette(db_copy, token=False)
    response = asyncio.run(ds.client.request(method, path.format(db=db_copy.stem), json={"sql": "DELETE FROM events"}))
    assert response.status_code == 405 and "GET" in response.headers["allow"]
    assert _counts(db_copy) == before


def test_api_writes_nothing_without_the_token(db_copy: Path) -> None:
    before = _counts(db_copy)
    text = "Rebels attacked a police post in Mosul on Monday, killing two officers."
    response = _post(build_datasette(db_copy), "/-/eventwire/ingest", json={"text": text})
    assert response.status_code == 403
    assert _counts(db_copy) == before


def test_token_is_compared_in_constant_time(served_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(api.hmac, "compare_digest", spy)
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    response = _post(
        build_datasette(served_db, token=True),
        "/-/eventwire/extract",
        content=b"[]",
        headers={"Authorization": "Bearer nearly-the-token"},
    )
    assert response.status_code == 401
    assert compared == [(b"nearly-the-token", TOKEN.encode())]


# Body limit -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/-/eventwire/ingest", "/-/eventwire/extract"])
def test_body_over_the_limit_is_413(served_db: Path, monkeypatch: pytest.MonkeyPatch, path: str) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    response = _post(
        build_datasette(served_db, token=True),
        path,
        content=OVER_LIMIT,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json() == {"ok": False, "error": f"body over {api.MAX_BODY_BYTES} bytes"}


def test_chunked_body_over_the_limit_is_413(served_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    sent: list[int] = []

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(OVER_LIMIT), 100_000):
            sent.append(start)
            yield OVER_LIMIT[start : start + 100_000]

    response = _post(
        build_datasette(served_db, token=True),
        "/-/eventwire/extract",
        content=chunks(),
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 413
    # Refused as soon as the limit was passed, not after reading everything.
    assert len(sent) <= api.MAX_BODY_BYTES // 100_000 + 1


def test_every_answer_says_nosniff_and_no_framing(served_db: Path) -> None:
    ds = build_datasette(served_db)
    for path in ("/", f"/{served_db.stem}/events.json", "/-/eventwire/map", "/-/eventwire/event/nope"):
        response = _get(ds, path)
        assert response.headers["x-content-type-options"] == "nosniff", path
        assert response.headers["x-frame-options"] == "DENY", path


# Busy timeouts --------------------------------------------------------------------------------------------


def test_server_and_store_connections_wait_for_locks(served_db: Path) -> None:
    ds = build_datasette(served_db)

    async def timeouts() -> list[int]:
        db = ds.get_database()
        read = await db.execute("PRAGMA busy_timeout")
        write = await db.execute_write_fn(lambda conn: conn.execute("PRAGMA busy_timeout").fetchone())
        return [read.first()[0], write[0]]

    assert asyncio.run(timeouts()) == [SERVE_BUSY_TIMEOUT_MS, SERVE_BUSY_TIMEOUT_MS]
    with Store.open(served_db) as store:
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 30_000
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# Links ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://example.org/a?b=1&c=<2>", "https://example.org/a?b=1&c=<2>"),
        ("http://example.org/", "http://example.org/"),
        ("javascript:alert(1)", ""),
        ("JaVaScRiPt:alert(1)", ""),
        ("  javascript:alert(1)", ""),
        ("java\tscript:alert(1)", ""),
        ("https://example.org/\nx", ""),
        ("data:text/html,<script>alert(1)</script>", ""),
        ("vbscript:msgbox(1)", ""),
        ("//evil.example/", ""),
        (None, ""),
    ],
)
def test_only_http_urls_become_links(url: str | None, link: str) -> None:
    assert http_url(url) == link


def test_event_page_never_links_a_javascript_url(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        article, event = conn.execute(
            "SELECT m.article_id, em.event_id FROM mentions m JOIN event_mentions em ON em.mention_id = m.id LIMIT 1"
        ).fetchone()
        conn.execute(
            "UPDATE articles SET url = ?, title = NULL WHERE id = ?", ["javascript:alert(document.domain)", article]
        )
    html = _get(build_datasette(db_copy), f"/-/eventwire/event/{event}").text
    assert 'href="javascript:' not in html.replace(" ", "").lower()
    assert "javascript:alert(document.domain)" in html  # shown as text


# Filters are data, never SQL ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["type=ASSAULT')+OR+1=1--", "country=IRQ'+OR+'1'='1", "actor=%25'+OR+1=1+--", "actor=x%22;DROP+TABLE+events;--"],
)
def test_filter_values_are_parameters_not_sql(db_copy: Path, query: str) -> None:
    before = _counts(db_copy)
    html = _get(build_datasette(db_copy), f"/-/eventwire/map?{query}").text
    assert 'class="marker"' not in html
    assert _counts(db_copy) == before


# Every SQL string is a constant or built from audited pieces (placeholders, table and column constants).
AUDITED_NAMES = frozenset(
    {
        "clause",  # EventFilter.where(): fixed text with ? placeholders
        "columns",  # web.queries: column lists written in the code
        "extra",  # web.queries: GROUP BY clauses written in the code
        "in_part",  # merging: "mention_id IN (?, ?, ...)"
        "q",  # marks(...): "?, ?, ..."
        "table",  # a name from a tuple literal, or checked against store.schema.TABLES
        "column",  # prepare.BROWSE_INDEXES
        "names",  # quoted column names of a row written by the code
        "marks",  # resolve.gazetteer: "?, ?, ..." for an IN list
        "tally",  # web.tallies.tally_for: one of that module's tally constants, or None
        "grouping",  # web.summary: a Grouping constant of that module (its fields are SQL written there)
    }
)
SQL_CALLS = frozenset({"execute", "executemany", "executescript", "dict_rows", "_rows", "_filtered"})


def _sql_argument(call: ast.Call) -> ast.expr | None:
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    if name not in SQL_CALLS or not call.args:
        return None
    # dict_rows(db, sql, ...) and _rows(conn, sql, ...) take the connection first.
    index = 1 if name in ("dict_rows", "_rows") else 0
    return call.args[index] if len(call.args) > index else None


def _unsafe_parts(node: ast.expr) -> list[str]:
    if isinstance(node, ast.JoinedStr):
        bad = []
        for value in node.values:
            if not isinstance(value, ast.FormattedValue):
                continue
            inner = value.value
            if isinstance(inner, ast.Name) and (inner.id.isupper() or inner.id in AUDITED_NAMES):
                continue
            if isinstance(inner, ast.Attribute) and getattr(inner.value, "id", "") in AUDITED_NAMES:
                continue
            if isinstance(inner, ast.Call) and getattr(inner.func, "id", "") in ("marks", "int"):
                continue
            bad.append(ast.unparse(inner))
        return bad
    if isinstance(node, ast.BinOp):
        return [ast.unparse(node)]  # "..." + value or "..." % value
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        args = [*node.args, *(k.value for k in node.keywords)]
        if all(isinstance(a, ast.Call) and getattr(a.func, "id", "") == "marks" for a in args):
            return []
        return [ast.unparse(node)]
    return []


def test_sql_in_the_package_interpolates_only_audited_pieces() -> None:
    found: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (sql := _sql_argument(node)) is not None:
                found += [f"{path.relative_to(SRC)}:{node.lineno}: {part}" for part in _unsafe_parts(sql)]
    assert found == []


def test_serve_documents_its_security_options() -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--allow-sql" in result.output and "Read-only unless --token" in result.output
