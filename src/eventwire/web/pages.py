"""The analyst's pages: home, the events list, its exports, the interactive map and the timeline."""

from __future__ import annotations

from typing import IO, Any
from urllib.parse import urlencode

from datasette.utils.asgi import Request, Response  # type: ignore[import-untyped]
from markupsafe import escape

from ..store.queries import BadFilter, BBox
from ..store.tallies import TALLY_TABLES
from . import listing, mapdata, render
from .geo import world_geojson
from .listing import EXPORTS
from .queries import filter_query, type_colour
from .source import source_page
from .summary import summarise
from .timeline import parse_scale, timeline

HIDDEN_TABLES = ("block_keys", "migrations", *TALLY_TABLES)


async def home_view(datasette: Any, request: Request) -> Response:
    """`/`: what to open first (events, map, timeline, summaries), then the database's tables."""
    db = render.database(datasette)
    hidden = set(await db.hidden_table_names()) | set(HIDDEN_TABLES)
    tables = [t for t in await db.table_names() if t not in hidden and not t.startswith("events_fts")]
    views = await db.view_names()
    total = (await db.execute("SELECT count(*) FROM events")).first()[0]
    links = [(name, datasette.urls.table(db.name, name)) for name in [*tables, *views]]
    return await render.page(datasette, request, "eventwire_home.html", {"total": total, "tables": links})


async def events_view(datasette: Any, request: Request) -> Response:
    """`/-/eventwire/events`: the filtered events, newest first, 50 a page, paged by key; `q` searches."""
    text = (request.args.get("q") or "").strip()
    try:
        where = render.request_filter(request)
        after = listing.parse_after(request.args.get("after"))
        size = _size(request.args.get("size"))
        number = _page_number(request.args.get("page"))
    except BadFilter as error:
        return render.bad_filter(error)
    db = render.database(datasette)
    query = render.filter_qs(request)
    base = datasette.urls.path("/-/eventwire/events")
    resized = [("size", str(size))] if size != listing.PAGE_SIZE else []
    context: dict[str, Any] = {"where": where, "q": text, "first_url": render.with_query(base, query)}
    context["hidden_filters"] = filter_query(render.args(request)) + resized
    if text:
        found = await db.execute_fn(lambda conn: listing.search_events(conn, where, text, number, size))
        rows, total, paged = found.rows, found.total, number > 0
        more = [("q", text), ("page", str(number + 1)), *resized] if found.more else None
    else:
        result = await db.execute_fn(lambda conn: listing.list_events(conn, where, after, size))
        rows, total, paged = result.rows, result.total, after is not None
        more = [("after", f"{result.after[0]}~{result.after[1]}"), *resized] if result.after else None
    context |= {
        "rows": rows,
        "total": total,
        "paged": paged,
        "next_url": render.with_query(base, render.join_query(query, urlencode(more))) if more else None,
        "colour": type_colour,
        "event_url": lambda event_id: datasette.urls.path(f"/-/eventwire/event/{event_id}"),
    }
    return await render.page(datasette, request, "eventwire_events.html", context)


def _page_number(value: str | None) -> int:
    if not value:
        return 0
    if not value.isdigit() or int(value) > 10_000:
        raise BadFilter(f"page {value!r} is not a page number")
    return int(value)


def _size(value: str | None) -> int:
    if not value:
        return listing.PAGE_SIZE
    if not value.isdigit() or not 1 <= int(value) <= listing.MAX_PAGE_SIZE:
        raise BadFilter(f"size {value!r}: a whole number from 1 to {listing.MAX_PAGE_SIZE}")
    return int(value)


class FileResponse:
    """A response streamed from an open binary file, which it closes at the end."""

    def __init__(self, spool: IO[bytes], content_type: str, filename: str) -> None:
        self.spool, self.content_type, self.filename = spool, content_type, filename

    async def asgi_send(self, send: Any) -> None:
        headers = [
            (b"content-type", self.content_type.encode()),
            (b"content-disposition", f'attachment; filename="{self.filename}"'.encode()),
        ]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        try:
            for piece in listing.chunks(self.spool):
                await send({"type": "http.response.body", "body": piece, "more_body": True})
        finally:
            self.spool.close()
        await send({"type": "http.response.body", "body": b""})


async def export_view(datasette: Any, request: Request) -> Response | FileResponse:
    """`/-/eventwire/export.{csv,geojson,acled,jsonl}`: the filtered events as `eventwire events` writes them."""
    name = request.url_vars["format"]
    if name not in EXPORTS:
        return Response.text(f"unknown format {name}", status=404)
    try:
        where = render.request_filter(request)
    except BadFilter as error:
        return render.bad_filter(error)
    fmt, content_type = EXPORTS[name]
    spool, _ = await render.database(datasette).execute_fn(lambda conn: listing.export_to_file(conn, where, fmt))
    extension = "csv" if name == "acled" else name
    return FileResponse(spool, content_type, f"events{'-acled' if name == 'acled' else ''}.{extension}")


