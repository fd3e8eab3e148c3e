"""Datasette's CSV (`/db/table.csv`, `/db.csv?sql=`, `?_format=csv`) with formula cells neutralised.

Datasette writes its CSV itself, cell by cell, with no hook on the cells (`render_cell` is for HTML
only). This ASGI wrapper rewrites the body of every successful CSV answer through
`eventwire.csvsafe.CsvNeutraliser`, the same rule `eventwire events --format csv` applies, as it
streams: a held-back cell is the only thing kept in memory.
"""

from __future__ import annotations

import codecs
from urllib.parse import parse_qsl

from ..csvsafe import CsvNeutraliser
from .guard import App, Message, Receive, Scope, Send

CSV_MEDIA_TYPES = ("text/csv", "text/plain")


def _asks_for_csv(scope: Scope) -> bool:
    if str(scope.get("path", "")).endswith(".csv"):
        return True
    query = bytes(scope.get("query_string", b"")).decode("latin-1")
    return ("_format", "csv") in parse_qsl(query)


def _media_type(message: Message) -> str:
    for key, value in message.get("headers", []):
        if bytes(key).lower() == b"content-type":
            return bytes(value).decode("latin-1").split(";")[0].strip().lower()
    return ""


def neutralise_csv(app: App) -> App:
    """`app` whose CSV answers come out with every formula cell prefixed by a single quote."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _asks_for_csv(scope):
            await app(scope, receive, send)
            return
        rewriting = False
        decoder = codecs.getincrementaldecoder("utf-8")("replace")
        neutraliser = CsvNeutraliser()

        async def send_rewritten(message: Message) -> None:
            nonlocal rewriting
            if message["type"] == "http.response.start":
                rewriting = message.get("status") == 200 and _media_type(message) in CSV_MEDIA_TYPES
                if rewriting:  # the length changes: drop it, the body streams anyway
                    headers = [(k, v) for k, v in message.get("headers", []) if bytes(k).lower() != b"content-length"]
                    message = dict(message, headers=headers)
            elif message["type"] == "http.response.body" and rewriting:
                more = message.get("more_body", False)
                text = neutraliser.feed(decoder.decode(bytes(message.get("body", b"")), final=not more))
                if not more:
                    text += neutraliser.close()
                message = dict(message, body=text.encode("utf-8"))
            await send(message)

        await app(scope, receive, send_rewritten)

    return wrapped
