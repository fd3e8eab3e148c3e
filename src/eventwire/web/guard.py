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
from collections.abc import Awaitable, Callable, Collection, MutableMapping, Sequence
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]
Header = tuple[bytes, bytes]

# Sent on every response: no MIME sniffing (a stored text never runs as a script), no framing.
SECURITY_HEADERS = ((b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"))
# Everything from this server only: a stored text that slipped into a page could load no outside
# script, send nothing anywhere (connect-src, form-action) and frame nothing. Datasette's own pages
# use inline scripts and styles, hence 'unsafe-inline' for those two.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:{images}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})


def security_headers(image_origin: str | None = None) -> tuple[tuple[bytes, bytes], ...]:
    """The headers of every answer; `image_origin` (the map tiles' server) may serve images too."""
    policy = CONTENT_SECURITY_POLICY.format(images=f" {image_origin}" if image_origin else "")
    return (*SECURITY_HEADERS, (b"content-security-policy", policy.encode("latin-1")))


def allowed_hosts(bind: str) -> frozenset[str] | None:
    """The Host names a server bound to `bind` answers; None (any) when it listens on every address.

    A page on evil.example whose name an attacker re-points at 127.0.0.1 (DNS rebinding) reaches a
    loopback server with `Host: evil.example`: refusing unknown Hosts keeps its data unreadable.
    """
    name = bind.strip("[]").lower()
    if name in ("0.0.0.0", "::", ""):
        return None
    return LOOPBACK_NAMES | {name}


def request_host(scope: Scope) -> str:
    """The host name of the request's Host header, without the port, lower case."""
    host = (_header(scope, b"host") or b"").decode("latin-1").strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


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


async def _refuse(send: Send, status: int, error: str, headers: Sequence[Header] = SECURITY_HEADERS) -> None:
    body = json.dumps({"ok": False, "error": error}).encode()
    extra = {405: (b"allow", b"GET, HEAD, OPTIONS"), 401: (b"www-authenticate", b"Bearer"), 503: (b"retry-after", b"1")}
    headers = [
        *([extra[status]] if status in extra else []),
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
        *headers,
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
    headers: Sequence[Header] = SECURITY_HEADERS,
    hosts: Collection[str] | None = None,
) -> App:
    """`app` behind the Host check, the method allowlist, the credentials check, the body limits and the headers.

    `hosts` None answers any Host; else a request naming another gets 421 before anything else.
    """
    reading = 0  # bodies being read now (one event loop: no lock needed)

    async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
        nonlocal reading
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = dict(message, headers=[*message.get("headers", []), *headers])
            await send(message)

        async def refuse(status: int, error: str) -> None:
            await _refuse(send, status, error, headers)

        if hosts is not None and request_host(scope) not in hosts:
            await refuse(421, "unknown Host: this server answers only the names it listens on")
            return
        if scope.get("path") not in write_paths:
            if scope.get("method", "GET") not in READ_METHODS:
                await refuse(405, "this server is read-only")
            else:  # never read: Datasette's read views take no body
                await app(scope, receive, send_with_headers)
            return
        refusal = _before_body(scope, max_bytes, authorise)
        if refusal is None and reading >= max_readers:
            refusal = (503, "too many requests are sending a body: retry in a moment")
        if refusal is not None:
            await refuse(*refusal)
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
            await refuse(*body)
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
