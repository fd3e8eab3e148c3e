"""Rows of the event database built from typed records, and contract dicts built back from rows."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from ..records import Article, Event, Party, PlaceMention
from .ids import content_hash, mention_id
from .sql import Row

PARTY_ROLES = ("actor", "target", "source")
PARTY_FIELDS = ("text", "name", "country", "sector", "kind")


def dumps(value: Any) -> str:
    """Compact JSON (records build their dicts in a fixed key order, so equal values store as equal text)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def article_row(aid: str, article: Article, published: date | None, ingested_at: str) -> Row:
    """The articles row; `published` (the --published override, else the article's own date) is stored."""
    when = published or article.published
    source = "option" if published else (article.published_source if article.published else None)
    return {
        "id": aid,
        "doc": article.doc,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "published": when.isoformat() if when else None,
        "published_source": source,
        "text": article.text,
        "ingested_at": ingested_at,
        "pipeline": None,  # set by `eventwire reprocess`
    }


def _party_columns(role: str, party: Party | None) -> Row:
    return {f"{role}_{name}": (getattr(party, name) if party else None) for name in PARTY_FIELDS}


def _location_columns(place: PlaceMention | None) -> Row:
    if place is None:
        keys = ("location_text", "location_name", "country", "admin1", "lat", "lon", "precision", "gazetteer_id")
        return dict.fromkeys(keys)
    return {
        "location_text": place.text,
        "location_name": place.name,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.precision,
        "gazetteer_id": place.gazetteer_id,
    }


def mention_row(mid: str, aid: str, ordinal: int, event: Event) -> Row:
    """The mentions row of one document-level event of an article."""
    when = event.date
    quantities = [{**q.to_dict(), "start": q.start, "end": q.end} for q in event.quantities]
    evidence = [{"sentence": e.sentence, "start": e.start, "end": e.end} for e in event.evidence]
    row: Row = {"id": mid, "article_id": aid, "ordinal": ordinal, "doc": event.doc, "type": event.type}
    row |= {"mode": event.mode, "cameo": event.cameo, "acled": dumps(event.acled) if event.acled else None}
    for role in PARTY_ROLES:
        row |= _party_columns(role, getattr(event, role))
    row |= _location_columns(event.location)
    row |= {
        "date": when.value if when else None,
        "date_text": when.text if when else None,
        "date_precision": when.precision if when else None,
        "date_default": int(when.default) if when else None,
        "date_approximate": int(when.approximate) if when else None,
        "status": event.status,
        "quantities": dumps(quantities),
        "conflicts": dumps(event.conflicts),
        "evidence": dumps(evidence),
        "start": min((e.start for e in event.evidence), default=None),
        "end": max((e.end for e in event.evidence), default=None),
        "confidence": round(event.confidence, 6),
    }
    return row


def event_rows(aid: str, events: Sequence[Event]) -> tuple[list[Row], list[Row]]:
    """The mentions rows and claims rows of an article's document-level events, in event order."""
    mentions: list[Row] = []
    claims: list[Row] = []
    taken: set[str] = set()
    for ordinal, event in enumerate(events):
        base = mid = mention_id(aid, event)
        # Two events of one article with the same type and evidence: number the later ones.
        n = 1
        while mid in taken:
            n += 1
            mid = content_hash(f"{base}#{n}")
        taken.add(mid)
        mentions.append(mention_row(mid, aid, ordinal, event))
        claims.extend(claim_rows(mid, aid, event))
    return mentions, claims


def claim_rows(mid: str, aid: str, event: Event) -> list[Row]:
    """One claims row per quantity of a mention; its event is set by the cross-article merge."""
    return [
        {
            "mention_id": mid,
            "ordinal": n,
            "event_id": None,
            "article_id": aid,
            "kind": q.kind,
            "value": q.value,
            "low": q.low,
            "high": q.high,
            "text": q.text,
            "source": party_label(q.source),
            "start": q.start,
            "end": q.end,
        }
        for n, q in enumerate(event.quantities)
    ]


def place_rows(aid: str, places: list[PlaceMention]) -> list[Row]:
    """The places rows of an article: the DESIGN.md place record per mention."""
    return [
        {
            "article_id": aid,
            "ordinal": n,
            "doc": p.doc,
            "text": p.text,
            "start": p.start,
            "end": p.end,
            "name": p.name,
            "country": p.country,
            "admin1": p.admin1,
            "lat": p.lat,
            "lon": p.lon,
            "precision": p.precision,
            "gazetteer_id": p.gazetteer_id,
            "kind": p.kind,
        }
        for n, p in enumerate(places)
    ]


def party_label(party: Party | None) -> str | None:
    """The name a party goes by: its canonical name, else the text that named it."""
    if party is None:
        return None
    return party.name or party.text


def actor_rows(event: Event) -> list[Row]:
    """The distinct named or placed parties (actor, target) of one mention, for the actors table."""
    return _actor_rows([(p.name, p.country, p.sector) for p in (event.actor, event.target) if p is not None])


def stored_actor_rows(mention: Mapping[str, Any]) -> list[Row]:
    """`actor_rows` of a stored mentions row: what its insertion counted in the actors table."""
    return _actor_rows(
        [
            (mention[f"{role}_name"], mention[f"{role}_country"], mention[f"{role}_sector"])
            for role in ("actor", "target")
        ]
    )


def _actor_rows(parties: Sequence[tuple[str | None, str | None, str | None]]) -> list[Row]:
    found: dict[str, Row] = {}
    for name, country, sector in parties:
        if not (name or country):
            continue
        key = content_hash(f"actor|{name or ''}|{country or ''}|{sector or ''}")
        found[key] = {"id": key, "name": name, "country": country, "sector": sector}
    return [found[k] for k in sorted(found)]


def party_dict(row: Mapping[str, Any], role: str) -> dict[str, Any] | None:
    """The output-contract party of a mentions or events row."""
    if row[f"{role}_text"] is None:
        return None
    return {name: row[f"{role}_{name}"] for name in ("text", "name", "country", "sector")}


def location_dict(row: Mapping[str, Any]) -> dict[str, Any] | None:
    """The output-contract location of a mentions or events row."""
    if row["location_text"] is None:
        return None
    return {
        "text": row["location_text"],
        "name": row["location_name"],
        "country": row["country"],
        "admin1": row["admin1"],
        "lat": row["lat"],
        "lon": row["lon"],
        "precision": row["precision"],
    }


def date_dict(row: Mapping[str, Any]) -> dict[str, Any] | None:
    """The output-contract date of a mentions or events row."""
    if row["date"] is None:
        return None
    return {"value": row["date"], "text": row["date_text"], "precision": row["date_precision"]}
