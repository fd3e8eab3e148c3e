"""The server guard (issue 14 item 2): route and token before the body, a body deadline, few bodies at once."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from eventwire.web import api
from eventwire.web.guard import guard

TOKEN = "s3cret-token"
API = "/-/eventwire/extract"


def _scope(path: str, method: str = "POST", **headers: str) -> dict[str, Any]:
    return {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": b"",
        "headers": [(k.replace("_", "-").encode(), v.encode()) for k, v in headers.items()],
    }


class Client:
    """One request's ASGI side: a body sent in chunks (or never), and what came back."""

    def __init__(self, chunks: list[bytes] | None) -> None:
        self.chunks = chunks  # None: the client sends its headers and then nothing
        self.received = 0  # receive() calls the server made
        self.sent: list[dict[str, Any]] = []

    async def receive(self) -> dict[str, Any]:
        self.received += 1
        if self.chunks is None:
            await asyncio.sleep(3600)
        chunk = self.chunks.pop(0) if self.chunks else b""
        return {"type": "http.request", "body": chunk, "more_body": bool(self.chunks)}

    async def send(self, message: dict[str, Any]) -> None:
        self.sent.append(message)

    @property
    def status(self) -> int:
        return int(self.sent[0]["status"])

    def json(self) -> Any:
        return json.loads(b"".join(m.get("body", b"") for m in self.sent[1:]))


async def _echo(scope: Any, receive: Any, send: Any) -> None:
    """The app behind the guard: reads the body and answers with its length."""
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": json.dumps({"bytes": len(body)}).encode()})


def _guarded(**kwargs: Any) -> Any:
    return guard(_echo, api.MAX_BODY_BYTES, {API}, lambda scope: api.scope_refusal(scope, TOKEN), **kwargs)


def _run(app: Any, scope: dict[str, Any], client: Client) -> Client:
    asyncio.run(app(scope, client.receive, client.send))
    return client


@pytest.mark.parametrize("authorization", [None, "Bearer wrong", f"Basic {TOKEN}"])
def test_a_request_without_the_token_is_refused_before_its_body_is_read(authorization: str | None) -> None:
    headers = {"content_length": "999000"} | ({"authorization": authorization} if authorization else {})
    client = _run(_guarded(), _scope(API, **headers), Client([b"x" * 999_000]))
    assert client.status == 401 and client.received == 0
    assert client.json()["ok"] is False


def test_a_server_without_a_token_reads_no_body_at_all() -> None:
    app = guard(_echo, api.MAX_BODY_BYTES, {API}, lambda scope: api.scope_refusal(scope, None))
    client = _run(app, _scope(API, content_length="999000"), Client([b"x" * 999_000]))
    assert client.status == 403 and client.received == 0


def test_a_read_path_never_has_its_body_read() -> None:
    client = _run(_guarded(), _scope("/db/events", "GET", content_length="500"), Client([b"x" * 500]))
    assert client.status == 200 and client.json() == {"bytes": 500}  # the app read it, the guard did not
    refused = _run(_guarded(), _scope("/db/events", "POST", content_length="500"), Client([b"x" * 500]))
    assert refused.status == 405 and refused.received == 0


def test_an_authorised_body_is_read_and_handed_on() -> None:
    client = _run(
        _guarded(), _scope(API, authorization=f"Bearer {TOKEN}", content_length="1000"), Client([b"a" * 500] * 2)
    )
    assert client.status == 200 and client.json() == {"bytes": 1000}


def test_a_body_that_does_not_arrive_in_time_gets_408() -> None:
    scope = _scope(API, authorization=f"Bearer {TOKEN}", content_length="1000")
    client = _run(_guarded(read_seconds=0.2), scope, Client(None))
    assert client.status == 408 and "within 0.2 s" in client.json()["error"]


def test_only_a_few_bodies_are_read_at_once() -> None:
    app = _guarded(max_readers=2, read_seconds=5)
    scope = _scope(API, authorization=f"Bearer {TOKEN}", content_length="1000")

    async def scenario() -> tuple[list[Client], Client]:
        stalled = [Client(None) for _ in range(2)]
        tasks = [asyncio.create_task(app(scope, c.receive, c.send)) for c in stalled]
        await asyncio.sleep(0.05)
        extra = Client([b"a" * 1000])
        await app(scope, extra.receive, extra.send)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        return stalled, extra

    stalled, extra = asyncio.run(scenario())
    assert extra.status == 503 and extra.received == 0
    assert all(c.received == 1 and not c.sent for c in stalled)
    # Once the slots are free again, a body is read as usual.
    assert _run(app, scope, Client([b"a" * 1000])).status == 200
