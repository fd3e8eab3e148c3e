"""Merged events as a plain-text table for the terminal: one readable line per event.

Columns: date, actor -> target, type/mode, place, killed low/best/high, sources. Long cells are
cut with an ellipsis so a row fits the terminal; every cell is stripped of control characters,
since event text comes from untrusted articles.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

HEADERS = ("date", "actor -> target", "type/mode", "place", "killed l/b/h", "sources")
# The share of the spare width each text column gets; the others keep their natural width.
_FLEX = {1: 0.45, 3: 0.25, 5: 0.30}
_MIN_FLEX = 10


@dataclass(slots=True)
class TableCounts:
    """How many events the table shows."""

    written: int = 0


def _clean(text: str) -> str:
    """One line of printable text: control characters and line breaks become spaces."""
    return "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text).strip()


def _party(party: dict[str, Any] | None) -> str:
    if not party:
        return "?"
    label = party.get("name") or party.get("text") or "?"
    country = party.get("country")
    return f"{label} ({country})" if country and country not in label else str(label)


def _killed(estimates: dict[str, Any]) -> str:
    killed = estimates.get("killed")
    if not killed:
        return "-"
    low, best, high = killed.get("low"), killed.get("best"), killed.get("high")
    cell = "/".join("?" if v is None else f"{v:g}" for v in (low, best, high))
    return cell + (" !" if killed.get("conflict") else "")


def _place(location: dict[str, Any] | None) -> str:
    if not location:
        return "-"
    name = location.get("name") or location.get("text") or "-"
    country = location.get("country")
    return f"{name}, {country}" if country else str(name)


def _sources(record: dict[str, Any]) -> str:
    outlets = [s.get("outlet") or s.get("doc") or "?" for s in record.get("sources") or []]
    unique = list(dict.fromkeys(str(o) for o in outlets))
    return f"{len(unique)}: " + ", ".join(unique) if unique else "0"


def table_cells(record: dict[str, Any]) -> tuple[str, ...]:
    """The six cells of one event record (the JSONL record of `eventwire events`)."""
    when = (record.get("date") or {}).get("value") or "undated"
    kind = record.get("type") or "?"
    mode = record.get("mode")
    status = record.get("status")
    kind_cell = f"{kind}/{mode}" if mode else kind
    if status and status != "asserted":
        kind_cell += f" ({status})"
    dyad = f"{_party(record.get('actor'))} -> {_party(record.get('target'))}"
    cells = (when, dyad, kind_cell, _place(record.get("location")), _killed(record.get("estimates") or {}),
             _sources(record))  # fmt: skip
    return tuple(_clean(c) for c in cells)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _widths(rows: list[tuple[str, ...]], total: int) -> list[int]:
    natural = [max(len(r[i]) for r in rows) for i in range(len(HEADERS))]
    gaps = 2 * (len(HEADERS) - 1)
    if sum(natural) + gaps <= total:
        return natural
    fixed = sum(w for i, w in enumerate(natural) if i not in _FLEX) + gaps
    spare = max(total - fixed, _MIN_FLEX * len(_FLEX))
    widths = list(natural)
    for i, share in _FLEX.items():
        widths[i] = min(natural[i], max(_MIN_FLEX, int(spare * share)))
    return widths


def format_table(records: Iterable[dict[str, Any]], width: int = 160) -> Iterator[str]:
    """Lines of a table of `records`, fitted to `width` characters where the columns allow."""
    rows = [HEADERS, *(table_cells(r) for r in records)]
    widths = _widths(rows, width)
    for n, row in enumerate(rows):
        yield "  ".join(_cut(cell, w).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        if n == 0:
            yield "  ".join("-" * w for w in widths)