async def map_view(datasette: Any, request: Request) -> Response:
    """`/-/eventwire/map`: the interactive map (its markers come from map.json)."""
    try:
        where = render.request_filter(request)
    except BadFilter as error:
        return render.bad_filter(error)
    box = where.bbox
    return await render.page(
        datasette,
        request,
        "eventwire_map.html",
        {
            "where": where,
            "bbox": [box.min_lon, box.min_lat, box.max_lon, box.max_lat] if box else None,
            "tile_url": render.settings(datasette).get("tile_url") or "",
            "data_url": datasette.urls.path("/-/eventwire/map.json"),
            "world_url": datasette.urls.path("/-/eventwire/world.json"),
            "event_base": datasette.urls.path("/-/eventwire/event/"),
            "events_base": datasette.urls.path("/-/eventwire/events"),
        },
    )


async def map_json_view(datasette: Any, request: Request) -> Response:
    """`/-/eventwire/map.json?FILTERS&zoom=Z&view=W,S,E,N`: markers of the filtered events in view."""
    try:
        where = render.request_filter(request)
        zoom = mapdata.parse_zoom(request.args.get("zoom"))
        view_arg = request.args.get("view")
        view = BBox.parse(view_arg) if view_arg else None
    except BadFilter as error:
        return Response.json({"ok": False, "error": str(error)}, status=400)
    data = await render.database(datasette).execute_fn(lambda conn: mapdata.map_data(conn, where, zoom, view))
    return Response.json(data.as_json())


async def world_view(datasette: Any, request: Request) -> Response:
    """`/-/eventwire/world.json`: the world outline, the map's base layer."""
    return Response(world_geojson(), content_type="application/geo+json; charset=utf-8")


async def timeline_view(datasette: Any, request: Request) -> Response:
    """`/-/eventwire/timeline`: the filtered events and fatalities per day, month or year, by type."""
    try:
        where = render.request_filter(request)
        scale = parse_scale(request.args.get("per"))
    except BadFilter as error:
        return render.bad_filter(error)
    result = await render.database(datasette).execute_fn(lambda conn: timeline(conn, where, scale))
    types = sorted({t for b in result.bars for t, _, _ in b.stack})
    query = render.filter_qs(request)
    per_links = [
        (
            s,
            render.with_query(
                datasette.urls.path("/-/eventwire/timeline"), "&".join(p for p in (query, f"per={s}") if p)
            ),
        )
        for s in ("day", "month", "year")
    ]
    return await render.page(
        datasette,
        request,
        "eventwire_timeline.html",
        {
            "timeline": result,
            "bars": result.bars,
            "tallest": max((b.total for b in result.bars), default=0),
            "deadliest": max((b.killed for b in result.bars), default=0),
            "legend": [(t, type_colour(t)) for t in types],
            "where": where,
            "per_links": per_links,
            "label_every": max(1, len(result.bars) // 14),
            "bar_w": max(4, min(28, 900 // max(1, len(result.bars)))),
        },
    )


async def summary_view(datasette: Any, request: Request) -> Response:
    """`/-/eventwire/summary`: the filtered events by type, month, dyad and place (a country's: ?country=)."""
    try:
        where = render.request_filter(request)
    except BadFilter as error:
        return render.bad_filter(error)
    result = await render.database(datasette).execute_fn(lambda conn: summarise(conn, where))
    query = render.filter_qs(request)
    base = datasette.urls.path("/-/eventwire/events")

    def narrowed(key: str, value: str) -> str:
        return render.with_query(base, render.join_query(query, urlencode([(key, value)])))

    return await render.page(
        datasette,
        request,
        "eventwire_summary.html",
        {"summary": result, "where": where, "narrowed": narrowed, "colour": type_colour},
    )


async def source_view(datasette: Any, request: Request) -> Response:
    """`/-/eventwire/source/{id}`: one article, its outlet and link, its text with its events marked."""
    article_id = request.url_vars["id"]
    found = await render.database(datasette).execute_fn(lambda conn: source_page(conn, article_id))
    if found is None:
        return Response.html(f"<h1>No article {escape(article_id)}</h1>", status=404)
    return await render.page(
        datasette,
        request,
        "eventwire_source.html",
        {"source": found, "event_base": datasette.urls.path("/-/eventwire/event/")},
    )
