"""The `eventwire serve` command: Datasette with the eventwire plugin over an event database."""

from __future__ import annotations

import os
from pathlib import Path

import click

from .cli_options import max_chars_option, time_limit_option
from .cli_store import existing_db_option


@click.command("serve")
@existing_db_option
@click.option("--host", metavar="ADDRESS", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port to listen on.")
@click.option(
    "--token",
    envvar="EVENTWIRE_TOKEN",
    default=None,
    help="Enable POST /-/eventwire/extract and /-/eventwire/ingest for requests bearing this token "
    "(or set EVENTWIRE_TOKEN, which keeps it out of the process list).",
)
@click.option(
    "--tile-url",
    metavar="URL",
    default=None,
    help="Map tiles behind the world outline, e.g. http://127.0.0.1:8080/{z}/{x}/{y}.png (default: none).",
)
@click.option(
    "--allow-sql",
    is_flag=True,
    default=False,
    help="Let anyone run read-only SQL queries (?sql=, _where=); off by default.",
)
@max_chars_option
@time_limit_option
def serve_command(
    db_path: Path,
    host: str,
    port: int,
    token: str | None,
    tile_url: str | None,
    allow_sql: bool,
    max_chars: int,
    time_limit: float,
) -> None:
    """Browse the event database: tables with facets and evidence search, event pages, a map and a timeline.

    Read-only unless --token is given; no arbitrary SQL unless --allow-sql. Request bodies over
    1 MB get 413; an API text over --max-chars gets 413, one that takes over --time-limit 422.
    The evidence search index is rebuilt at each start.
    """
    import uvicorn

    from .web.app import TOKEN_ENV, build_datasette
    from .web.prepare import prepare_database

    indexed = prepare_database(db_path)
    if token:
        # Datasette reads the plugin's token from here ($env), so /-/metadata never shows it.
        os.environ[TOKEN_ENV] = token
    datasette = build_datasette(
        db_path,
        token=bool(token),
        tile_url=tile_url,
        allow_sql=allow_sql,
        max_chars=max_chars,
        time_limit=time_limit,
        host=host,
    )
    click.echo(f"{indexed} events indexed; serving http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")


def register_serve_command(group: click.Group) -> None:
    """Add `serve` to the `eventwire` command group."""
    group.add_command(serve_command)
