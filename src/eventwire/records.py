"""Typed records that cross stage boundaries (ingest -> nlp -> resolve -> output)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Precision = Literal["facility", "city", "admin2", "admin1", "country", "region"]
PlaceKind = Literal["toponym", "demonym"]
PRECISION_ORDER: tuple[Precision, ...] = ("facility", "city", "admin2", "admin1", "country", "region")
"""Place precisions from finest to coarsest: the one ordering every stage ranks places by."""
_PRECISION_RANK: dict[str, int] = {p: n for n, p in enumerate(PRECISION_ORDER)}


def precision_rank(precision: str | None) -> int:
    """0 for a facility, 1 for a city ... 5 for a region; an unknown or missing precision ranks last (6)."""
    return _PRECISION_RANK.get(precision or "", len(PRECISION_ORDER))


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
    # Where `published` came from: "metadata" (HTML, feed item, JSONL field), "text" (a dateline
    # or "Published:" line found in the text) or "option" (--published); None when unknown.
    published_source: str | None = None


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
    kind: Literal["country", "admin1", "city", "admin2", "facility", "region"]
    lat: float
    lon: float
    country: str | None = None
    admin1: str | None = None
    population: int = 0
    feature: str = ""
    alternate: bool = False


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


@dataclass(slots=True)
class PlaceCandidate:
    """A span that may name a place, with the context resolution needs (no spaCy objects)."""

    text: str
    start: int
    end: int
    label: str
    sentence: int
    strong: bool = True
    facility_word: str | None = None
    preposition: str | None = None
    container: str | None = None
    in_dateline: bool = False
    # The word of administration that ends the name or follows it ("Plateau State", "Ituri
    # province"): the name is an area (place_name_rules.json `area_words`).
    area_word: str | None = None
    # The whole name is an organisation of organisations.jsonl ("Wagner fighters"): no town of
    # that name is meant.
    organisation: bool = False


@dataclass(slots=True)
class DemonymMention:
    """An adjectival country reference ("Iraqi"): context for resolution, not a place."""

    text: str
    start: int
    end: int


Status = Literal["asserted", "claimed", "denied", "threatened", "planned", "conditional", "negated"]


@dataclass(slots=True)
class Party:
    """An actor, target or source: resolved to a country (ISO3) and a CAMEO sector."""

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: Literal["country", "organisation", "person", "group", "unknown"] = "unknown"
    # The actor dictionary entry it resolved to, and that entry's role at the event's date.
    actor_id: str | None = None
    role: str | None = None
    # True when the report does not name this side and a rule supplied it ("the authorities").
    implied: bool = False
    # True when the sentence tells the person came to the event's place ("arrived in Cairo"): a
    # guest there, so the place says nothing of the person's country.
    guest: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The output-contract fields."""
        return {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector}


@dataclass(slots=True)
class Evidence:
    """The sentence an event mention came from, with offsets into the article text."""

    sentence: str
    start: int
    end: int


@dataclass(slots=True)
class QuantityClaim:
    """A number attached to an event, with its hedge and the source that states it."""

    kind: str
    value: int | float | None
    low: int | float | None
    high: int | float | None
    text: str
    start: int
    end: int
    source: Party | None = None

    def to_dict(self) -> dict[str, Any]:
        """The output-contract fields."""
        return {
            "kind": self.kind,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "text": self.text,
            "source": self.source.to_dict() if self.source else None,
        }


@dataclass(slots=True)
class EventDate:
    """A resolved event date; `default` marks the publication-date fallback."""

    value: str
    text: str
    precision: Literal["day", "month", "year"]
    default: bool = False
    approximate: bool = False


@dataclass(slots=True)
class EventMention:
    """One event as one sentence states it, before in-document merging."""

    type: str
    mode: str | None
    trigger: str
    trigger_start: int
    sentence_index: int
    actor: Party | None
    target: Party | None
    location: PlaceMention | None
    date: EventDate | None
    status: Status
    source: Party | None
    quantities: list[QuantityClaim]
    evidence: Evidence
    anaphoric: bool = False
    confidence: float = 0.5
    # Whether the place hangs in the trigger's phrase ("attacked a camp in El Geneina"), not
    # merely somewhere in the sentence or carried from an earlier one.
    place_attached: bool = False
    # Whether the mention names an act another act of its sentence answers ("fired rockets in
    # retaliation for the killing of a commander"): the two are never one event.
    cause: bool = False
    # Names of the pattern and the role/status rules that shaped this mention, for measuring them.
    rules: tuple[str, ...] = ()


@dataclass(slots=True)
class Event:
    """A document-level event: the DESIGN.md output record."""

    doc: str
    type: str
    mode: str | None
    cameo: str | None
    acled: dict[str, str] | None
    actor: Party | None
    target: Party | None
    location: PlaceMention | None
    date: EventDate | None
    status: Status
    source: Party | None
    quantities: list[QuantityClaim]
    conflicts: list[str]
    evidence: list[Evidence]
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        """The output contract of `eventwire extract`."""
        loc = self.location
        return {
            "doc": self.doc,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "acled": self.acled,
            "actor": self.actor.to_dict() if self.actor else None,
            "target": self.target.to_dict() if self.target else None,
            "location": None
            if loc is None
            else {
                "text": loc.text,
                "name": loc.name,
                "country": loc.country,
                "admin1": loc.admin1,
                "lat": loc.lat,
                "lon": loc.lon,
                "precision": loc.precision,
            },
            "date": None
            if self.date is None
            else {"value": self.date.value, "text": self.date.text, "precision": self.date.precision},
            "status": self.status,
            "source": self.source.to_dict() if self.source else None,
            "quantities": [q.to_dict() for q in self.quantities],
            "conflicts": self.conflicts,
            "evidence": [{"sentence": e.sentence, "start": e.start, "end": e.end} for e in self.evidence],
            "confidence": round(self.confidence, 3),
        }
