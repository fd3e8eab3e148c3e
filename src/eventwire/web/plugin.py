"""The eventwire Datasette plugin: its hooks, the event page and the token-guarded extract/ingest API.

The analyst's pages (home, events list, exports, map, timeline, summary, source) live in `pages`.
Registered by `eventwire.web.app.register_plugin`; the hooks are Datasette's own, so nothing here forks it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlencode, urlsplit

from datasette import hookimpl  # type: ignore[import-untyped]
from datasette.utils.asgi import Request, Response  # type: ignore[import-untyped]
from markupsafe import Markup, escape

from . import api, pages, queries, render
from .csv_hook import neutralise_csv
from .geo import project, world_path
from .guard import allowed_hosts, guard, security_headers
from .prepare import BROWSE_VIEW

EVENT_TABLES = frozenset({"events", BROWSE_VIEW})
EVENT_MAP_HALF_WIDTH = 30.0  # world pixels either side of the event on its page's map (~10 degrees)
# Readers wait this long for a lock (WAL readers rarely need one: a checkpoint, a schema change) before an error.
SERVE_BUSY_TIMEOUT_MS = 5_000


def _tiles(datasette: Any) -> list[dict[str, Any]]:
    """The zoom-2 tiles behind the event page's map, only when the user configured `tile_url`."""
    url = render.settings(datasette).get("tile_url")
    if not url:
        return []
    return [{"href": str(url).format(z=2, x=x, y=y), "x": x * 256, "y": y * 256} for x in range(4) for y in range(4)]


async def event_view(datasette: Any, request: Request) -> Response:
    """`/-/eventwire/event/{id}`: fields, sources with highlighted evidence, claims and estimates, a map."""
    event_id = request.url_vars["id"]
    page = await render.database(datasette).execute_fn(lambda conn: queries.event_page(conn, event_id))
    if page is None:
        return Response.html(f"<h1>No event {escape(event_id)}</h1>", status=404)
    event = page.event
    spot = None
    if event["lat"] is not None and event["lon"] is not None:
        x, y = project(event["lon"], event["lat"])
        w = EVENT_MAP_HALF_WIDTH
        spot = {"x": x, "y": y, "box": f"{x - w:.1f} {y - w * 2 / 3:.1f} {2 * w:.1f} {w * 4 / 3:.1f}"}
    db = render.database(datasette).name
    killed = next((e for e in page.estimates if e["kind"] == "killed"), None)
    return await render.page(
        datasette,
        request,
        "eventwire_event.html",
        {
            "page": page,
            "event": event,
            "colour": queries.type_colour(event["type"]),
            "spot": spot,
            "killed": killed,
            "world_path": world_path(),
            "tiles": _tiles(datasette),
            "row_url": datasette.urls.row(db, "events", event["id"]),
            "json_url": datasette.urls.row(db, "events", event["id"], format="json"),
            "csv_url": datasette.urls.table(db, "events", format="csv") + "?" + urlencode({"id": event["id"]}),
            "conflicts": [e["kind"] for e in page.estimates if e["conflict"]],
            "source_base": datasette.urls.path("/-/eventwire/source/"),
        },
    )


def _guarded(
    handler: Callable[[Any, Request], Awaitable[dict[str, Any]]],
) -> Callable[[Any, Request], Awaitable[Response]]:
    async def view(datasette: Any, request: Request) -> Response:
        try:
            api.check_token(request, render.settings(datasette).get("token"))
            return Response.json(await handler(datasette, request))
        except api.ApiError as error:
            return api.error_response(error)

    return view


async def _extract(datasette: Any, request: Request) -> dict[str, Any]:
    return await api.extract_events(request, api.ApiLimits.from_settings(render.settings(datasette)))


async def _ingest(datasette: Any, request: Request) -> dict[str, Any]:
    limits = api.ApiLimits.from_settings(render.settings(datasette))
    return await api.ingest_article(request, render.database(datasette).path, limits)


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def register_routes() -> list[tuple[str, Callable[..., Awaitable[Response]]]]:
    return [
        (r"^/$", pages.home_view),
        (r"^/-/eventwire/events$", pages.events_view),
        (r"^/-/eventwire/export\.(?P<format>[a-z]+)$", pages.export_view),
        (r"^/-/eventwire/event/(?P<id>[^/]+)$", event_view),
        (r"^/-/eventwire/map$", pages.map_view),
        (r"^/-/eventwire/map\.json$", pages.map_json_view),
        (r"^/-/eventwire/world\.json$", pages.world_view),
        (r"^/-/eventwire/timeline$", pages.timeline_view),
        (r"^/-/eventwire/summary$", pages.summary_view),
        (r"^/-/eventwire/source/(?P<id>[^/]+)$", pages.source_view),
        (r"^/-/eventwire/extract$", _guarded(_extract)),
        (r"^/-/eventwire/ingest$", _guarded(_ingest)),
    ]


