"""`POST /-/eventwire/extract` and `POST /-/eventwire/ingest`: off unless `eventwire serve --token`.

The work runs in one worker process (`eventwire.parallel.Workers`, loaded on the first request),
so a long extraction never holds the server's event loop or its GIL, and the worker's main thread
can enforce `--time-limit` with its alarm. A text over `--max-chars` is refused before any work;
when `MAX_PENDING` requests are waiting for the worker, the next gets 503 at once instead of a
place in an endless queue.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from collections.abc import Callable, MutableMapping
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from datasette.utils.asgi import Request, Response  # type: ignore[import-untyped]

from ..errors import EventwireError
from ..ingest.readers import DEFAULT_MAX_CHARS
from ..parallel import ExtractorSpec, Workers, loaded_extractor
from ..records import Article
from ..timelimit import DEFAULT_TIME_LIMIT, TimedOut
from ..timing import Stopwatch

MAX_BODY_BYTES = 1_000_000
# Requests waiting for (or in) the worker; one more gets 503. Each holds its body (<= 1 MB).
MAX_PENDING = 4
T = TypeVar("T")


class ApiError(Exception):
    """A request the API refuses, with its HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class ApiLimits:
    """What one request may cost: characters of text, seconds of extraction."""

    max_chars: int = DEFAULT_MAX_CHARS
    time_limit: float = DEFAULT_TIME_LIMIT

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> ApiLimits:
        """The limits in the plugin's settings (`eventwire serve --max-chars/--time-limit`), else the defaults."""
        max_chars, time_limit = settings.get("max_chars"), settings.get("time_limit")
        return cls(
            DEFAULT_MAX_CHARS if max_chars is None else int(max_chars),
            DEFAULT_TIME_LIMIT if time_limit is None else float(time_limit),
        )


def error_response(error: ApiError) -> Response:
    """The JSON error body for a refused request."""
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
    return Response.json({"ok": False, "error": error.message}, status=error.status, headers=headers)


def token_refusal(authorization: str, token: str | None) -> ApiError | None:
    """403 when the server has no token, 401 unless the Authorization header bears it; None when allowed."""
    if not token:
        return ApiError(403, "the extract and ingest endpoints are disabled: start eventwire serve with --token")
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        return ApiError(401, "missing or wrong token: send Authorization: Bearer TOKEN")
    return None


def scope_refusal(scope: MutableMapping[str, Any], token: str | None) -> tuple[int, str] | None:
    """`token_refusal` for an ASGI scope, as the guard checks it before reading a body."""
    authorization = next(
        (bytes(v).decode("latin-1") for k, v in scope.get("headers", []) if bytes(k).lower() == b"authorization"), ""
    )
    refusal = token_refusal(authorization, token)
    return None if refusal is None else (refusal.status, refusal.message)


def check_token(request: Request, token: str | None) -> None:
    """403 when the server has no token, 401 unless the request bears it."""
    refusal = token_refusal(request.headers.get("authorization", ""), token)
    if refusal is not None:
        raise refusal


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
    document = parse_json(bytes(body))
    if not isinstance(document, dict):
        raise ApiError(400, "body must be a JSON object")
    return document


def parse_json(body: bytes) -> Any:
    """The JSON value of a body; 400 (never 500) for anything that is not one, however hostile."""
    try:
        return json.loads(body)
    except json.JSONDecodeError as error:
        raise ApiError(400, f"body is not JSON: {error.msg} (line {error.lineno}, column {error.colno})") from None
    except UnicodeDecodeError:
        raise ApiError(400, "body is not JSON: not UTF-8 text") from None
    except RecursionError:
        raise ApiError(400, "body is not JSON: nested too deeply") from None
    except ValueError:  # a number past Python's 4,300-digit limit for int()
        raise ApiError(400, "body is not JSON: a number is too long") from None


def _text(document: dict[str, Any], key: str, required: bool = False) -> str | None:
    value = document.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise ApiError(400, f"{key!r} must be a {'non-empty ' if required else ''}string")
    return value


def _body_text(document: dict[str, Any], limits: ApiLimits) -> str:
    text = _text(document, "text", required=True)
    assert text is not None
    if len(text) > limits.max_chars:
        raise ApiError(413, f"text over {limits.max_chars} characters (eventwire serve --max-chars)")
    return text


