"""Reading the versioned rule, lexicon and mapping files shipped in `eventwire/data`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import DataFileError


def data_text(name: str) -> str:
    """The text of a packaged data file."""
    try:
        return resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataFileError(f"data file {name} is missing from the package") from exc


def read_json(name: str) -> dict[str, Any]:
    """A packaged JSON data file; it must be an object with an integer `version`."""
    try:
        value = json.loads(data_text(name))
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{name}: invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(value, dict) or not isinstance(value.get("version"), int):
        raise DataFileError(f"{name}: expected an object with an integer 'version'")
    return value


def read_jsonl(name: str) -> list[dict[str, Any]]:
    """A packaged JSON Lines data file; blank lines and lines starting with // are skipped."""
    rows: list[dict[str, Any]] = []
    for lineno, line in enumerate(data_text(name).splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(f"{name}:{lineno}: invalid JSON: {exc.msg}") from exc
        if not isinstance(row, dict):
            raise DataFileError(f"{name}:{lineno}: expected a JSON object")
        rows.append(row)
    return rows


def string_list(name: str, value: Any, key: str) -> list[str]:
    """Check that `value` is a list of non-empty strings (schema check helper)."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DataFileError(f"{name}: '{key}' must be a list of non-empty strings")
    return list(value)


def data_bytes(name: str, path: Path | None = None) -> bytes:
    """The bytes of a packaged data file, or of `path` when given (a file under test)."""
    try:
        if path is not None:
            return path.read_bytes()
        return (resources.files("eventwire") / "data" / name).read_bytes()
    except OSError as exc:
        raise DataFileError(f"{path or 'eventwire/data/' + name}: cannot read: {exc}") from exc


def read_tsv(
    name: str, path: Path | None, header: tuple[str, ...], *, strip: bool = True
) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of a tab-separated data file after checking its header and field counts.

    Blank lines and lines starting with '#' (the header naming sources) are skipped.
    """
    source = str(path) if path is not None else f"eventwire/data/{name}"
    try:
        text = data_bytes(name, path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{source}: not UTF-8: {exc}") from exc
    seen_header = False
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not seen_header:
            if tuple(fields) != header:
                raise DataFileError(f"{source}:{line_no}: header must be {' <TAB> '.join(header)}")
            seen_header = True
            continue
        if len(fields) != len(header):
            raise DataFileError(f"{source}:{line_no}: expected {len(header)} tab-separated fields, found {len(fields)}")
        yield line_no, [value.strip() for value in fields] if strip else fields
    if not seen_header:
        raise DataFileError(f"{source}: no header row")
