"""Reading merged events back: filters as parameterised SQL, rows as output-contract records."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from .errors import StoreError
from .rows import date_dict, location_dict, party_dict
from .sql import Row, chunks, dict_rows, marks

_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class BadFilter(StoreError):
    """A filter value that cannot select anything (a malformed date or bounding box)."""


@dataclass(frozen=True, slots=True)
class BBox:
    """A longitude/latitude box; min_lon > max_lon means it crosses the antimeridian."""

    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float

    @classmethod
    def parse(cls, text: str) -> BBox:
        """`minlon,minlat,maxlon,maxlat` in degrees."""
        try:
            values = [float(v) for v in text.split(",")]
        except ValueError as error:
            raise BadFilter(f"bbox {text!r} is not four numbers minlon,minlat,maxlon,maxlat") from error
        if len(values) != 4:
            raise BadFilter(f"bbox {text!r} is not four numbers minlon,minlat,maxlon,maxlat")
        box = cls(*values)
        if not (-180 <= box.min_lon <= 180 and -180 <= box.max_lon <= 180):
            raise BadFilter(f"bbox {text!r}: longitudes must lie in [-180, 180]")
        if not (-90 <= box.min_lat <= box.max_lat <= 90):
            raise BadFilter(f"bbox {text!r}: latitudes must lie in [-90, 90] with minlat <= maxlat")
        return box


def check_date(value: str) -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD filter date that exists, unchanged; else BadFilter."""
    match = _PARTIAL_DATE.fullmatch(value)
    if match is not None:
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            date(parts[0], parts[1], parts[2])
        except ValueError:
            match = None
    if match is None:
        raise BadFilter(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return value


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which merged events to read; empty fields select everything."""

    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    bbox: BBox | None = None
    min_sources: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause (with `?` placeholders) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.types:
            clauses.append(f"e.type IN ({marks(self.types)})")
            params += [t.upper() for t in self.types]
        if self.countries:
            # In or involving: where it happened, or the country of either party.
            isos = [c.upper() for c in self.countries]
            q = marks(isos)
            clauses.append(f"(e.country IN ({q}) OR e.actor_country IN ({q}) OR e.target_country IN ({q}))")
            params += isos * 3
        if self.actor:
            needle = f"%{_escape_like(self.actor.lower())}%"
            sides = [
                f"lower(coalesce(e.{role}_{name}, '')) LIKE ? ESCAPE '\\'"
                for role in ("actor", "target")
                for name in ("name", "text")
            ]
            clauses.append(f"({' OR '.join(sides)} OR upper(?) IN (e.actor_country, e.target_country))")
            params += [needle] * len(sides) + [self.actor]
        if self.since:
            # A partial date covers its whole period: "2020-01" ends after "2020-01-31" ('~' sorts last).
            clauses.append("e.date || '~' >= ?")
            params.append(check_date(self.since))
        if self.until:
            clauses.append("e.date <= ? || '~'")
            params.append(check_date(self.until))
        if self.bbox:
            box = self.bbox
            clauses.append("e.lat BETWEEN ? AND ?")
            params += [box.min_lat, box.max_lat]
            if box.min_lon <= box.max_lon:
                clauses.append("e.lon BETWEEN ? AND ?")
            else:
                clauses.append("(e.lon >= ? OR e.lon <= ?)")
            params += [box.min_lon, box.max_lon]
        if self.min_sources is not None:
            clauses.append("e.n_sources >= ?")
            params.append(self.min_sources)
        return (" AND ".join(clauses) or "1"), params


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def select_events(db: Database, where: EventFilter | None = None) -> Iterator[Row]:
    """The events rows the filter selects, by date then id (undated last)."""
    clause, params = (where or EventFilter()).where()
    yield from dict_rows(db, f"SELECT e.* FROM events e WHERE {clause} ORDER BY e.date IS NULL, e.date, e.id", params)


@dataclass(slots=True)
class EventDetails:
    """The rows that hang off a batch of events: mentions with their articles, claims, estimates."""

    mentions: dict[str, list[Row]]
    claims: dict[str, list[Row]]
    estimates: dict[str, list[Row]]


def event_details(db: Database, event_ids: Sequence[str]) -> EventDetails:
    """Mentions (joined to their articles), claims and estimates of some events."""
    details = EventDetails({}, {}, {})
    for part in chunks(list(event_ids)):
        q = marks(part)
        for row in dict_rows(
            db,
            "SELECT em.event_id, m.*, a.url AS article_url, a.title AS article_title, a.outlet AS article_outlet, "
            "a.ingested_at AS article_ingested_at FROM event_mentions em JOIN mentions m ON m.id = em.mention_id "
            f"JOIN articles a ON a.id = m.article_id WHERE em.event_id IN ({q}) ORDER BY m.article_id, m.ordinal",
            part,
        ):
            details.mentions.setdefault(row["event_id"], []).append(row)
        for row in dict_rows(
            db, f"SELECT * FROM claims WHERE event_id IN ({q}) ORDER BY article_id, mention_id, ordinal", part
        ):
            details.claims.setdefault(row["event_id"], []).append(row)
        for row in dict_rows(db, f"SELECT * FROM estimates WHERE event_id IN ({q}) ORDER BY kind", part):
            details.estimates.setdefault(row["event_id"], []).append(row)
    return details


def _number(value: Any) -> Any:
    """Whole numbers as ints (SQLite REAL columns hand back 80.0 for 80)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def event_record(event: Row, details: EventDetails) -> dict[str, Any]:
    """One merged event as the extract output contract plus id, sources and estimates."""
    mentions = details.mentions.get(event["id"], [])
    rep = next((m for m in mentions if m["id"] == event["mention_id"]), mentions[0] if mentions else None)
    quantities_by_mention = {m["id"]: json.loads(m["quantities"]) for m in mentions}
    quantities = []
    for claim in details.claims.get(event["id"], []):
        listed = quantities_by_mention.get(claim["mention_id"], [])
        source = listed[claim["ordinal"]]["source"] if claim["ordinal"] < len(listed) else None
        quantities.append(
            {
                "kind": claim["kind"],
                "value": _number(claim["value"]),
                "low": _number(claim["low"]),
                "high": _number(claim["high"]),
                "text": claim["text"],
                "source": source,
                "article_id": claim["article_id"],
            }
        )
    estimates = {
        e["kind"]: {
            "low": _number(e["low"]),
            "best": _number(e["best"]),
            "high": _number(e["high"]),
            "conflict": bool(e["conflict"]),
            "n_claims": e["n_claims"],
            "n_sources": e["n_sources"],
        }
        for e in details.estimates.get(event["id"], [])
    }
    sources: dict[str, dict[str, Any]] = {}
    for m in mentions:
        entry = sources.setdefault(
            m["article_id"],
            {"article_id": m["article_id"], "doc": m["doc"], "url": m["article_url"], "title": m["article_title"]}
            | {"outlet": m["article_outlet"], "ingested_at": m["article_ingested_at"], "evidence": []},
        )
        entry["evidence"].extend(json.loads(m["evidence"]))
    return {
        "id": event["id"],
        "doc": rep["doc"] if rep else None,
        "type": event["type"],
        "mode": event["mode"],
        "cameo": event["cameo"],
        "acled": json.loads(event["acled"]) if event["acled"] else None,
        "actor": party_dict(event, "actor"),
        "target": party_dict(event, "target"),
        "location": location_dict(event),
        "date": date_dict(event),
        "status": event["status"],
        "source": party_dict(rep, "source") if rep else None,
        "quantities": quantities,
        "conflicts": sorted(kind for kind, e in estimates.items() if e["conflict"]),
        "evidence": json.loads(rep["evidence"]) if rep else [],
        "confidence": event["confidence"],
        "n_sources": event["n_sources"],
        "n_articles": event["n_articles"],
        "first_seen": event["first_seen"],
        "last_seen": event["last_seen"],
        "sources": [sources[k] for k in sorted(sources)],
        "estimates": estimates,
    }


BATCH = 200


def event_records(db: Database, where: EventFilter | None = None) -> Iterator[tuple[Row, dict[str, Any]]]:
    """Each selected event as (its events row, its output record), read in batches."""
    batch: list[Row] = []
    for row in select_events(db, where):
        batch.append(row)
        if len(batch) >= BATCH:
            yield from _records(db, batch)
            batch = []
    if batch:
        yield from _records(db, batch)


def _records(db: Database, batch: list[Row]) -> Iterator[tuple[Row, dict[str, Any]]]:
    details = event_details(db, [r["id"] for r in batch])
    for row in batch:
        yield row, event_record(row, details)