# The only paths that take a POST (and then only with the token).
API_PATHS = frozenset({"/-/eventwire/extract", "/-/eventwire/ingest"})


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def skip_csrf(scope: dict[str, Any]) -> bool:
    # The API takes JSON with a bearer token, never a cookie-authenticated form.
    return str(scope.get("path", "")) in API_PATHS


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def render_cell(row: Any, value: Any, column: str, table: str | None, datasette: Any) -> Markup | None:
    # Event ids link to the event page; in `events` the id cell (its primary key) already links to the
    # row page, so there the type links to the event page instead.
    if table not in EVENT_TABLES or not isinstance(value, str):
        return None
    if table == BROWSE_VIEW and column == "id":
        event_id = value
    elif table == "events" and column == "type":
        event_id = row["id"]
    else:
        return None
    url = datasette.urls.path(f"/-/eventwire/event/{event_id}")
    return Markup('<a class="ew-event-link" href="{}">{}</a>').format(url, value)


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def menu_links(datasette: Any) -> list[dict[str, str]]:
    links = render.nav(datasette)
    return [
        {"href": links["events"], "label": "Events"},
        {"href": links["map"], "label": "Event map"},
        {"href": links["timeline"], "label": "Event timeline"},
    ]


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def table_actions(datasette: Any, database: str, table: str, request: Any) -> list[dict[str, str]]:
    # From Datasette's events table, the analyst's pages with the filters they share (type=, country=, ...).
    if table not in EVENT_TABLES or request is None:
        return []
    links = render.nav(datasette, render.filter_qs(request))
    return [
        {"href": links["events"], "label": "These events, newest first"},
        {"href": links["map"], "label": "These events on the map"},
        {"href": links["timeline"], "label": "These events on the timeline"},
    ]


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def extra_css_urls(datasette: Any) -> list[str]:
    return [datasette.urls.static_plugins(render.STATIC, "eventwire.css")]


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def asgi_wrapper(datasette: Any) -> Callable[[Any], Any]:
    # Every request, Datasette's own included: only the API takes a body, and at most MAX_BODY_BYTES of it.
    # CSV answers (tables, queries) come out with formula cells neutralised, as `events --format csv` does.
    # The token is checked there too, before a byte of the body is read.
    def authorise(scope: MutableMapping[str, Any]) -> tuple[int, str] | None:
        return api.scope_refusal(scope, render.settings(datasette).get("token"))

    settings = render.settings(datasette)
    tiles = urlsplit(str(settings.get("tile_url") or ""))
    headers = security_headers(f"{tiles.scheme}://{tiles.netloc}" if tiles.scheme and tiles.netloc else None)
    hosts = allowed_hosts(str(settings.get("host") or "127.0.0.1"))
    return lambda app: guard(
        neutralise_csv(app), api.MAX_BODY_BYTES, API_PATHS, authorise, headers=headers, hosts=hosts
    )


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def prepare_connection(conn: Any) -> None:
    # Datasette opens its own connections (read-only ones and a write one); an ingest writes meanwhile.
    conn.execute(f"PRAGMA busy_timeout = {int(SERVE_BUSY_TIMEOUT_MS)}")


def http_url(value: Any) -> str:
    """The value when it is an http(s) URL fit for an href, else "" (a `javascript:` URL never becomes a link)."""
    if not isinstance(value, str):
        return ""
    url = value.strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    # Control characters and spaces inside a URL are how scheme filters get fooled ("java\tscript:").
    if scheme not in ("http", "https") or any(ord(c) <= 32 or ord(c) == 127 for c in url):
        return ""
    return url


def format_number(value: Any) -> str:
    """A figure for display: whole numbers without '.0', nothing for a missing one."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def prepare_jinja2_environment(env: Any) -> None:
    env.filters["ew_number"] = format_number
    env.filters["ew_http_url"] = http_url
