"""The actor index: the actor dictionary (actors.tsv) and agent nouns (actor_agents.tsv) as one
indexed SQLite file, looked up by normalised name.

Like the gazetteer it is built once (actors_build) into the user's cache directory, keyed by the
data version (the two files' hash and the schema), and opened read-only afterwards: a worker
process opens a file instead of compiling 28,000 names into a matcher. `actor_index()` opens it
lazily, once per process. This module also holds the typed loaders of the two data files.
Nothing is read at import.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from types import TracebackType
from typing import Self

import platformdirs

from ..datafiles import data_bytes, read_tsv
from ..errors import DataFileError, EventwireError
from .cached_index import connect_read_only, remove_stale, stored_version
from .gazetteer import CACHE_DIR_ENV, normalise

__all__ = [
    "ACTORS_FILE",
    "AGENTS_FILE",
    "RECENT_ACTORS_FILE",
    "ActorEntry",
    "ActorIndex",
    "ActorIndexError",
    "ActorRole",
    "AgentNoun",
    "actor_index",
    "data_version",
    "default_path",
    "load_actor_rows",
    "load_agents",
]

SCHEMA_VERSION = 1
ACTORS_FILE = "actors.tsv"
RECENT_ACTORS_FILE = "actors_recent.tsv"
AGENTS_FILE = "actor_agents.tsv"
KINDS = frozenset({"person", "country", "institution", "armed", "igo", "ngo"})
_ACTORS_HEADER = ("id", "kind", "name", "variants", "roles")
_AGENTS_HEADER = ("noun", "plural", "sector", "code")
_ISO3 = re.compile(r"[A-Z]{3}")
_SECTOR = re.compile(r"[A-Z]{3}")
_DAY = re.compile(r"\d{8}")


class ActorIndexError(EventwireError):
    """The actor index cannot be built or opened."""


@dataclass(frozen=True, slots=True)
class ActorRole:
    """One role of an actor: country (None for an international body), CAMEO sectors, dates."""

    country: str | None
    sectors: tuple[str, ...]
    start: date | None = None
    end: date | None = None

    @property
    def sector(self) -> str | None:
        """The role's sector: the first of its chain."""
        return self.sectors[0] if self.sectors else None

    @property
    def code(self) -> str:
        """The role as a CAMEO actor code ("IRNGOV", "IGOUNO" without the body, "REB")."""
        return (self.country or "") + "".join(self.sectors)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, when: date) -> bool:
        """True when `when` falls in the role's dates (both limits included)."""
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """An actor of the dictionary with its display name and roles."""

    id: str
    kind: str
    name: str
    roles: tuple[ActorRole, ...]

    def role_at(self, when: date | None) -> ActorRole | None:
        """The role on `when`: the latest-starting dated role that covers it, else the default
        (undated) role, else None (the dictionary codes no role then: "Islamic State" before
        2013). With no date: the role still open when the dictionary ended (2014), else the
        default, else the role that started last."""
        dated = [r for r in self.roles if r.dated]
        default = next((r for r in self.roles if not r.dated), None)
        if when is not None:
            covering = [r for r in dated if r.covers(when)]
            if covering:
                return max(covering, key=lambda r: r.start or date.min)
            return default
        still_open = [r for r in dated if r.end is None]
        if still_open:
            return max(still_open, key=lambda r: r.start or date.min)
        return default or max(dated, key=lambda r: r.start or date.min, default=None)


@dataclass(frozen=True, slots=True)
class AgentNoun:
    """A common noun that names a sector ("riot police" -> COP)."""

    noun: str
    plural: str
    sector: str
    code: str


# --- data files ------------------------------------------------------------------------------------


