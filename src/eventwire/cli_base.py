"""What every `eventwire` command shares: the error mapping, date options and input checks.

`EventwireGroup` is the one place where the project's errors become a one-line message on
stderr and exit code 2, so no command repeats `try/except EventwireError`. Commands import
from here, never from each other.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

import click

from .errors import EventwireError
from .terminal import printable

# Exit codes: 1 = some input could not be read (like cat), 2 = eventwire could not do the job.
EXIT_INPUT = 1
EXIT_ERROR = 2


class EventwireGroup(click.Group):
    """A click group that maps eventwire's errors to one line and exit 2, and shows library progress notes."""

    def invoke(self, ctx: click.Context) -> Any:
        _show_library_notes()
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            click.echo(f"eventwire: {printable(str(exc))}", err=True)
            ctx.exit(EXIT_ERROR)


def _show_library_notes() -> None:
    """Let the library's INFO notes (e.g. "building the gazetteer ...") reach stderr, once."""
    logger = logging.getLogger("eventwire")
    if not any(getattr(h, "_eventwire_cli", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("eventwire: %(message)s"))
        handler._eventwire_cli = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


def parse_date(value: str | None) -> date | None:
    """A --published style YYYY-MM-DD option value, or a usage error naming the bad value."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(path: str) -> bool:
    """A URL argument (http(s) is fetched; the readers refuse other schemes with their reason)."""
    return _SCHEME.match(path) is not None


def split_missing(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """(paths to read, paths that do not exist): a missing path is an error, reported after the rest ran."""
    present: list[str] = []
    missing: list[str] = []
    for path in paths:
        if path == "-" or is_url(path) or os.path.lexists(path):
            present.append(path)
        else:
            missing.append(path)
    return present, missing


def report_missing(missing: Sequence[str]) -> None:
    """Name each missing path on stderr (as `cat` does)."""
    for path in missing:
        click.echo(f"eventwire: {printable(path)}: No such file or directory", err=True)


def finish(missing: Sequence[str], read: int, skipped: int) -> None:
    """Exit 1 when a path was missing, or when inputs were given and every one was skipped."""
    if missing or (read == 0 and skipped > 0):
        if read == 0 and skipped > 0 and not missing:
            click.echo("eventwire: every input was skipped; nothing was read", err=True)
        sys.exit(EXIT_INPUT)