def _published(document: dict[str, Any]) -> date | None:
    value = _text(document, "published")
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise ApiError(400, f"published {value!r} is not a date (YYYY-MM-DD)") from error


class _Pool:
    """The worker process of one set of limits, started on first use and again after it dies."""

    def __init__(self, spec: ExtractorSpec) -> None:
        self.spec = spec
        self.workers: Workers | None = None
        self.pending = 0

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        if self.pending >= MAX_PENDING:
            raise ApiError(503, "the extraction worker is busy: retry in a moment")
        if self.workers is None:
            self.workers = Workers(self.spec, jobs=1)
        workers = self.workers
        self.pending += 1
        try:
            return await asyncio.wrap_future(workers.pool.submit(function, *args))
        except BrokenProcessPool as error:
            if self.workers is workers:
                self.workers = None
            raise ApiError(500, "the extraction worker died: retry") from error
        except EventwireError as error:
            raise ApiError(500, str(error)) from error
        finally:
            self.pending -= 1

    def close(self) -> None:
        if self.workers is not None:
            self.workers.pool.shutdown(wait=True, cancel_futures=True)
            self.workers = None


# The worker of each set of limits in use (one, unless tests build servers with other limits).
_POOLS: dict[ApiLimits, _Pool] = {}


def _pool(limits: ApiLimits) -> _Pool:
    if limits not in _POOLS:
        _POOLS[limits] = _Pool(ExtractorSpec(time_limit=limits.time_limit))
    return _POOLS[limits]


def shutdown() -> None:
    """Stop the API's worker processes (they also exit by themselves when this process dies)."""
    while _POOLS:
        _POOLS.popitem()[1].close()


def _code_one(article: Article) -> Any:
    """In the worker: the article's events and places within the time limit, or its TimedOut."""
    spec, extractor = loaded_extractor()
    return next(spec.run(extractor, [article], None, Stopwatch()))


def _extract_in_worker(article: Article) -> list[dict[str, Any]] | TimedOut:
    coded = _code_one(article)
    if isinstance(coded, TimedOut):
        return coded
    return [event.to_dict() for event in coded.events]


def _ingest_in_worker(db_path: str, article: Article) -> dict[str, Any] | TimedOut:
    """As `eventwire ingest` does for one article: a stored one is not parsed again."""
    from ..store import Store
    from ..store.ids import article_id

    aid = article_id(article)
    with Store.open(db_path) as store:
        if store.has_article(aid):
            return {"ok": True, "article_id": aid, "duplicate": True, "mentions": 0}
        coded = _code_one(article)
        if isinstance(coded, TimedOut):
            return coded
        stored = store.add(article, coded.events, coded.places)
    if stored is None:  # another writer stored it meanwhile
        return {"ok": True, "article_id": aid, "duplicate": True, "mentions": 0}
    return {"ok": True, "article_id": stored.article_id, "duplicate": False, "mentions": stored.mentions}


def _timed_out(timed_out: TimedOut) -> ApiError:
    return ApiError(422, f"timed out after {timed_out.seconds:g} s (eventwire serve --time-limit)")


async def extract_events(request: Request, limits: ApiLimits | None = None) -> dict[str, Any]:
    """The events of {"text", "published"?}."""
    limits = limits or ApiLimits()
    document = await read_json(request)
    text = _body_text(document, limits)
    article = Article(id="request", doc="request", text=text, published=_published(document))
    found = await _pool(limits).run(_extract_in_worker, article)
    if isinstance(found, TimedOut):
        raise _timed_out(found)
    return {"ok": True, "events": found}


async def ingest_article(request: Request, db_path: str, limits: ApiLimits | None = None) -> dict[str, Any]:
    """Store {"id", "url", "title", "published", "text"} with its events, as `eventwire ingest` does."""
    limits = limits or ApiLimits()
    document = await read_json(request)
    text = _body_text(document, limits)
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
    outcome = await _pool(limits).run(_ingest_in_worker, str(db_path), article)
    if isinstance(outcome, TimedOut):
        raise _timed_out(outcome)
    return outcome
