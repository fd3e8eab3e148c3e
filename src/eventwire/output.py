"""Writers for the record streams eventwire prints: JSON Lines, one JSON array, or CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, TextIO

from .csvsafe import safe_cell

Format = Literal["jsonl", "json", "csv"]
FORMATS: tuple[Format, ...] = ("jsonl", "json", "csv")


def _csv_value(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        return safe_cell(value)  # a text cell never runs as a spreadsheet formula
    return "" if value is None else value


class RecordWriter:
    """Streams dict records to `out` in one format; call `close` to finish a JSON array."""

    def __init__(self, out: TextIO, fmt: Format, columns: Sequence[str]) -> None:
        self.out, self.fmt, self.columns = out, fmt, list(columns)
        self.count = 0
        self._csv: Any = None
        if fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=self.columns, extrasaction="ignore")
            self._csv.writeheader()
        elif fmt == "json":
            out.write("[")

    def write(self, record: Mapping[str, Any]) -> None:
        """Write one record."""
        if self.fmt == "jsonl":
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.out.write(("," if self.count else "") + "\n" + json.dumps(record, ensure_ascii=False))
        else:
            self._csv.writerow({k: _csv_value(record.get(k)) for k in self.columns})
        self.count += 1

    def write_all(self, records: Iterable[Mapping[str, Any]]) -> None:
        """Write several records."""
        for record in records:
            self.write(record)

    def close(self) -> None:
        """Finish the output (closes the JSON array) and flush."""
        if self.fmt == "json":
            self.out.write("\n]\n")
        self.out.flush()
