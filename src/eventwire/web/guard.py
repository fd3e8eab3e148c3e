"""ASGI guard around the whole server: read-only methods, a guarded body, safe headers on every answer.

Only the paths in `write_paths` (the token-guarded API) take a method other than GET, HEAD or
OPTIONS; anything else gets 405 before its body is read, so Datasette's own POST handlers (canned
queries, which eventwire never defines, and debug forms) are out of reach. Other paths never have
their body read at all.

On a write path, in this order and before a byte of the body is read: the route, then the
credentials (`authorise`: 401/403), then the declared length (413), then a free reading slot
(503 when `max_readers` bodies are being read already). The body is then read within
`read_seconds` (408 past it) and at most `max_bytes` of it (413), so no handler ever holds more.

Memory bound: the guard holds at most `max_readers` x `max_bytes` of bodies being read (4 x 1 MB
by default); a connection that is refused holds nothing, and the server closes it. Unauthenticated
clients cannot make the server read their bodies at all.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Collection, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

# Sent on every response: no MIME sniffing (a stored text never runs as a script), no framing.
SECURITY_HEADERS = ((b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"))
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Bodies read at once, and the time one may take: a slow sender holds a slot at most this long.
MAX_READERS = 4
READ_SECONDS = 10.0
Refusal = tuple[int, str]  # an HTTP status and the one-line reason sent as JSON
Authorise = Callable[[Scope], "Refusal | None"]


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value)
    return None


async def _refuse(send: Send, status: int, error: str) -> None:
    body = json.dumps({"ok": False, "error": error}).encode()
    extra = {405: (b"allow", b"GET, HEAD, OPTIONS"), 401: (b"www-authenticate", b"Bearer"), 503: (b"retry-after", b"1")}
    headers = [
        *([extra[status]] if status in extra else []),
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
        *SECURITY_HEADERS,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def guard(
    app: App,
    max_bytes: int,
    write_paths: Collection[str],
    authorise: Authorise | None = None,
    *,
    max_readers: int = MAX_READERS,
    read_seconds: float = READ_SECONDS,
) -> App:
    """`app` behind the method allowlist, the credentials check, the body limits and the security headers."""
    reading = 0  # bodies being read now (one event loop: no lock needed)

    async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
        nonlocal reading
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = dict(message, headers=[*message.get("headers", []), *SECURITY_HEADERS])
            await send(message)

        if scope.get("path") not in write_paths:
            if scope.get("method", "GET") not in READ_METHODS:
                await _refuse(send, 405, "this server is read-only")
            else:  # never read: Datasette's read views take no body
                await app(scope, receive, send_with_headers)
            return
        refusal = _before_body(scope, max_bytes, authorise)
        if refusal is None and reading >= max_readers:
            refusal = (503, "too many requests are sending a body: retry in a moment")
        if refusal is not None:
            await _refuse(send, *refusal)
            return
        reading += 1
        try:
            body = await asyncio.wait_for(_read_body(receive, max_bytes), read_seconds)
        except TimeoutError:
            body = (408, f"request body not received within {read_seconds:g} s")
        finally:
            reading -= 1
        if body is None:  # the client went away
            return
        if isinstance(body, tuple):
            await _refuse(send, *body)
            return
        await app(scope, _replay(body, receive), send_with_headers)

    return guarded


def _before_body(scope: Scope, max_bytes: int, authorise: Authorise | None) -> Refusal | None:
    """Why a request to a write path is refused before its body is read, or None."""
    if authorise is not None and (refusal := authorise(scope)) is not None:
        return refusal
    declared = _header(scope, b"content-length")
    if declared is not None and not declared.isdigit():
        return (400, "bad Content-Length")
    if declared is not None and int(declared) > max_bytes:
        return (413, f"body over {max_bytes} bytes")
    return None


async def _read_body(receive: Receive, max_bytes: int) -> bytes | Refusal | None:
    """The whole body; a refusal past `max_bytes`; None when the client disconnected."""
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        body += message.get("body", b"")
        if len(body) > max_bytes:
            return (413, f"body over {max_bytes} bytes")
        if not message.get("more_body", False):
            return bytes(body)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that hands the handler the body already read, then waits on the real one."""
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
