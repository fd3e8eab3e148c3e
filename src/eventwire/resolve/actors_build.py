"""Build the actor index (see actors_index) from actors.tsv and actor_agents.tsv.

One SQLite file: `actors` (id, kind, name, roles as stored), `names` (normalised name -> actor,
whether it is the actor's primary name), `agents` (noun or plural -> sector) and `meta` (the data
version). Written to a temporary file beside the target and moved into place when complete, so
processes that build at once never read half a file.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from .actors_index import ActorIndexError, ActorRole, data_version, load_actor_rows, load_agents
from .gazetteer import normalise

_SCHEMA = """
CREATE TABLE actors (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, roles TEXT NOT NULL);
CREATE TABLE names (norm TEXT NOT NULL, actor_id TEXT NOT NULL, is_primary INTEGER NOT NULL);
CREATE TABLE agents (noun TEXT PRIMARY KEY, sector TEXT NOT NULL, code TEXT NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_INDEXES = "CREATE INDEX names_norm ON names (norm);"


def _roles_text(roles: tuple[ActorRole, ...]) -> str:
    """Roles back in the data file's notation (validated on the way in)."""
    parts = []
    for role in roles:
        start = role.start.strftime("%Y%m%d") if role.start else ""
        end = role.end.strftime("%Y%m%d") if role.end else ""
        parts.append(f"{role.country or '-'}:{'+'.join(role.sectors)}:{start}:{end}")
    return ";".join(parts)


def _write(connection: sqlite3.Connection) -> int:
    connection.executescript(_SCHEMA)
    rows = load_actor_rows()
    connection.executemany(
        "INSERT INTO actors VALUES (?, ?, ?, ?)",
        ((e.id, e.kind, e.name, _roles_text(e.roles)) for e, _ in rows),
    )
    names: set[tuple[str, str, int]] = set()
    for entry, variants in rows:
        names.add((normalise(entry.name), entry.id, 1))
        names.update((normalise(v), entry.id, 0) for v in variants)
    connection.executemany("INSERT INTO names VALUES (?, ?, ?)", sorted(n for n in names if n[0]))
    agents = load_agents()
    connection.executemany(
        "INSERT INTO agents VALUES (?, ?, ?)", sorted((k, a.sector, a.code) for k, a in agents.items())
    )
    connection.executescript(_INDEXES)
    connection.execute("INSERT INTO meta VALUES ('data_version', ?)", (data_version(),))
    return len(rows)


def build(path: Path) -> int:
    """Build the index into `path` atomically; returns the number of actors."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise ActorIndexError(f"cannot create the actor index in {path.parent}: {exc}") from exc
    temp = Path(temp_name)
    try:
        connection = sqlite3.connect(temp)
        try:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            with connection:
                count = _write(connection)
        finally:
            connection.close()
        os.replace(temp, path)
    except (OSError, sqlite3.Error) as exc:
        raise ActorIndexError(f"cannot build the actor index at {path}: {exc}") from exc
    finally:
        temp.unlink(missing_ok=True)
    return count
