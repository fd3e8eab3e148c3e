"""What the gazetteer and the actor index share: read-only SQLite files in the user cache, stamped
with the data version they were built from, older versions deleted when a new one is built."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a built index, usable from the threads of one process."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)


def stored_version(path: Path) -> str | None:
    """The data version recorded in the index at `path`; None when missing or unreadable."""
    if not path.is_file():
        return None
    try:
        connection = connect_read_only(path)
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None  # a truncated or foreign file is rebuilt, not an error
    return str(row[0]) if row else None


def remove_stale(current: Path, pattern: str) -> None:
    """Delete the other files matching `pattern` beside `current` (older data versions)."""
    for stale in current.parent.glob(pattern):
        if stale != current:
            # Another process may hold it open on a platform that forbids unlinking.
            with contextlib.suppress(OSError):
                stale.unlink()
