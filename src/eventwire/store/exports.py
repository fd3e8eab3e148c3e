"""Writing selected events as JSON Lines, CSV, Parquet, GeoJSON or ACLED-layout CSV."""

from __future__ import annotations

import contextlib
import csv
import importlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, TextIO, cast

from ..csvsafe import safe_cell
from ..output import RecordWriter
from .acled import ACLED_COLUMNS, acled_row
from .errors import DamagedDatabase, ExportError
from .sql import Row

ExportFormat = Literal["jsonl", "csv", "parquet", "geojson", "acled"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("jsonl", "csv", "parquet", "geojson", "acled")
BINARY_FORMATS = frozenset({"parquet"})

# The extract contract (DESIGN.md) plus what merging adds.
EVENT_RECORD_COLUMNS = (
    "id", "doc", "type", "mode", "cameo", "acled", "actor", "target", "location", "date", "status", "source",
    "quantities", "conflicts", "evidence", "confidence", "n_sources", "n_articles", "first_seen", "last_seen",
    "sources", "estimates",
)  # fmt: skip
_NUMERIC = {"confidence": "float64", "n_sources": "int64", "n_articles": "int64"}

FLAT_ESTIMATE_KINDS = ("killed", "injured")
CSV_FLAT_COLUMNS = (
    *(f"{kind}_{bound}" for kind in FLAT_ESTIMATE_KINDS for bound in ("low", "best", "high")),
    "outlets", "urls",
)  # fmt: skip
"""What a spreadsheet user filters on without parsing JSON: fatalities and injuries as low/best/high
numbers, and the outlets and addresses of the reports ("; "-separated), after the record's columns."""
CSV_COLUMNS = (*EVENT_RECORD_COLUMNS, *CSV_FLAT_COLUMNS)
PARQUET_BATCH = 1000

Records = Iterable[tuple[Row, dict[str, Any]]]


@dataclass(slots=True)
class ExportCounts:
    """How many events were written, and how many the format could not carry (and why)."""

    written: int = 0
    skipped: int = 0
    reason: str = ""


def open_output(path: Path, binary: bool) -> IO[Any]:
    """The export file, opened for writing; ExportError (one line) when it cannot be."""
    try:
        if binary:
            return open(path, "wb")
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from error


def write_events(records: Records, fmt: ExportFormat, out: IO[Any]) -> ExportCounts:
    """Write (events row, record) pairs to `out` (a binary stream for parquet, else text).

    ExportError when the destination fails (a full disk, a closed pipe); DamagedDatabase when the
    database cannot be read to the end. Both carry a one-line reason.
    """
    try:
        return _write(records, fmt, out)
    except sqlite3.DatabaseError as error:
        # "Could not decode to UTF-8 column 'x' with text '...'": the stored text is no part of the reason.
        reason = str(error).split(" with text ", 1)[0][:160]
        raise DamagedDatabase(f"cannot read the event database: {reason}") from error
    except OSError as error:
        _discard(out)
        raise ExportError(f"cannot write the export: {error.strerror or error}") from error


def _discard(out: IO[Any]) -> None:
    """Close a file the export failed to write, so that closing it later does not fail again (not stdout)."""
    with contextlib.suppress(OSError, ValueError):
        if out.fileno() > 2:
            out.close()


def _write(records: Records, fmt: ExportFormat, out: IO[Any]) -> ExportCounts:
    if fmt == "parquet":
        return _write_parquet(records, out)
    text = cast(TextIO, out)
    if fmt == "geojson":
        return _write_geojson(records, text)
    if fmt == "acled":
        return _write_acled(records, text)
    counts = ExportCounts()
    flat = fmt == "csv"
    writer = RecordWriter(text, fmt, CSV_COLUMNS if flat else EVENT_RECORD_COLUMNS)
    for _, record in records:
        writer.write(record | flat_columns(record) if flat else record)
        counts.written += 1
    writer.close()
    return counts


def flat_columns(record: dict[str, Any]) -> dict[str, Any]:
    """The CSV's flat columns of one event record (see CSV_FLAT_COLUMNS); empty where unknown."""
    flat: dict[str, Any] = {}
    for kind in FLAT_ESTIMATE_KINDS:
        estimate = record["estimates"].get(kind) or {}
        for bound in ("low", "best", "high"):
            flat[f"{kind}_{bound}"] = estimate.get(bound)
    sources = record["sources"]
    flat["outlets"] = "; ".join(dict.fromkeys(s["outlet"] for s in sources if s.get("outlet")))
    flat["urls"] = "; ".join(dict.fromkeys(s["url"] for s in sources if s.get("url")))
    return flat


def _write_acled(records: Records, out: TextIO) -> ExportCounts:
    counts = ExportCounts(reason="no ACLED event type")
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    for row, record in records:
        acled = acled_row(record, row)
        if acled is None:
            counts.skipped += 1
            continue
        writer.writerow({key: safe_cell(value) if isinstance(value, str) else value for key, value in acled.items()})
        counts.written += 1
    out.flush()
    return counts


def _write_geojson(records: Records, out: TextIO) -> ExportCounts:
    counts = ExportCounts(reason="no coordinates")
    out.write('{"type": "FeatureCollection", "features": [')
    for row, record in records:
        if row["lat"] is None or row["lon"] is None:
            counts.skipped += 1
            continue
        feature = {
            "type": "Feature",
            "id": record["id"],
            "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
            "properties": record,
        }
        out.write(("," if counts.written else "") + "\n" + json.dumps(feature, ensure_ascii=False))
        counts.written += 1
    out.write("\n]}\n")
    out.flush()
    return counts


def parquet_types() -> list[tuple[str, str]]:
    """The Parquet columns of an events export and their Arrow types (string, float64 or int64)."""
    return [(c, _NUMERIC.get(c, "string")) for c in EVENT_RECORD_COLUMNS]


def parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    """An event record as a Parquet row: nested values as JSON text, so every column is flat."""
    return {c: _parquet_value(c, record[c]) for c in EVENT_RECORD_COLUMNS}


def _parquet_value(column: str, value: Any) -> Any:
    if column in _NUMERIC or value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _write_parquet(records: Records, out: IO[bytes]) -> ExportCounts:
    try:
        pa = importlib.import_module("pyarrow")
        pq = importlib.import_module("pyarrow.parquet")
    except ImportError as error:
        raise ExportError("--format parquet needs pyarrow (pip install pyarrow)") from error
    schema = pa.schema([(c, getattr(pa, kind)()) for c, kind in parquet_types()])
    counts = ExportCounts()
    writer = pq.ParquetWriter(out, schema)
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        batch.clear()

    try:
        for _, record in records:
            batch.append(parquet_row(record))
            counts.written += 1
            if len(batch) >= PARQUET_BATCH:
                flush()
        if batch or not counts.written:
            flush()
    finally:
        writer.close()
    return counts
