"""Small helpers: parameterised SQL over many ids, rows as dicts, write transactions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence, Sized
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlite_utils import Database

# SQLite allows 32766 host parameters; stay far below it.
CHUNK = 500
T = TypeVar("T")
Row = dict[str, Any]


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most `size` items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def marks(items: Sized) -> str:
    """The `?, ?, ...` placeholders of an IN list of the items (the values go in as parameters)."""
    return ", ".join("?" * len(items))


def dict_rows(db: Database, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
    """The rows of a query as dicts keyed by column name."""
    cursor = db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


@contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    """One transaction that takes the write lock up front (BEGIN IMMEDIATE).

    A deferred transaction that reads first and writes later fails at once, without waiting,
    when another process wrote in between; taking the lock first makes it wait its turn instead.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.rollback()
        raise
    db.execute("COMMIT")
