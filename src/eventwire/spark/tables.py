"""Spark schemas of the store's tables, read from the store's own migrations, and rows typed to match.

The Parquet a Spark job writes holds exactly the rows `Store.add` would store, typed as SQLite
hands them back (REAL as float, INTEGER as int), so the shared merge and export code sees the
same values on both paths.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from ..store.exports import parquet_types
from ..store.migrations import migrate

if TYPE_CHECKING:
    from pyspark.sql.types import DataType, StructType

# The store tables a Spark extraction writes (one Parquet dataset each).
EXTRACT_TABLES = ("articles", "mentions", "claims")


@cache
def column_types(table: str) -> tuple[tuple[str, str], ...]:
    """The columns of a store table with their SQLite types (TEXT, INTEGER, REAL), in table order."""
    db = Database(sqlite3.connect(":memory:"))
    try:
        migrate(db)
        return tuple((str(r[1]), str(r[2]).upper()) for r in db.execute(f"PRAGMA table_info({table})"))
    finally:
        db.close()


def _coerce(kind: str, value: Any) -> Any:
    """A value as SQLite would hand it back from a column of that type."""
    if value is None:
        return None
    if kind == "REAL":
        return float(value)
    if kind == "INTEGER":
        return int(value)
    return str(value)


def typed_values(table: str, row: Mapping[str, Any]) -> tuple[Any, ...]:
    """A store row's values in the table's column order, each coerced to its column type."""
    return tuple(_coerce(kind, row[name]) for name, kind in column_types(table))


def _spark_type(kind: str) -> DataType:
    from pyspark.sql.types import DoubleType, LongType, StringType

    return {"REAL": DoubleType(), "INTEGER": LongType(), "float64": DoubleType(), "int64": LongType()}.get(
        kind, StringType()
    )


def table_schema(table: str) -> StructType:
    """The Spark schema of a store table."""
    from pyspark.sql.types import StructField, StructType

    return StructType([StructField(name, _spark_type(kind), True) for name, kind in column_types(table)])


def events_schema() -> StructType:
    """The Spark schema of an events export: the columns and types of `eventwire events --format parquet`."""
    from pyspark.sql.types import StructField, StructType

    return StructType([StructField(name, _spark_type(kind), True) for name, kind in parquet_types()])
