"""The eventwire Datasette plugin: event page, map, timeline, and the token-guarded extract/ingest API.

Registered by `eventwire.web.app.register_plugin`; the hooks are Datasette's own, so nothing here forks it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlencode, urlsplit

from datasette import hookimpl  # type: ignore[import-untyped]
from datasette.utils.asgi import Request, Response  # type: ignore[import-untyped]
from markupsafe import Markup, escape

from ..store.queries import BadFilter
from . import api, queries
from .csv_hook import neutralise_csv
from .geo import WORLD_SIZE, project, world_path, world_view_box
from .guard import allowed_hosts, guard, security_headers
from .prepare import BROWSE_VIEW

PLUGIN = "eventwire"
PLUGIN_PACKAGE = "eventwire.web"  # the name Datasette serves the static files under
EVENT_TABLES = frozenset({"events", BROWSE_VIEW})
EVENT_MAP_HALF_WIDTH = 30.0  # world pixels either side of the event on its page's map (~10 degrees)
# Readers wait this long for a lock (WAL readers rarely need one: a checkpoint, a schema change) before an error.
SERVE_BUSY_TIMEOUT_MS = 5_000


def _settings(datasette: Any) -> dict[str, Any]:
    return datasette.plugin_config(PLUGIN) or {}


def _database(datasette: Any) -> Any:
    return datasette.get_database()


def _nav(datasette: Any) -> dict[str, str]:
    db = _database(datasette).name
    return {
        "events": datasette.urls.table(db, "events"),
        "browse": datasette.urls.table(db, BROWSE_VIEW),
        "map": datasette.urls.path("/-/eventwire/map"),
        "timeline": datasette.urls.path("/-/eventwire/timeline"),
    }


def _tiles(datasette: Any) -> list[dict[str, Any]]:
    """The zoom-2 tiles behind the world map, only when the user configured `tile_url`."""
    url = _settings(datasette).get("tile_url")
    if not url:
        return []
    return [{"href": str(url).format(z=2, x=x, y=y), "x": x * 256, "y": y * 256} for x in range(4) for y in range(4)]


async def _page(datasette: Any, request: Request, template: str, context: dict[str, Any]) -> Response:
    context = {
        "nav": _nav(datasette),
        "world_path": world_path(),
        "world_size": WORLD_SIZE,
        "tiles": _tiles(datasette),
        **context,
    }
    return Response.html(await datasette.render_template(template, context, request=request))


def _filter_args(request: Request) -> dict[str, list[str]]:
    return {key: request.args.getlist(key) for key in request.args}


async def event_view(datasette: Any, request: Request) -> Response:
    """`/-/eventwire/event/{id}`: fields, sources with highlighted evidence, claims and estimates, a map."""
    event_id = request.url_vars["id"]
    page = await _database(datasette).execute_fn(lambda conn: queries.event_page(conn, event_id))
    if page is None:
        return Response.html(f"<h1>No event {escape(event_id)}</h1>", status=404)
    event = page.event
    spot = None
    if event["lat"] is not None and event["lon"] is not None:
        x, y = project(event["lon"], event["lat"])
        w = EVENT_MAP_HALF_WIDTH
        spot = {"x": x, "y": y, "box": f"{x - w:.1f} {y - w * 2 / 3:.1f} {2 * w:.1f} {w * 4 / 3:.1f}"}
    db = _database(datasette).name
    return await _page(
        datasette,
        request,
        "eventwire_event.html",
        {
            "page": page,
            "event": event,
            "colour": queries.type_colour(event["type"]),
            "spot": spot,
            "row_url": datasette.urls.row(db, "events", event["id"]),
            "conflicts": [e["kind"] for e in page.estimates if e["conflict"]],
        },
    )


async def map_view(datasette: Any, request: Request) -> Response:
    """`/-/eventwire/map`: the filtered events as markers clustered per grid cell, coloured by type."""
    try:
        where = queries.filter_from_args(_filter_args(request))
    except BadFilter as error:
        return Response.html(f"<h1>Bad filter</h1><p>{escape(str(error))}</p>", status=400)
    markers, unplaced = await _database(datasette).execute_fn(lambda conn: queries.map_markers(conn, where))
    x, y, w, h = world_view_box()
    table = _nav(datasette)["events"]
    types = sorted({t for m in markers for t, _ in m.types})
    return await _page(
        datasette,
        request,
        "eventwire_map.html",
        {
            "markers": markers,
            "unplaced": unplaced,
            "view_box": f"{x:.1f} {y:.1f} {w:.1f} {h:.1f}",
            "legend": [(t, queries.type_colour(t)) for t in types],
            "where": where,
            "query": request.query_string,
            "table_url": table + ("?" + urlencode([("type__in", ",".join(where.types))]) if where.types else ""),
        },
    )


async def timeline_view(datasette: Any, request: Request) -> Response:
    """`/-/eventwire/timeline`: the filtered events per day (or month) by type, as an SVG bar chart."""
    try:
        where = queries.filter_from_args(_filter_args(request))
    except BadFilter as error:
        return Response.html(f"<h1>Bad filter</h1><p>{escape(str(error))}</p>", status=400)
    bars, undated, monthly = await _database(datasette).execute_fn(lambda conn: queries.timeline(conn, where))
    tallest = max((b.total for b in bars), default=0)
    types = sorted({t for b in bars for t, _, _ in b.stack})
    return await _page(
        datasette,
        request,
        "eventwire_timeline.html",
        {
            "bars": bars,
            "undated": undated,
            "monthly": monthly,
            "tallest": tallest,
            "legend": [(t, queries.type_colour(t)) for t in types],
            "where": where,
            "query": request.query_string,
            "label_every": max(1, len(bars) // 12),
        },
    )


def _guarded(
    handler: Callable[[Any, Request], Awaitable[dict[str, Any]]],
) -> Callable[[Any, Request], Awaitable[Response]]:
    async def view(datasette: Any, request: Request) -> Response:
        try:
            api.check_token(request, _settings(datasette).get("token"))
            return Response.json(await handler(datasette, request))
        except api.ApiError as error:
            return api.error_response(error)

    return view


async def _extract(datasette: Any, request: Request) -> dict[str, Any]:
    return await api.extract_events(request, api.ApiLimits.from_settings(_settings(datasette)))


async def _ingest(datasette: Any, request: Request) -> dict[str, Any]:
    limits = api.ApiLimits.from_settings(_settings(datasette))
    return await api.ingest_article(request, _database(datasette).path, limits)


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def register_routes() -> list[tuple[str, Callable[..., Awaitable[Response]]]]:
    return [
        (r"^/-/eventwire/event/(?P<id>[^/]+)$", event_view),
        (r"^/-/eventwire/map$", map_view),
        (r"^/-/eventwire/timeline$", timeline_view),
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
    nav = _nav(datasette)
    return [{"href": nav["map"], "label": "Event map"}, {"href": nav["timeline"], "label": "Event timeline"}]


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def extra_css_urls(datasette: Any) -> list[str]:
    return [datasette.urls.static_plugins(PLUGIN_PACKAGE, "eventwire.css")]


@hookimpl  # type: ignore[untyped-decorator]  # pluggy HookimplMarker is untyped
def asgi_wrapper(datasette: Any) -> Callable[[Any], Any]:
    # Every request, Datasette's own included: only the API takes a body, and at most MAX_BODY_BYTES of it.
    # CSV answers (tables, queries) come out with formula cells neutralised, as `events --format csv` does.
    # The token is checked there too, before a byte of the body is read.
    def authorise(scope: MutableMapping[str, Any]) -> tuple[int, str] | None:
        return api.scope_refusal(scope, _settings(datasette).get("token"))

    settings = _settings(datasette)
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
