"""Hooks that keep `eventwire serve` from giving away more than it serves: error answers and logs, file paths.

Errors: the right status, and one log line that holds no request data.

Datasette's own handler (`datasette.handle_exception`) prints every error, a 404 included, with
rich's `show_locals=True` when rich is installed: the log then holds each frame's local variables,
request bodies and parameters among them, and it fails outright (a 500) when called outside an
`except` block. It also answers 500 for a client's mistake such as `?_sort=nonexistent`.
`eventwire.web.app.register_plugin` blocks it and registers this module instead: the same JSON or
HTML error pages, the client's mistakes as 400, and on stderr one line per error (a traceback,
without locals, only for a real 500).

Paths: `/-/databases.json` shows each database's file name, not its absolute path (which tells a
visitor the user's name and directory layout).
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from datasette import hookimpl  # type: ignore[import-untyped]
from datasette.utils.asgi import Base400, Request, Response  # type: ignore[import-untyped]
from datasette.views.base import DatasetteError  # type: ignore[import-untyped]

from ..terminal import printable

DEFAULT_HANDLER = "datasette.handle_exception"
# Datasette 0.65 raises these with status 500 for a sort or facet column the table lacks.
CLIENT_MISTAKES = ("Cannot sort table by ",)


def classify(exception: BaseException) -> tuple[int, str, str | None]:
    """The status, message and title of the answer to an exception."""
    if isinstance(exception, Base400):
        return int(exception.status), str(exception.args[0] if exception.args else ""), None
    if isinstance(exception, DatasetteError):
        status = int(exception.status)
        if status == 500 and str(exception.message).startswith(CLIENT_MISTAKES):
            status = 400
        return status, str(exception.message), exception.title
    return 500, "internal error", None


def _log(request: Request, status: int, exception: BaseException) -> None:
    where = printable(f"{request.method} {request.path}")
    reason = printable(f"{type(exception).__name__}: {exception}")[:300]
    print(f"eventwire serve: {status} {where}: {reason}", file=sys.stderr, flush=True)
    if status >= 500:  # a bug: the stack, but no frame's local variables (they hold request data)
        traceback.print_exception(type(exception), exception, exception.__traceback__, file=sys.stderr)


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def handle_exception(datasette: Any, request: Request, exception: BaseException) -> Callable[[], Awaitable[Response]]:
    async def inner() -> Response:
        status, message, title = classify(exception)
        _log(request, status, exception)
        info = {"ok": False, "error": message, "status": status, "title": title}
        if request.path.split("?")[0].endswith(".json") or request.path.startswith("/-/eventwire/"):
            return Response.json(info, status=status)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        context = dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(), menu_links=lambda: [])
        return Response.html(await template.render_async(context), status=status)

    return inner


def databases(datasette: Any) -> list[dict[str, Any]]:
    """Datasette's list of connected databases, each path cut down to the file name."""
    listed: list[dict[str, Any]] = datasette._connected_databases()
    return [dict(entry, path=Path(entry["path"]).name if entry.get("path") else None) for entry in listed]


async def databases_view(datasette: Any, request: Request) -> Response:
    """`/-/databases` and `/-/databases.json`, as Datasette's own but without absolute paths."""
    await datasette.ensure_permissions(request.actor, ["view-instance"])
    data = databases(datasette)
    if request.url_vars.get("format") == "json":
        return Response.json(data)
    context = {"filename": "databases.json", "data_json": json.dumps(data, indent=4)}
    return Response.html(await datasette.render_template("show_json.html", context, request=request))


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def register_routes() -> list[tuple[str, Callable[..., Awaitable[Response]]]]:
    # Plugin routes come before Datasette's own, so this one answers instead.
    return [(r"^/-/databases(\.(?P<format>json))?$", databases_view)]
