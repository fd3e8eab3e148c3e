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

from ..extract.acled import is_implied
from ..merge.compose import DateView, PartyView, PlaceView, choose_date, choose_party, choose_place, choose_status
from ..merge.cross import (
    LINK_FLOOR,
    MERGE_THRESHOLD,
    ClaimInput,
    MergeInput,
    block_keys,
    cluster,
    estimates,
    same_event_score,
)
from ..records import precision_rank
from .ids import event_id
from .sql import Row, chunks, dict_rows, marks

POINT_PRECISIONS = frozenset({"facility", "city", "admin2"})
_EVENT_PARTY_FIELDS = ("text", "name", "country", "sector")


def merge_input(row: Row) -> MergeInput:
    """What the cross-article merge compares of one stored mention."""
    evidence = json.loads(row["evidence"])
    # A country or admin1 centroid says nothing about where in the area it happened.
    point = row["precision"] in POINT_PRECISIONS
    return MergeInput(
        actor_sector=row["actor_sector"],
        target_sector=row["target_sector"],
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


BIG_EVENT = 48
"""An event of this many mentions grows by attachment: a new mention that links with it joins it
without re-clustering its members, and its row is composed from its first `BIG_EVENT` mentions
(by id) with counts over all. Adding a mention then costs the same whatever the event's size (a
big story, or a feed of near-duplicates); the event keeps its id as it grows."""
BLOCK_CAP = 64
"""At most this many stored mentions of one block key (the lowest ids) are compared with a mention."""

_KEYS_OF = "SELECT key FROM block_keys WHERE mention_id = ?"
_IN_BLOCK = "SELECT mention_id FROM block_keys WHERE key = ? ORDER BY mention_id LIMIT ?"
# Co-members of the IN list's events, for events still small enough to re-cluster.
_EVENT_PAIRS = (
    "SELECT e1.mention_id, e2.mention_id FROM event_mentions e1 JOIN events ev ON ev.id = e1.event_id "
    "JOIN event_mentions e2 ON e2.event_id = e1.event_id "
    f"WHERE e1.mention_id IN ({{}}) AND e2.mention_id != e1.mention_id AND ev.n_mentions < {BIG_EVENT}"
)
_BIG_OF = (
    "SELECT em.mention_id, em.event_id FROM event_mentions em JOIN events ev ON ev.id = em.event_id "
    f"WHERE em.mention_id IN ({{}}) AND ev.n_mentions >= {BIG_EVENT}"
)


def _pairs(db: Database, template: str, ids: Sequence[str]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for part in chunks(ids):
        pairs.update((a, b) for a, b in db.execute(template.format(marks(part)), list(part)))
    return pairs


def _key_pairs(db: Database, ids: Sequence[str]) -> set[tuple[str, str]]:
    """(mention of ids, stored mention sharing a block key with it), at most `BLOCK_CAP` per key."""
    pairs: set[tuple[str, str]] = set()
    for mid in ids:
        for (key,) in db.execute(_KEYS_OF, [mid]).fetchall():
            pairs.update((mid, other) for (other,) in db.execute(_IN_BLOCK, [key, BLOCK_CAP]) if other != mid)
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
    Members of big events (`BIG_EVENT`) are left out: those events grow by `attach`.
    """
    found = set(seeds)
    frontier = sorted(found)
    inputs: dict[str, MergeInput] = {}
    while frontier:
        candidates = _key_pairs(db, frontier)
        big = {m for m, _ in _pairs(db, _BIG_OF, sorted({b for _, b in candidates}))}
        candidates = {(a, b) for a, b in candidates if b not in big}
        _merge_inputs(db, [m for pair in candidates for m in pair], inputs)
        new = {b for _, b in _pairs(db, _EVENT_PAIRS, frontier)}
        new.update(b for a, b in candidates if b not in new and linked(inputs[a], inputs[b]))
        new -= found
        found |= new
        frontier = sorted(new)
    return sorted(found)


def _attachments(db: Database, seeds: Sequence[str]) -> dict[str, str]:
    """Seed -> the big event it joins: the one whose compared members it matches best on average.

    Like average linkage: every compared member scores at least `LINK_FLOOR`, their mean at least
    `MERGE_THRESHOLD`, and the event holds no other mention of the seed's article.
    """
    candidates = _key_pairs(db, seeds)
    big = dict(_pairs(db, _BIG_OF, sorted({b for _, b in candidates})))
    if not big:
        return {}
    inputs: dict[str, MergeInput] = {}
    _merge_inputs(db, [m for a, b in candidates if b in big for m in (a, b)], inputs)
    scores: dict[tuple[str, str], list[float]] = {}
    for a, b in candidates:
        if b in big:
            scores.setdefault((a, big[b]), []).append(same_event_score(inputs[a], inputs[b]))
    chosen: dict[str, tuple[float, str]] = {}
    for (seed, eid), found in sorted(scores.items()):
        mean = sum(found) / len(found)
        if min(found) < LINK_FLOOR or mean < MERGE_THRESHOLD or mean <= chosen.get(seed, (0.0, ""))[0]:
            continue
        chosen[seed] = (mean, eid)
    return {seed: eid for seed, (_, eid) in chosen.items()}


_SAME_ARTICLE = (
    "SELECT 1 FROM mentions m CROSS JOIN event_mentions em ON em.mention_id = m.id "
    "WHERE m.article_id = (SELECT article_id FROM mentions WHERE id = ?) AND em.event_id = ? LIMIT 1"
)
# `source_key` in SQL (outlet, else the URL's host without "www.", else the article), indexed
# (migration 4), so that "does the event already have this outlet" is an index probe.
_HOST = "substr(url, instr(url, '://') + 3)"
_HOST_ONLY = (
    f"lower(CASE WHEN instr({_HOST}, '/') > 0 THEN substr({_HOST}, 1, instr({_HOST}, '/') - 1) ELSE {_HOST} END)"
)
SOURCE_SQL = (
    "(CASE WHEN trim(coalesce(outlet, '')) != '' THEN lower(trim(outlet)) "
    f"WHEN instr(coalesce(url, ''), '://') > 0 THEN (CASE WHEN {_HOST_ONLY} LIKE 'www.%' "
    f"THEN substr({_HOST_ONLY}, 5) ELSE {_HOST_ONLY} END) ELSE 'article:' || id END)"
)
_ARTICLE_OF = (
    f"SELECT id, published, {SOURCE_SQL} FROM articles WHERE id = (SELECT article_id FROM mentions WHERE id = ?)"
)
# Scan the articles of one outlet (by the index) until one has a mention in the event: LIMIT 1.
_SOURCE_IN_EVENT = (
    f"SELECT 1 FROM articles WHERE {SOURCE_SQL} = ? AND id != ? AND EXISTS (SELECT 1 FROM mentions m CROSS "
    "JOIN event_mentions em ON em.mention_id = m.id WHERE m.article_id = articles.id AND em.event_id = ?) LIMIT 1"
)
_SOURCE_IN_CLAIMS = (
    f"SELECT 1 FROM articles WHERE {SOURCE_SQL} = ? AND id != ? AND EXISTS (SELECT 1 FROM mentions m CROSS "
    "JOIN claims c ON c.mention_id = m.id WHERE m.article_id = articles.id AND +c.event_id = ? AND c.kind = ?) LIMIT 1"
)


def attach(db: Database, mid: str, eid: str) -> bool:
    """Add one mention to a big event; False when it may not join (its article is in the event already).

    Costs the same whatever the event's size: the row is composed from the event's first
    `BIG_EVENT` mentions (by id); counts, dates and confidence are updated from the new mention
    (its article is new to the event; its outlet is looked up by index); each estimate's best and
    conflict come from the sample's claims, its counts, low and high are updated.
    """
    if db.execute(_SAME_ARTICLE, [mid, eid]).fetchone():
        return False
    old = next(dict_rows(db, "SELECT * FROM events WHERE id = ?", [eid]))
    aid, published, source = db.execute(_ARTICLE_OF, [mid]).fetchone()
    new_source = db.execute(_SOURCE_IN_EVENT, [source, aid, eid]).fetchone() is None
    db.execute("INSERT INTO event_mentions (event_id, mention_id) VALUES (?, ?)", [eid, mid])
    db.execute("UPDATE claims SET event_id = ? WHERE mention_id = ?", [eid, mid])
    sample_rows = _mention_rows(db, [r[0] for r in db.execute(_SAMPLE, [eid, BIG_EVENT])])
    mine = db.execute("SELECT confidence FROM mentions WHERE id = ?", [mid]).fetchone()[0]
    doubt = (1.0 - float(old["confidence"])) * (1.0 - min(max(float(mine), 0.0), 1.0))
    seen = [d for d in (old["first_seen"], old["last_seen"], published) if d]
    row = event_row(sample_rows) | {
        "n_sources": old["n_sources"] + int(new_source),
        "n_articles": old["n_articles"] + 1,
        "n_mentions": old["n_mentions"] + 1,
        "confidence": round(1.0 - doubt, 3),
        "first_seen": min(seen, default=None),
        "last_seen": max(seen, default=None),
    }
    db.table("events").update(eid, {k: v for k, v in row.items() if k != "id"})
    _attach_estimates(db, eid, mid, (aid, source), sample_rows)
    return True


def _attach_estimates(db: Database, eid: str, mid: str, article: tuple[str, str], sample: Sequence[Row]) -> None:
    aid, source = article
    outlets = {r["article_id"]: source_key(r) for r in sample}
    best = {e["kind"]: e for e in estimate_rows(eid, _claim_rows(db, [r["id"] for r in sample]), outlets)}
    old = {e["kind"]: e for e in dict_rows(db, "SELECT * FROM estimates WHERE event_id = ?", [eid])}
    for claim in _claim_rows(db, [mid]):
        kind = claim["kind"]
        lo = claim["low"] if claim["low"] is not None else claim["value"]
        hi = claim["high"] if claim["high"] is not None else claim["value"]
        was = old.get(kind)
        if was is None:
            was = old[kind] = {"event_id": eid, "kind": kind, "low": lo, "high": hi, "n_claims": 0, "n_sources": 0}
        if not was.get("_counted"):
            # The article's outlet counts once per kind, unless another article of it gave this kind.
            was["_counted"] = True
            was["n_sources"] += int(db.execute(_SOURCE_IN_CLAIMS, [source, aid, eid, kind]).fetchone() is None)
        was["n_claims"] += 1
        was["low"] = min((x for x in (was["low"], lo) if x is not None), default=None)
        was["high"] = max((x for x in (was["high"], hi) if x is not None), default=None)
    rows = []
    for kind, e in sorted(old.items()):
        sampled = best.get(kind, {})
        conflict = bool(sampled.get("conflict")) or e["low"] != e["high"]
        rows.append(
            {k: e[k] for k in ("event_id", "kind", "low", "high", "n_claims", "n_sources")}
            | {"best": sampled.get("best", e.get("best")), "conflict": int(conflict)}
        )
    db.execute("DELETE FROM estimates WHERE event_id = ?", [eid])
    db.table("estimates").insert_all(rows)


_SAMPLE = "SELECT mention_id FROM event_mentions WHERE event_id = ? ORDER BY mention_id LIMIT ?"


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
    return sorted(rows, key=lambda r: (-r["confidence"], precision_rank(r["precision"]), r["id"]))


def _party(rows: Sequence[Row], role: str) -> Row | None:
    views = [
        None
        if r[f"{role}_text"] is None
        else PartyView(
            r[f"{role}_text"],
            r[f"{role}_name"],
            r[f"{role}_country"],
            r[f"{role}_sector"],
            is_implied(r[f"{role}_text"]),
        )
        for r in rows
    ]
    index = choose_party(views)
    return None if index is None else rows[index]


def _location(rows: Sequence[Row]) -> Row | None:
    views = [
        None
        if r["location_text"] is None
        else PlaceView(r["country"], r["precision"], (r["location_name"], r["country"], r["lat"], r["lon"]))
        for r in rows
    ]
    index = choose_place(views)
    return None if index is None else rows[index]


def _date(rows: Sequence[Row]) -> Row | None:
    views = [
        None
        if r["date"] is None
        else DateView(r["date"], r["date_precision"], bool(r["date_default"]), bool(r["date_approximate"]))
        for r in rows
    ]
    index = choose_date(views)
    return None if index is None else rows[index]


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
        party = _party(same_type, role)
        row |= {f"{role}_{name}": (party[f"{role}_{name}"] if party else None) for name in _EVENT_PARTY_FIELDS}
    place = _location(same_type)
    for name in ("location_text", "location_name", "country", "admin1", "lat", "lon", "precision"):
        row[name] = place[name] if place else None
    when = _date(same_type)
    row |= {name: (when[name] if when else None) for name in ("date", "date_text", "date_precision")}
    row["status"] = choose_status([r["status"] for r in ordered])
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


def estimate_rows(eid: str, claims: Sequence[Row], outlets: dict[str, str] | None = None) -> list[Row]:
    """The low / best / high estimate of each quantity kind of one event; `outlets` maps article ids to `source_key`."""
    outlets = outlets or {}
    inputs = [
        ClaimInput(
            kind=c["kind"],
            value=c["value"],
            low=c["low"],
            high=c["high"],
            source=c["source"],
            article_id=c["article_id"],
            outlet=outlets.get(c["article_id"]),
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
    outlets = {r["article_id"]: source_key(r) for r in rows}
    claims_of: dict[str, list[Row]] = {}
    for claim in sorted(claims, key=lambda r: (r["article_id"], r["mention_id"], r["ordinal"])):
        claims_of.setdefault(claim["mention_id"], []).append(claim)
    links: list[Row] = []
    estimates_: list[Row] = []
    for group, row in zip(groups, events, strict=True):
        eid = row["id"]
        links.extend({"event_id": eid, "mention_id": m} for m in group)
        estimates_.extend(estimate_rows(eid, [c for m in group for c in claims_of.get(m, [])], outlets))
    return MergedComponent(groups, events, links, estimates_)


def remerge(db: Database, seeds: Iterable[str]) -> list[str]:
    """Rewrite the events of every mention connected to the seeds; returns the new event ids.

    Runs inside the caller's transaction. A seed that joins a big event is attached to it (see
    `BIG_EVENT`); the others are re-clustered with what they link to.
    """
    seeds = sorted(set(seeds))
    attached = {m: e for m, e in _attachments(db, seeds).items() if attach(db, m, e)}
    ids = component(db, [m for m in seeds if m not in attached])
    if not ids:
        return sorted(set(attached.values()))
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
    return sorted({e["id"] for e in merged.events} | set(attached.values()))