def _rows(name: str, path: Path | None, header: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    return read_tsv(name, path, header, strip=False)


def _day(text: str, where: str) -> date | None:
    if not text:
        return None
    if not _DAY.fullmatch(text):
        raise DataFileError(f"{where}: date {text!r} is not YYYYMMDD")
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError as exc:
        raise DataFileError(f"{where}: date {text!r}: {exc}") from exc


def parse_roles(text: str, where: str = ACTORS_FILE) -> tuple[ActorRole, ...]:
    """Roles of the `roles` column: `COUNTRY:SECTORS:FROM:TO` joined by `;`."""
    roles = []
    for item in filter(None, text.split(";")):
        parts = item.split(":")
        if len(parts) != 4:
            raise DataFileError(f"{where}: role {item!r} is not COUNTRY:SECTORS:FROM:TO")
        country, sectors, start, end = parts
        if country != "-" and not _ISO3.fullmatch(country):
            raise DataFileError(f"{where}: country {country!r} is not ISO alpha-3 or -")
        chain = tuple(filter(None, sectors.split("+")))
        if not all(_SECTOR.fullmatch(s) for s in chain):
            raise DataFileError(f"{where}: sectors {sectors!r} are not CAMEO codes joined by +")
        roles.append(ActorRole(None if country == "-" else country, chain, _day(start, where), _day(end, where)))
    return tuple(roles)


def load_actor_rows(
    path: Path | None = None, recent_path: Path | None = None
) -> list[tuple[ActorEntry, tuple[str, ...]]]:
    """Read and validate actors.tsv and actors_recent.tsv: each actor with its variants. A row of
    actors_recent.tsv whose id actors.tsv has adds its roles and variants to that actor (a leader
    the dictionaries knew before 2014 who took another office after); any other row is new."""
    out: dict[str, tuple[ActorEntry, tuple[str, ...]]] = {}
    for line_no, (actor_id, kind, name, variants, roles) in _rows(ACTORS_FILE, path, _ACTORS_HEADER):
        entry, names = _actor_row(f"{path or ACTORS_FILE}:{line_no}", actor_id, kind, name, variants, roles)
        if actor_id in out:
            raise DataFileError(f"{path or ACTORS_FILE}:{line_no}: repeated id {actor_id!r}")
        out[actor_id] = (entry, names)
    recent_ids: set[str] = set()
    for line_no, row in _rows(RECENT_ACTORS_FILE, recent_path, _ACTORS_HEADER):
        where = f"{recent_path or RECENT_ACTORS_FILE}:{line_no}"
        entry, names = _actor_row(where, *row)
        if entry.id in recent_ids:
            raise DataFileError(f"{where}: repeated id {entry.id!r}")
        recent_ids.add(entry.id)
        known = out.get(entry.id)
        if known is not None:
            if known[0].kind != entry.kind:
                raise DataFileError(f"{where}: {entry.id!r} is a {known[0].kind} in {ACTORS_FILE}, not a {entry.kind}")
            merged = ActorEntry(entry.id, entry.kind, known[0].name, known[0].roles + entry.roles)
            out[entry.id] = (merged, tuple(dict.fromkeys(known[1] + names)))
        else:
            out[entry.id] = (entry, names)
    return list(out.values())


def _actor_row(
    where: str, actor_id: str, kind: str, name: str, variants: str, roles: str
) -> tuple[ActorEntry, tuple[str, ...]]:
    if not actor_id:
        raise DataFileError(f"{where}: empty id")
    if kind not in KINDS:
        raise DataFileError(f"{where}: kind {kind!r} not one of {sorted(KINDS)}")
    if not name.strip():
        raise DataFileError(f"{where}: empty name")
    parsed = parse_roles(roles, where)
    if not parsed:
        raise DataFileError(f"{where}: no role")
    names = tuple(v for v in variants.split("|") if v)
    return ActorEntry(actor_id, kind, name, parsed), names


def load_agents(path: Path | None = None) -> dict[str, AgentNoun]:
    """Read and validate actor_agents.tsv: noun and plural (lower case) -> agent noun."""
    agents: dict[str, AgentNoun] = {}
    for line_no, (noun, plural, sector, code) in _rows(AGENTS_FILE, path, _AGENTS_HEADER):
        where = f"{path or AGENTS_FILE}:{line_no}"
        if not noun or noun != noun.lower() or not _SECTOR.fullmatch(sector):
            raise DataFileError(f"{where}: needs a lower-case noun and a CAMEO sector")
        agent = AgentNoun(noun, plural, sector, code)
        agents.setdefault(noun, agent)
        if plural:
            agents.setdefault(plural, agent)
    return agents


# --- the index -------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def data_version() -> str:
    """Schema and data files' hash: any change means a rebuild."""
    digest = hashlib.sha256()
    for name in (ACTORS_FILE, RECENT_ACTORS_FILE, AGENTS_FILE):
        digest.update(name.encode())
        digest.update(data_bytes(name))
    return f"schema={SCHEMA_VERSION};data={digest.hexdigest()[:16]}"


def default_path() -> Path:
    """Where the index is cached: beside the gazetteer ($EVENTWIRE_CACHE_DIR or the user cache)."""
    directory = os.environ.get(CACHE_DIR_ENV) or platformdirs.user_cache_dir("eventwire")
    short_hash = hashlib.sha256(data_version().encode()).hexdigest()[:12]
    return Path(directory) / f"actors-{short_hash}.sqlite"


class ActorIndex:
    """Read-only lookups of actors by name and of agent nouns."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.path = path
        self._connection = connection
        self._lookup = lru_cache(maxsize=8192)(self._query)
        self._agents: dict[str, tuple[str, str]] | None = None

    @classmethod
    def open(cls, path: Path | None = None, *, rebuild: bool = False) -> ActorIndex:
        """Open the index, building it first when missing, stale or `rebuild` is set."""
        target = path if path is not None else default_path()
        if rebuild or stored_version(target) != data_version():
            from . import actors_build  # the builder parses the data files, which queries never need

            actors_build.build(target)
            if path is None:
                remove_stale(target, "actors-*.sqlite")
        try:
            connection = connect_read_only(target)
            connection.execute("SELECT 1 FROM actors LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            raise ActorIndexError(f"cannot open the actor index at {target}: {exc}") from exc
        return cls(connection, target)

    def close(self) -> None:
        """Close the database connection."""
        self._lookup.cache_clear()
        self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def lookup(self, name: str) -> tuple[ActorEntry, ...]:
        """Actors one of whose names normalises like `name`, primary names first."""
        return self._lookup(normalise(name))

    def _query(self, norm: str) -> tuple[ActorEntry, ...]:
        if not norm:
            return ()
        sql = (
            "SELECT a.id, a.kind, a.name, a.roles FROM names n JOIN actors a ON a.id = n.actor_id "
            "WHERE n.norm = ? ORDER BY n.is_primary DESC, a.id"
        )
        rows = self._connection.execute(sql, (norm,)).fetchall()
        return tuple(ActorEntry(i, k, name, parse_roles(roles)) for i, k, name, roles in rows)

    def agent(self, noun: str) -> str | None:
        """The sector an agent noun names ("riot police" -> COP), by its lower-case form."""
        if self._agents is None:
            rows = self._connection.execute("SELECT noun, sector, code FROM agents").fetchall()
            self._agents = {noun: (sector, code) for noun, sector, code in rows}
        found = self._agents.get(noun.lower())
        return found[0] if found else None

    def count(self) -> int:
        """How many actors the index holds."""
        return int(self._connection.execute("SELECT COUNT(*) FROM actors").fetchone()[0])


@cache
def actor_index() -> ActorIndex:
    """The process's actor index (the user cache's, built on first use), opened once."""
    return ActorIndex.open()
