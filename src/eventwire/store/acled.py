"""Merged events in ACLED's public column layout, mapped from what eventwire knows.

Event and sub-event types come from extraction; inter codes are coded by the same table as there
(`extract.acled`, data/acled_actors.json) from the merged event's parties, so extraction and export
agree. The event type -> disorder type table follows ACLED's codebook and is tied to this export.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from ..extract.acled import interaction, is_implied, load_inter_table

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

GEO_PRECISION = {"facility": 1, "city": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3}
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# Sub-event types ACLED files under both disorder types.
BOTH_DISORDERS = frozenset({"Excessive force against protesters", "Mob violence"})


def inter_code(
    sector: str | None,
    party_country: str | None,
    event_country: str | None,
    event_type: str,
    text: str | None = None,
    actor: bool = True,
    name: str | None = None,
) -> int | None:
    """ACLED's actor type code (1 state forces ... 8 external/other) of one party."""
    return load_inter_table().code_of(sector, text, party_country, event_country, event_type, actor, name)


def event_date(value: str | None, precision: str | None) -> tuple[str, int | str]:
    """ACLED's event_date and time_precision: a partial date is coded to the middle of its period."""
    if not value:
        return "", ""
    if len(value) == 4:
        return f"{value}-07-01", 3
    if len(value) == 7:
        return f"{value}-15", 3
    return value[:10], 1 if precision in (None, "day") else 3


@lru_cache(maxsize=512)
def country_codes(iso3: str) -> tuple[int | str, str]:
    """ACLED's numeric iso and English country name of an ISO 3166-1 alpha-3 code."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return "", iso3
    name = getattr(country, "common_name", None) or country.name
    return int(country.numeric), name


def _label(record: dict[str, Any], role: str) -> str:
    party = record[role]
    if not party:
        return ""
    return str(party["name"] or party["text"] or "")


def _row_inter(row: dict[str, Any], role: str, iso3: str | None, event_type: str) -> int | None:
    """The inter code of a stored row's actor or target, as extraction coded it (`inter_code`)."""
    return inter_code(
        row[f"{role}_sector"], row[f"{role}_country"], iso3, event_type, row.get(f"{role}_text"), role == "actor",
        row.get(f"{role}_name"),
    )  # fmt: skip


def _timestamp(ingested: list[str]) -> int | str:
    stamps = [datetime.fromisoformat(t).timestamp() for t in ingested if t]
    return int(max(stamps)) if stamps else ""


def acled_row(record: dict[str, Any], row: dict[str, Any]) -> dict[str, Any] | None:
    """One event in ACLED's layout, or None when it has no ACLED event type."""
    acled = record["acled"]
    if not acled:
        return None
    event_type, sub_type = acled.get("event_type", ""), acled.get("sub_event_type", "")
    disorder = DISORDER.get(event_type, "")
    if sub_type in BOTH_DISORDERS:
        disorder = "Political violence; Demonstrations"
    iso3 = row["country"]
    iso, country = country_codes(iso3) if iso3 else ("", "")
    inter1, inter2 = _row_inter(row, "actor", iso3, event_type), _row_inter(row, "target", iso3, event_type)
    when, time_precision = event_date(row["date"], row["date_precision"])
    killed = record["estimates"].get("killed", {}).get("best")
    crowd = record["estimates"].get("participants", {}).get("best")
    outlets = sorted({s["outlet"] or s["url"] or s["doc"] for s in record["sources"]})
    return {
        "event_id_cnty": f"{iso3 or ''}{row['id']}",
        "event_date": when,
        "year": when[:4],
        "time_precision": time_precision,
        "disorder_type": disorder,
        "event_type": event_type,
        "sub_event_type": sub_type,
        "actor1": _label(record, "actor"),
        "assoc_actor_1": "",
        "inter1": inter1 if inter1 is not None else "",
        "actor2": "" if inter2 is None and is_implied(_label(record, "target")) else _label(record, "target"),
        "assoc_actor_2": "",
        "inter2": inter2 if inter2 is not None else "",
        "interaction": interaction(inter1, inter2) or "",
        "civilian_targeting": "Civilian targeting" if "Political violence" in disorder and inter2 == 7 else "",
        "iso": iso,
        "region": "",
        "country": country,
        "admin1": row["admin1"] or "",
        "admin2": "",
        "admin3": "",
        "location": row["location_name"] or row["location_text"] or "",
        "latitude": row["lat"] if row["lat"] is not None else "",
        "longitude": row["lon"] if row["lon"] is not None else "",
        "geo_precision": GEO_PRECISION.get(row["precision"] or "", ""),
        "source": "; ".join(outlets),
        "source_scale": "",
        "notes": " ".join(e["sentence"] for e in record["evidence"]),
        "fatalities": round(killed) if killed is not None else 0,
        "tags": f"crowd size={round(crowd)}" if crowd is not None and event_type == "Protests" else "",
        "timestamp": _timestamp([s["ingested_at"] for s in record["sources"]]),
    }
