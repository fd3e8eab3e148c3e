"""Evaluation against gold annotations, with the figures `shared/eval/score.py` prints.

Gold is one document's annotation (as `seed_gold.json`) or a list of them; system output is
the JSON Lines eventwire prints. System records match a gold document by the basename of
their `doc`. Place scoring: a gold toponym is detected when a system mention overlaps it, and
correct when the system's coordinates are within 161 km (or, for gold countries and regions
with a country, when the system names the same country). Adjectival gold mentions ("Iraqi")
count only in the "all" group.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import BadInput

ACC_KM = 161.0


def load_gold(path: Path) -> list[dict[str, Any]]:
    """One gold document or a list of them."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise BadInput(f"cannot read gold file {path}: {exc}") from exc
    return data if isinstance(data, list) else [data]


def load_system(path: Path) -> list[dict[str, Any]]:
    """System records from a JSON Lines file."""
    rows: list[dict[str, Any]] = []
    try:
        with path.open(encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise BadInput(f"{path}:{lineno}: invalid JSON: {exc.msg}") from exc
    except OSError as exc:
        raise BadInput(f"cannot read system output {path}: {exc}") from exc
    return rows


def group_by_doc(rows: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """System rows keyed by the basename of their `doc`."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(os.path.basename(str(row.get("doc", ""))), []).append(row)
    return out


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@dataclass(slots=True)
class PlaceTally:
    """Counts for one group of gold toponyms."""

    gold: int = 0
    detected: int = 0
    correct: int = 0
    errors_km: list[float] = field(default_factory=list)

    def report(self) -> dict[str, Any]:
        """The figures score.py prints for this group."""
        errors = sorted(self.errors_km)
        return {
            "gold": self.gold,
            "recall": round(self.detected / self.gold, 3) if self.gold else 0.0,
            "acc161_of_detected": round(self.correct / self.detected, 3) if self.detected else 0.0,
            "acc161_of_gold": round(self.correct / self.gold, 3) if self.gold else 0.0,
            "median_error_km": round(errors[len(errors) // 2], 1) if errors else None,
        }


def score_places(golds: Sequence[dict[str, Any]], system_rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Toponym recall and accuracy at 161 km, for proper names and for all mentions."""
    by_doc = group_by_doc(system_rows)
    groups = {"all": PlaceTally(), "proper": PlaceTally()}
    misses: list[str] = []
    for gold_doc in golds:
        system = by_doc.get(os.path.basename(gold_doc["doc"]), [])
        for g in gold_doc["places"]:
            names = ["all"] if g.get("kind") == "adjectival" else ["all", "proper"]
            hit = next((s for s in system if s.get("start", -1) < g["end"] and s.get("end", -1) > g["start"]), None)
            ok, km = False, None
            if hit is not None and hit.get("lat") is not None and hit.get("lon") is not None:
                km = haversine_km(g["lat"], g["lon"], float(hit["lat"]), float(hit["lon"]))
                same_country = g.get("kind") in ("country", "region") and bool(g.get("country"))
                ok = km <= ACC_KM or (same_country and hit.get("country") == g["country"])
            for name in names:
                tally = groups[name]
                tally.gold += 1
                tally.detected += hit is not None
                tally.correct += ok
                if km is not None:
                    tally.errors_km.append(0.0 if ok else km)
            if not ok and g.get("kind") != "adjectival":
                found = f"-> {hit.get('name')} ({km:.0f} km)" if hit is not None and km is not None else "not found"
                misses.append(f"{gold_doc['doc']}:{g['start']} {g['text']!r} {found}")
    report: dict[str, Any] = {name: tally.report() for name, tally in groups.items()}
    report["misses"] = misses
    return report


def unmatched_records(golds: Sequence[dict[str, Any]], system_rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Place records of the gold documents that overlap no gold toponym (adjectival ones included).

    The precision side of place detection: a record that matches nothing is a name taken for a
    place ("Supreme Leader", "Steele said") or a place the annotators did not mark. Kept out of
    `score_places`, whose report is the one score.py prints.
    """
    by_doc = group_by_doc(system_rows)
    total = unmatched = 0
    for gold_doc in golds:
        spans = [(g["start"], g["end"]) for g in gold_doc["places"]]
        for s in by_doc.get(os.path.basename(gold_doc["doc"]), []):
            total += 1
            start, end = s.get("start", -1), s.get("end", -1)
            unmatched += not any(start < g_end and end > g_start for g_start, g_end in spans)
    share = round(unmatched / total, 3) if total else 0.0
    return {"total": total, "unmatched": unmatched, "unmatched_share": share}


def places_summary(report: dict[str, Any]) -> str:
    """The one-line summary score.py prints for places."""
    p = report["proper"]
    return (
        f"places: recall {p['recall']} | acc@161km of gold {p['acc161_of_gold']} | of detected "
        f"{p['acc161_of_detected']} (proper names; all incl. adjectival: {report['all']['acc161_of_gold']})"
    )


def records_summary(records: dict[str, Any]) -> str:
    """The line `eventwire evaluate places` prints for `unmatched_records`."""
    return (
        f"place records matching no gold toponym: {records['unmatched_share']} "
        f"({records['unmatched']} of {records['total']})"
    )


EVENT_LEVELS = ("type", "dyad", "full")


def _norm(text: Any) -> str:
    return " ".join(str(text or "").lower().replace(".", "").split())


def _party_ok(gold: dict[str, Any] | None, system: dict[str, Any] | None) -> bool:
    if gold is None:
        return True
    system = system or {}
    allowed = gold.get("any")
    country = system.get("country")
    if allowed is not None:
        if country in allowed:
            return True
    elif gold.get("country") is not None:
        return bool(country == gold["country"])
    name = gold.get("name")
    if gold.get("country") is None and name:
        return _norm(name) in _norm(system.get("name")) + " | " + _norm(system.get("text"))
    return allowed is None


def _date_ok(gold_value: str | None, system_date: dict[str, Any] | None) -> bool:
    from datetime import date as _date

    if not gold_value:
        return True
    value = str((system_date or {}).get("value") or "")
    if len(gold_value) == 10:
        try:
            g, s = _date.fromisoformat(gold_value), _date.fromisoformat(value[:10])
        except ValueError:
            return False
        return abs((g - s).days) <= 1
    return value.startswith(gold_value)


def event_matches(gold: dict[str, Any], system: dict[str, Any], level: str) -> bool:
    """Whether a system event satisfies a gold event at a level (type, dyad or full)."""
    if system.get("type") not in (gold.get("type_any") or [gold["type"]]):
        return False
    if level == "type":
        return True
    if not (_party_ok(gold.get("actor"), system.get("actor")) and _party_ok(gold.get("target"), system.get("target"))):
        return False
    if level == "dyad":
        return True
    location = system.get("location") or {}
    loc_ok = gold.get("location_country") is None or location.get("country") == gold["location_country"]
    return loc_ok and _date_ok(gold.get("date"), system.get("date"))


def _max_matching(golds: list[dict[str, Any]], systems: list[dict[str, Any]], level: str) -> dict[int, int]:
    """Maximum bipartite matching by augmenting paths, required gold tried first."""
    adj = [[j for j, g in enumerate(golds) if event_matches(g, s, level)] for s in systems]
    gold_to_sys: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in gold_to_sys or augment(gold_to_sys[j], seen):
                gold_to_sys[j] = i
                return True
        return False

    for i in range(len(systems)):
        adj[i].sort(key=lambda j: not golds[j].get("required", True))
        augment(i, set())
    return {i: j for j, i in gold_to_sys.items()}


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def score_events(golds: Sequence[dict[str, Any]], system_rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Event precision, recall and F1 at type, dyad and full level; per-type figures at type level."""
    by_doc = group_by_doc(system_rows)
    totals = {level: [0, 0, 0] for level in EVENT_LEVELS}
    per_type: dict[str, list[int]] = {}
    missed: list[str] = []
    for gold_doc in golds:
        gold_events = gold_doc["events"]
        systems = by_doc.get(os.path.basename(gold_doc["doc"]), [])
        for level in EVENT_LEVELS:
            matching = _max_matching(gold_events, systems, level)
            matched = set(matching.values())
            tp = sum(1 for j in matched if gold_events[j].get("required", True))
            fp = len(systems) - len(matching)
            fn = sum(1 for j, g in enumerate(gold_events) if g.get("required", True) and j not in matched)
            for k, v in enumerate((tp, fp, fn)):
                totals[level][k] += v
            if level == "type":
                for i, s in enumerate(systems):
                    row = per_type.setdefault(str(s.get("type")), [0, 0, 0])
                    if i in matching:
                        row[0] += gold_events[matching[i]].get("required", True)
                    else:
                        row[1] += 1
                for j, g in enumerate(gold_events):
                    if g.get("required", True) and j not in matched:
                        per_type.setdefault(g["type"], [0, 0, 0])[2] += 1
            if level == "full":
                missed += [
                    f"{gold_doc['doc']}:{g['id']}"
                    for j, g in enumerate(gold_events)
                    if g.get("required", True) and j not in matched
                ]
    report: dict[str, Any] = {
        level: dict(zip(("tp", "fp", "fn"), totals[level], strict=True))
        | dict(zip(("p", "r", "f1"), _prf(*totals[level]), strict=True))
        for level in EVENT_LEVELS
    }
    report["missed_required_full"] = missed
    report["per_type"] = {
        t: dict(zip(("tp", "fp", "fn"), v, strict=True)) | dict(zip(("p", "r", "f1"), _prf(*v), strict=True))
        for t, v in sorted(per_type.items())
    }
    return report


def events_summary(report: dict[str, Any]) -> str:
    """The one-line summary score.py prints for events."""
    return (
        f"events: type F1 {report['type']['f1']} | dyad F1 {report['dyad']['f1']} "
        f"(P {report['dyad']['p']} R {report['dyad']['r']}) | full F1 {report['full']['f1']}"
    )
