"""A Datasette instance serving an event database with the eventwire plugin registered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datasette.app import Datasette  # type: ignore[import-untyped]
from datasette.plugins import pm  # type: ignore[import-untyped]

from ..store.tallies import TALLY_TABLES
from .prepare import BROWSE_VIEW, FTS_TABLE

PLUGIN_NAME = "eventwire"
# Bookkeeping nobody browses: blocking keys of the merger, applied migrations, the tallies, the search index's tables.
HIDDEN_TABLES = (
    "block_keys",
    "migrations",
    *TALLY_TABLES,  # the pages' aggregates, kept by triggers
    *(FTS_TABLE + suffix for suffix in ("", "_config", "_content", "_data", "_docsize", "_idx")),
)
# Columns of `events` that are never null (a NOT NULL constraint each): safe to page a sort on.
NON_NULL_EVENT_COLUMNS = ("id", "type", "status", "n_sources", "n_articles", "confidence")
TOKEN_ENV = "EVENTWIRE_TOKEN"


def register_plugin() -> None:
    """Register the eventwire plugin with Datasette's plugin manager (once per process).

    Datasette's default error handler is replaced by `eventwire.web.safety` (see there why).
    """
    from eventwire import web
    from eventwire.web import safety

    if not pm.is_registered(web):
        pm.register(web, name=PLUGIN_NAME)
    if not pm.is_blocked(safety.DEFAULT_HANDLER):
        pm.set_blocked(safety.DEFAULT_HANDLER)
    if not pm.is_registered(safety):
        pm.register(safety, name=f"{PLUGIN_NAME}-safety")


def metadata(database: str, token: bool, tile_url: str | None, limits: dict[str, Any] | None = None) -> dict[str, Any]:
    """Datasette metadata: facets and evidence search on events, and the plugin's settings.

    The token is never written here: Datasette reads it from the environment (`$env`), so
    `/-/metadata` shows only the variable's name.
    """
    plugin: dict[str, Any] = {"tile_url": tile_url, **(limits or {})}
    if token:
        plugin["token"] = {"$env": TOKEN_ENV}
    search = {"fts_table": FTS_TABLE}
    return {
        "title": "eventwire",
        "description": "Events extracted from news, with their sources and claims.",
        "databases": {
            database: {
                "tables": {
                    # Datasette pages a table by (sort column, primary key) and loses rows when the sort
                    # column has nulls (date mostly is): only never-null columns sort, so paging and
                    # `.csv?_stream=on` return every event once. The date order is /-/eventwire/events.
                    "events": {
                        "facets": ["type", "actor_country", "country", "status"],
                        "sortable_columns": list(NON_NULL_EVENT_COLUMNS),
                        "fts_pk": "rowid",
                        **search,
                    },
                    BROWSE_VIEW: {
                        "description": "Events with a month and location_country to facet on.",
                        "facets": ["type", "actor_country", "location_country", "status", "month"],
                        "sortable_columns": ["id"],
                        "fts_pk": "event_rowid",
                        **search,
                    },
                    **{name: {"hidden": True} for name in HIDDEN_TABLES},
                }
            }
        },
        "plugins": {PLUGIN_NAME: plugin},
    }


def build_datasette(
    db_path: Path | str,
    token: bool = False,
    tile_url: str | None = None,
    allow_sql: bool = False,
    max_chars: int | None = None,
    time_limit: float | None = None,
    host: str = "127.0.0.1",
) -> Datasette:
    """A read-only Datasette over `db_path` (prepared with `prepare_database`) with the plugin.

    Nothing writes unless `token` (the plugin's extract and ingest endpoints); arbitrary SQL
    (`?sql=`, `_where=`) only with `allow_sql`: even read-only, one query can hold a reader for the
    whole time limit, and a public server should not run what anyone types. `max_chars` and
    `time_limit` bound what one API request may cost (default: those of `eventwire ingest`). `host`
    is the address served: on a loopback or named one, requests naming another Host get 421.
    """
    register_plugin()
    path = Path(db_path)
    return Datasette(
        files=[str(path)],
        metadata=metadata(path.stem, token, tile_url, {**_limits(max_chars, time_limit), "host": host}),
        # Facet suggestions scan every column of a 100k-row table on each page view; the
        # configured facets are indexed and enough.
        # A table page of 50 rows (Datasette's default is 100): the events table has 30 columns, and
        # rendering them is most of the page's time; the same size as the analyst's events list.
        settings={
            "default_page_size": 50,
            "facet_time_limit_ms": 500,
            "sql_time_limit_ms": 2000,
            "suggest_facets": False,
            "default_allow_sql": allow_sql,
            "allow_download": False,
        },
    )


def _limits(max_chars: int | None, time_limit: float | None) -> dict[str, float]:
    found = {"max_chars": max_chars, "time_limit": time_limit}
    return {key: value for key, value in found.items() if value is not None}
