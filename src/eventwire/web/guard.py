"""ASGI guard around the whole server: read-only methods, a body limit (413), safe headers on every answer.

Only the paths in `write_paths` (the token-guarded API) take a method other than GET, HEAD or
OPTIONS; anything else gets 405 before its body is read, so Datasette's own POST handlers (canned
queries, which eventwire never defines, and debug forms) are out of reach. The guard reads an
allowed body itself, at most `max_bytes` of it, so no handler ever holds more; a body declared
too long is refused before a byte of it is read.
"""

from __future__ import annotations

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


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value)
    return None


async def _refuse(send: Send, status: int, error: str) -> None:
    body = json.dumps({"ok": False, "error": error}).encode()
    headers = [
        *([(b"allow", b"GET, HEAD, OPTIONS")] if status == 405 else []),
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
        *SECURITY_HEADERS,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def guard(app: App, max_bytes: int, write_paths: Collection[str]) -> App:
    """`app` behind the method allowlist, the body limit and the security headers."""

    async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = dict(message, headers=[*message.get("headers", []), *SECURITY_HEADERS])
            await send(message)

        if scope.get("method", "GET") not in READ_METHODS and scope.get("path") not in write_paths:
            await _refuse(send, 405, "this server is read-only")
            return
        declared = _header(scope, b"content-length")
        chunked = _header(scope, b"transfer-encoding") is not None
        if declared is None and not chunked:  # no body (a GET, mostly): nothing to hold back
            await app(scope, receive, send_with_headers)
            return
        if declared is not None and not declared.isdigit():
            await _refuse(send, 400, "bad Content-Length")
            return
        if declared is not None and int(declared) > max_bytes:
            await _refuse(send, 413, f"body over {max_bytes} bytes")
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > max_bytes:
                await _refuse(send, 413, f"body over {max_bytes} bytes")
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await app(scope, replay, send_with_headers)

    return guarded
