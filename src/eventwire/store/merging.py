"""Cross-article merge inside the store: re-cluster the mentions a new article touches.

A new mention's block keys find the stored mentions it may be the same event as (an indexed
lookup, never all pairs); those it links with (`same_event_score` at the merge threshold), and
the mentions of their events, join the set, until no mention outside links with one inside. The
set is then closed under links, so `cluster` over it alone gives the groups that clustering every
stored mention would: the events are a function of the stored mentions, and the same articles
give the same events whatever order they were ingested in. Event ids hash the sorted mention
ids of the group.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlite_utils import Database

from ..merge.cross import (
    MERGE_THRESHOLD,
    ClaimInput,
    MergeInput,
    block_keys,
    cluster,
    estimates,
    same_event_score,
)
from .ids import event_id
from .sql import Row, chunks, dict_rows, marks

_PRECISION_RANK = {"facility": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 5}
_DATE_RANK = {"day": 0, "month": 1, "year": 2}
_STATUS_ORDER = ("asserted", "claimed", "denied", "threatened", "planned", "conditional", "negated")
POINT_PRECISIONS = frozenset({"facility", "city", "admin2"})
_EVENT_PARTY_FIELDS = ("text", "name", "country", "sector")


def merge_input(row: Row) -> MergeInput:
    """What the cross-article merge compares of one stored mention."""
    evidence = json.loads(row["evidence"])
    # A country or admin1 centroid says nothing about where in the area it happened.
    point = row["precision"] in POINT_PRECISIONS
    return MergeInput(
        id=row["id"],
        article_id=row["article_id"],
        type=row["type"],
        actor_country=row["actor_country"],
        actor_name=row["actor_name"],
        target_country=row["target_country"],
        target_name=row["target_name"],
        country=row["country"],
        admin1=row["admin1"],
        lat=row["lat"] if point else None,
        lon=row["lon"] if point else None,
        date=row["date"],
        text=" ".join(e["sentence"] for e in evidence),
    )


def mention_keys(row: Row) -> list[str]:
    """The distinct block keys of one stored mention, sorted."""
    return sorted(set(block_keys(merge_input(row))))


def key_rows(row: Row) -> list[Row]:
    """The block_keys rows of one mention."""
    return [{"key": key, "mention_id": row["id"]} for key in mention_keys(row)]


# Pairs (a mention of the IN list, another mention): sharing a block key, or already one event.
_KEY_PAIRS = (
    "SELECT DISTINCT b1.mention_id, b2.mention_id FROM block_keys b1 JOIN block_keys b2 ON b2.key = b1.key "
    "WHERE b1.mention_id IN ({}) AND b2.mention_id != b1.mention_id"
)
_EVENT_PAIRS = (
    "SELECT e1.mention_id, e2.mention_id FROM event_mentions e1 JOIN event_mentions e2 ON e2.event_id = e1.event_id "
    "WHERE e1.mention_id IN ({}) AND e2.mention_id != e1.mention_id"
)


def _pairs(db: Database, template: str, ids: Sequence[str]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for part in chunks(ids):
        pairs.update((a, b) for a, b in db.execute(template.format(marks(part)), list(part)))
    return pairs


def _merge_inputs(db: Database, ids: Iterable[str], known: dict[str, MergeInput]) -> None:
    missing = sorted(set(ids) - known.keys())
    for part in chunks(missing):
        for row in dict_rows(db, f"SELECT * FROM mentions WHERE id IN ({marks(part)})", part):
            known[row["id"]] = merge_input(row)


def component(db: Database, seeds: Iterable[str]) -> list[str]:
    """The seeds and every stored mention linked to them, directly or through others, sorted.

    Two mentions are linked when they share a block key and `same_event_score` reaches the merge
    threshold (the pairs `cluster` may join), or when they are already one event. The set is
    closed under links, so clustering it alone gives the groups that clustering everything would.
    """
    found = set(seeds)
    frontier = sorted(found)
    inputs: dict[str, MergeInput] = {}
    while frontier:
        candidates = _pairs(db, _KEY_PAIRS, frontier)
        _merge_inputs(db, [m for pair in candidates for m in pair], inputs)
        new = {b for _, b in _pairs(db, _EVENT_PAIRS, frontier)}
        new.update(b for a, b in candidates if b not in new and linked(inputs[a], inputs[b]))
        new -= found
        found |= new
        frontier = sorted(new)
    return sorted(found)


def linked(a: MergeInput, b: MergeInput) -> bool:
    """Whether two mentions sharing a block key are a link: other articles, and a score at the merge threshold."""
    return a.article_id != b.article_id and same_event_score(a, b) >= MERGE_THRESHOLD


def _mention_rows(db: Database, ids: Sequence[str]) -> list[Row]:
    rows: list[Row] = []
    for part in chunks(ids):
        rows.extend(
            dict_rows(
                db,
                "SELECT m.*, a.outlet AS article_outlet, a.url AS article_url, a.published AS article_published "
                f"FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.id IN ({marks(part)})",
                part,
            )
        )
    return sorted(rows, key=lambda r: r["id"])


def _claim_rows(db: Database, ids: Sequence[str]) -> list[Row]:
    rows: list[Row] = []
    for part in chunks(ids):
        rows.extend(dict_rows(db, f"SELECT * FROM claims WHERE mention_id IN ({marks(part)})", part))
    return sorted(rows, key=lambda r: (r["article_id"], r["mention_id"], r["ordinal"]))


def groups_of(rows: Sequence[Row]) -> list[list[str]]:
    """The merged groups of a component's mentions: `cluster`'s groups, every mention in exactly one."""
    assigned: set[str] = set()
    groups: list[list[str]] = []
    known = {r["id"] for r in rows}
    for group in cluster([merge_input(r) for r in rows]):
        members = sorted({m for m in group if m in known} - assigned)
        if members:
            assigned.update(members)
            groups.append(members)
    groups.extend([m] for m in sorted(known - assigned))
    return sorted(groups)


def source_key(row: Row) -> str:
    """Who published an article: its outlet, else its URL's host, else the article itself."""
    if row["article_outlet"]:
        return str(row["article_outlet"]).strip().lower()
    if row["article_url"]:
        host = urlsplit(row["article_url"]).netloc.lower()
        if host:
            return host.removeprefix("www.")
    return f"article:{row['article_id']}"


