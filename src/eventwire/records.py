"""Typed records that cross stage boundaries (ingest -> nlp -> resolve -> output)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Precision = Literal["facility", "city", "admin1", "country", "region"]
PlaceKind = Literal["toponym", "demonym"]


@dataclass(slots=True)
class Article:
    """One news report as read from the user's input.

    `text` is the text as given (decoded file contents, the JSONL `text` field, or the
    main text trafilatura extracted from an HTML page); every offset eventwire reports
    indexes into it.
    """

    id: str
    doc: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    source: str = ""


@dataclass(slots=True)
class Skip:
    """An input that was not processed, with a one-line reason for the user."""

    source: str
    reason: str


@dataclass(slots=True)
class Span:
    """A character range [start, end) of an Article's text."""

    start: int
    end: int


@dataclass(slots=True)
class GazetteerEntry:
    """One place of the gazetteer."""

    id: str
    name: str
    kind: Literal["country", "admin1", "city", "facility", "region"]
    lat: float
    lon: float
    country: str | None = None
    admin1: str | None = None
    population: int = 0
    feature: str = ""


@dataclass(slots=True)
class PlaceMention:
    """A resolved place mention: the DESIGN.md place record."""

    doc: str
    text: str
    start: int
    end: int
    name: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: Precision | None
    gazetteer_id: str | None
    kind: PlaceKind = "toponym"
    score: float = 0.0
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The output-contract dict (evidence and score kept for debugging)."""
        return asdict(self)
