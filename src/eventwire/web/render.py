"""What every eventwire page shares: the settings, the database, the navigation and one filter state.

The filter state (type, country, actor, since, until, bbox) travels in the query string; each page
links to the others with the same filters, so the table, the map and the timeline show one selection.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from datasette.utils.asgi import Request, Response  # type: ignore[import-untyped]
from markupsafe import escape

from ..store.queries import BadFilter, EventFilter
from .queries import filter_from_args, filter_query

PLUGIN = "eventwire"
# Datasette serves a plugin's static files under the name it was registered with: the entry point's
# name ("eventwire"), which `eventwire.web.app.register_plugin` uses too.
STATIC = "eventwire"


def settings(datasette: Any) -> dict[str, Any]:
    """The plugin's configuration (tile_url, token)."""
    return datasette.plugin_config(PLUGIN) or {}


def database(datasette: Any) -> Any:
    """The one event database served."""
    return datasette.get_database()


def args(request: Request) -> dict[str, list[str]]:
    """The query string as lists of values per key."""
    return {key: request.args.getlist(key) for key in request.args}


def request_filter(request: Request) -> EventFilter:
    """The page's filter state; BadFilter when malformed."""
    return filter_from_args(args(request))


def filter_qs(request: Request) -> str:
    """The filter parameters of the request as a query string ('' when unfiltered), paging left out."""
    return urlencode(filter_query(args(request)))


def with_query(url: str, query: str) -> str:
    """`url` with `query` appended (when there is one)."""
    return f"{url}?{query}" if query else url


def join_query(*parts: str) -> str:
    """Query strings joined with '&', empty ones left out."""
    return "&".join(p for p in parts if p)


def nav(datasette: Any, query: str = "") -> dict[str, str]:
    """The pages' links, each carrying the filter query string."""
    db = database(datasette).name
    path = datasette.urls.path
    return {
        "home": datasette.urls.instance(),
        "events": with_query(path("/-/eventwire/events"), query),
        "map": with_query(path("/-/eventwire/map"), query),
        "timeline": with_query(path("/-/eventwire/timeline"), query),
        "summary": with_query(path("/-/eventwire/summary"), query),
        "table": datasette.urls.table(db, "events"),
        "database": datasette.urls.database(db),
    }


def export_links(datasette: Any, query: str) -> list[tuple[str, str]]:
    """(label, url) of each download of the filtered events."""
    path = datasette.urls.path
    labels = (("csv", "CSV"), ("geojson", "GeoJSON"), ("acled", "ACLED CSV"), ("jsonl", "JSON Lines"))
    return [(label, with_query(path(f"/-/eventwire/export.{fmt}"), query)) for fmt, label in labels]


async def page(datasette: Any, request: Request, template: str, context: dict[str, Any]) -> Response:
    """Render one of the plugin's templates with the navigation and the filter state."""
    query = filter_qs(request)
    context = {
        "nav": nav(datasette, query),
        "filter_qs": query,
        "exports": export_links(datasette, query),
        **context,
    }
    return Response.html(await datasette.render_template(template, context, request=request))


def bad_filter(error: BadFilter) -> Response:
    """The 400 page of a malformed filter."""
    return Response.html(f"<h1>Bad filter</h1><p>{escape(str(error))}</p>", status=400)