def _vote(rows: Sequence[Row], key: Callable[[Row], Hashable | None]) -> Row | None:
    """The first row (in the given order) whose key is the most common non-null key."""
    keys = [key(r) for r in rows]
    counts = Counter(k for k in keys if k is not None)
    if not counts:
        return None
    best = max(counts.values())
    return next(r for r, k in zip(rows, keys, strict=True) if k is not None and counts[k] == best)


def _representative_order(rows: Sequence[Row]) -> list[Row]:
    """Mentions from most to least telling: confidence, then location precision, then id."""
    return sorted(rows, key=lambda r: (-r["confidence"], _PRECISION_RANK.get(r["precision"], 9), r["id"]))


def _party_key(role: str) -> Callable[[Row], Hashable | None]:
    """Parties agree when they resolve to the same country and name (else the same text)."""

    def key(row: Row) -> Hashable | None:
        if row[f"{role}_text"] is None:
            return None
        return (row[f"{role}_country"], row[f"{role}_name"] or row[f"{role}_text"])

    return key


def _location(rows: Sequence[Row]) -> Row | None:
    placed = [r for r in rows if r["location_text"] is not None]
    if not placed:
        return None
    sharpest = min(_PRECISION_RANK.get(r["precision"], 9) for r in placed)
    placed = [r for r in placed if _PRECISION_RANK.get(r["precision"], 9) == sharpest]
    return _vote(placed, lambda r: (r["location_name"], r["country"], r["lat"], r["lon"]))


def _date(rows: Sequence[Row]) -> Row | None:
    dated = [r for r in rows if r["date"] is not None]
    explicit = [r for r in dated if not r["date_default"]]
    dated = explicit or dated
    if not dated:
        return None
    sharpest = min(_DATE_RANK.get(r["date_precision"], 9) for r in dated)
    dated = sorted(
        (r for r in dated if _DATE_RANK.get(r["date_precision"], 9) == sharpest), key=lambda r: (r["date"], r["id"])
    )
    return _vote(dated, lambda r: r["date"])


def _combined_confidence(rows: Sequence[Row]) -> float:
    """1 - prod(1 - c) over the best mention of each article: more independent reports, more belief."""
    per_article: dict[str, float] = {}
    for r in rows:
        per_article[r["article_id"]] = max(per_article.get(r["article_id"], 0.0), float(r["confidence"]))
    doubt = 1.0
    for value in per_article.values():
        doubt *= 1.0 - min(max(value, 0.0), 1.0)
    return round(1.0 - doubt, 3)


