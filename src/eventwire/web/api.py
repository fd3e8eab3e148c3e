"""`POST /-/eventwire/extract` and `POST /-/eventwire/ingest`: off unless `eventwire serve --token`.

The extractor (spaCy pipeline and gazetteer) loads on the first request, in the one worker thread that
every later request uses too, since the gazetteer's SQLite connection belongs to the thread that opened it.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any

from datasette.utils.asgi import Request, Response  # type: ignore[import-untyped]

from ..errors import EventwireError
from ..extractor import Extractor
from ..records import Article

MAX_BODY_BYTES = 1_000_000


class ApiError(Exception):
    """A request the API refuses, with its HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error_response(error: ApiError) -> Response:
    """The JSON error body for a refused request."""
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
    return Response.json({"ok": False, "error": error.message}, status=error.status, headers=headers)


def check_token(request: Request, token: str | None) -> None:
    """403 when the server has no token, 401 unless the request bears it."""
    if not token:
        raise ApiError(403, "the extract and ingest endpoints are disabled: start eventwire serve with --token")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(401, "missing or wrong token: send Authorization: Bearer TOKEN")


async def read_json(request: Request) -> dict[str, Any]:
    """The JSON object of the body; 413 past MAX_BODY_BYTES (read no further), 400 if it is not an object."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise ApiError(413, f"body over {MAX_BODY_BYTES} bytes")
    body = bytearray()
    more = True
    while more:
        message = await request.receive()
        body += message.get("body", b"")
        more = message.get("more_body", False)
        if len(body) > MAX_BODY_BYTES:
            raise ApiError(413, f"body over {MAX_BODY_BYTES} bytes")
    try:
        document = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ApiError(400, f"body is not JSON: {error}") from error
    if not isinstance(document, dict):
        raise ApiError(400, "body must be a JSON object")
    return document


def _text(document: dict[str, Any], key: str, required: bool = False) -> str | None:
    value = document.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise ApiError(400, f"{key!r} must be a {'non-empty ' if required else ''}string")
    return value


def _published(document: dict[str, Any]) -> date | None:
    value = _text(document, "published")
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise ApiError(400, f"published {value!r} is not a date (YYYY-MM-DD)") from error


@lru_cache(maxsize=1)
def _worker() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-extract")


@lru_cache(maxsize=1)
def _extractor() -> Extractor:
    """The extractor, loaded once (call only in the worker thread)."""
    return Extractor.open()


class _Borrowed(Extractor):
    """The shared extractor handed to `ingest`, which closes what it opens: closing it does nothing."""

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        pass


def _extract(text: str, published: date | None) -> list[dict[str, Any]]:
    article = Article(id="request", doc="request", text=text, published=published)
    return [event.to_dict() for _, events in _extractor().extract([article], published) for event in events]


def _ingest(db_path: str, article: Article) -> dict[str, Any]:
    from ..store import Store
    from ..store.ingest import ingest

    shared = _extractor()
    with Store.open(db_path) as store:
        outcomes = list(ingest(store, [article], lambda: _Borrowed(shared.geo, shared.min_confidence)))
    outcome = outcomes[0]
    return {"ok": True, "article_id": outcome.id, "duplicate": outcome.duplicate, "mentions": outcome.mentions}


async def extract_events(request: Request) -> dict[str, Any]:
    """The events of {"text", "published"?}."""
    document = await read_json(request)
    text = _text(document, "text", required=True)
    assert text is not None
    published = _published(document)
    try:
        events = await asyncio.get_running_loop().run_in_executor(_worker(), _extract, text, published)
    except EventwireError as error:
        raise ApiError(500, str(error)) from error
    return {"ok": True, "events": events}


async def ingest_article(request: Request, db_path: Path | str) -> dict[str, Any]:
    """Store {"id", "url", "title", "published", "text"} with its events, as `eventwire ingest` does."""
    document = await read_json(request)
    text = _text(document, "text", required=True)
    assert text is not None
    ident = _text(document, "id") or ""
    url = _text(document, "url")
    article = Article(
        id=ident,
        doc=ident or url or "request",
        text=text,
        title=_text(document, "title"),
        url=url,
        published=_published(document),
        source="request",
    )
    try:
        return await asyncio.get_running_loop().run_in_executor(_worker(), _ingest, str(db_path), article)
    except EventwireError as error:
        raise ApiError(500, str(error)) from error