def event_row(members: Sequence[Row]) -> Row:
    """The events row of one group of mentions; a function of the set of mentions alone."""
    ordered = _representative_order(members)
    rep = ordered[0]
    typed = _vote(ordered, lambda r: r["type"]) or rep
    same_type = [r for r in ordered if r["type"] == typed["type"]]
    moded = _vote(same_type, lambda r: r["mode"]) or typed
    coded = next((r for r in same_type if r["mode"] == moded["mode"]), typed)
    row: Row = {
        "id": event_id(r["id"] for r in members),
        "mention_id": rep["id"],
        "type": typed["type"],
        "mode": moded["mode"],
        "cameo": coded["cameo"],
        "acled": coded["acled"],
    }
    for role in ("actor", "target"):
        party = _vote(same_type, _party_key(role))
        row |= {f"{role}_{name}": (party[f"{role}_{name}"] if party else None) for name in _EVENT_PARTY_FIELDS}
    place = _location(same_type)
    for name in ("location_text", "location_name", "country", "admin1", "lat", "lon", "precision"):
        row[name] = place[name] if place else None
    when = _date(same_type)
    row |= {name: (when[name] if when else None) for name in ("date", "date_text", "date_precision")}
    statuses = Counter(r["status"] for r in members)
    row["status"] = max(_STATUS_ORDER, key=lambda s: (statuses[s], -_STATUS_ORDER.index(s)))
    published = sorted(r["article_published"] for r in members if r["article_published"])
    row |= {
        "n_sources": len({source_key(r) for r in members}),
        "n_articles": len({r["article_id"] for r in members}),
        "n_mentions": len(members),
        "confidence": _combined_confidence(members),
        "first_seen": published[0] if published else None,
        "last_seen": published[-1] if published else None,
    }
    return row


def estimate_rows(eid: str, claims: Sequence[Row]) -> list[Row]:
    """The low / best / high estimate of each quantity kind of one event."""
    inputs = [
        ClaimInput(
            kind=c["kind"],
            value=c["value"],
            low=c["low"],
            high=c["high"],
            source=c["source"],
            article_id=c["article_id"],
        )
        for c in claims
    ]
    return [
        {
            "event_id": eid,
            "kind": e.kind,
            "low": e.low,
            "best": e.best,
            "high": e.high,
            "n_claims": e.n_claims,
            "n_sources": e.n_sources,
            "conflict": int(e.conflict),
        }
        for e in sorted(estimates(inputs), key=lambda e: e.kind)
    ]


@dataclass(slots=True)
class MergedComponent:
    """The events of one link-closed set of mentions, and what hangs off them."""

    groups: list[list[str]]
    events: list[Row]
    links: list[Row]
    estimates: list[Row]


def merge_component(rows: Sequence[Row], claims: Sequence[Row]) -> MergedComponent:
    """Events, event_mentions and estimates rows of a link-closed set of mentions and their claims.

    `rows` are mentions rows joined to their articles (`article_outlet`, `article_url`,
    `article_published`). A function of the two sets alone: the store and the Spark merge share it.
    """
    by_id = {r["id"]: r for r in rows}
    groups = groups_of(rows)
    events = [event_row([by_id[m] for m in group]) for group in groups]
    claims_of: dict[str, list[Row]] = {}
    for claim in sorted(claims, key=lambda r: (r["article_id"], r["mention_id"], r["ordinal"])):
        claims_of.setdefault(claim["mention_id"], []).append(claim)
    links: list[Row] = []
    estimates_: list[Row] = []
    for group, row in zip(groups, events, strict=True):
        eid = row["id"]
        links.extend({"event_id": eid, "mention_id": m} for m in group)
        estimates_.extend(estimate_rows(eid, [c for m in group for c in claims_of.get(m, [])]))
    return MergedComponent(groups, events, links, estimates_)


def remerge(db: Database, seeds: Iterable[str]) -> list[str]:
    """Rewrite the events of every mention connected to the seeds; returns the new event ids.

    Runs inside the caller's transaction.
    """
    ids = component(db, seeds)
    if not ids:
        return []
    merged = merge_component(_mention_rows(db, ids), _claim_rows(db, ids))
    old: set[str] = set()
    for part in chunks(ids):
        in_part = f"mention_id IN ({marks(part)})"
        old.update(r[0] for r in db.execute(f"SELECT event_id FROM event_mentions WHERE {in_part}", list(part)))
        db.execute(f"UPDATE claims SET event_id = NULL WHERE {in_part}", list(part))
    stale = sorted(old)
    for part in chunks(stale):
        for table in ("estimates", "event_mentions"):
            db.execute(f"DELETE FROM {table} WHERE event_id IN ({marks(part)})", list(part))
        db.execute(f"DELETE FROM events WHERE id IN ({marks(part)})", list(part))
    db.table("events").insert_all(merged.events)
    for group, row in zip(merged.groups, merged.events, strict=True):
        for part in chunks(group):
            db.execute(f"UPDATE claims SET event_id = ? WHERE mention_id IN ({marks(part)})", [row["id"], *part])
    db.table("event_mentions").insert_all(merged.links)
    db.table("estimates").insert_all(merged.estimates)
    return [e["id"] for e in merged.events]
