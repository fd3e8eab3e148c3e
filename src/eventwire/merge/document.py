"""In-document merge: mentions of the same event in one article become one Event.

A mention with an actor or a target joins an earlier cluster of the same type whose actor and
target are compatible (same country, or one side unknown), whose status family matches
(happened / planned / negated) and whose explicit dates are within a day of each other;
otherwise it starts a new cluster. A mention with neither actor nor target ("the attacks",
"Twenty-two missiles were fired") is a reference: it joins the most-mentioned cluster of its
type (the article's main event of that kind) and is dropped when there is none.

Quantities stay claims: every (kind, value, source) is kept, never averaged; a kind whose
claims disagree goes into `conflicts`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ..extract.acled import code_event
from ..extract.ontology import load_ontology
from ..records import Event, EventDate, EventMention, Evidence, Party, PlaceMention, QuantityClaim

_STATUS_FAMILY = {
    "asserted": "happened", "claimed": "happened", "denied": "denied", "negated": "negated",
    "planned": "future", "conditional": "future", "threatened": "future",
}  # fmt: skip
_PRECISION_RANK = {"facility": 0, "city": 1, "admin1": 2, "country": 3, "region": 4}
_DATE_RANK = {"day": 0, "month": 1, "year": 2}
APPROXIMATE_DAYS = 7
_SPEAKER_KINDS = frozenset({"person", "organisation"})
SPEECH_TYPES = frozenset({"THREATEN", "REQUEST", "REJECT", "ACCUSE", "SUPPORT", "AGREE"})


@dataclass(slots=True)
class _Cluster:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.mentions[0].type

    def parties(self, role: str) -> list[Party]:
        return [p for m in self.mentions if (p := getattr(m, role)) is not None]

    def explicit_dates(self) -> list[EventDate]:
        return [m.date for m in self.mentions if m.date is not None and not m.date.default]


def _same_party(p: Party, q: Party) -> bool:
    if p.country and q.country:
        return p.country == q.country
    if p.country or q.country:
        # NATO (no country) and Canada are different parties; an unnamed group is unknown.
        countryless = q if p.country else p
        return not (countryless.kind == "organisation" and countryless.name)
    return not (p.name and q.name and p.name != q.name)


def _party_compatible(a: list[Party], b: Party | None) -> bool:
    if b is None or not a:
        return True
    return all(_same_party(p, b) for p in a)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def _date_compatible(dates: list[EventDate], when: EventDate | None) -> bool:
    if when is None or when.default or not dates:
        return True
    for d in dates:
        a, b = _day(d.value), _day(when.value)
        if a and b:
            window = APPROXIMATE_DAYS if d.approximate or when.approximate else 1
            if abs((a - b).days) > window:
                return False
        elif not (d.value.startswith(when.value) or when.value.startswith(d.value)):
            return False
    return True


def _joins(cluster: _Cluster, m: EventMention) -> bool:
    if cluster.type != m.type or _STATUS_FAMILY[cluster.mentions[0].status] != _STATUS_FAMILY[m.status]:
        return False
    speaker = m.actor
    if (
        m.type in SPEECH_TYPES
        and speaker is not None
        and speaker.name
        and speaker.kind in _SPEAKER_KINDS
        # Two speakers of one country making the same kind of statement made two statements.
        and any(p.name and p.kind in _SPEAKER_KINDS and p.name != speaker.name for p in cluster.parties("actor"))
    ):
        return False
    return (
        _party_compatible(cluster.parties("actor"), m.actor)
        and _party_compatible(cluster.parties("target"), m.target)
        and _date_compatible(cluster.explicit_dates(), m.date)
    )


def cluster_mentions(mentions: list[EventMention]) -> list[list[EventMention]]:
    """Group an article's mentions into events (see module docstring)."""
    clusters: list[_Cluster] = []
    for m in mentions:
        if m.anaphoric:
            same = [c for c in clusters if c.type == m.type and _date_compatible(c.explicit_dates(), m.date)]
            if same:
                best = max(same, key=lambda c: (len(c.mentions), -clusters.index(c)))
                best.mentions.append(m)
            continue
        home = next((c for c in reversed(clusters) if _joins(c, m)), None)
        if home is None:
            home = _Cluster()
            clusters.append(home)
        home.mentions.append(m)
    return [c.mentions for c in clusters]


def _best_party(parties: list[Party]) -> Party | None:
    if not parties:
        return None
    # Prefer a party with a country and a name, then the most frequent country.
    countries = Counter(p.country for p in parties if p.country)
    top = countries.most_common(1)[0][0] if countries else None
    pool = [p for p in parties if p.country == top] if top else parties
    return max(pool, key=lambda p: (p.name is not None, p.sector is not None, -parties.index(p)))


def _best_location(mentions: list[EventMention]) -> PlaceMention | None:
    places = [m.location for m in mentions if m.location is not None]
    if not places:
        return None
    counts = Counter(p.country for p in places)
    top = counts.most_common(1)[0][0]
    return min((p for p in places if p.country == top), key=lambda p: _PRECISION_RANK.get(p.precision or "", 5))


def _best_date(mentions: list[EventMention]) -> EventDate | None:
    """The most precise stated date, the most often stated among equals, the first among ties."""
    dates = [m.date for m in mentions if m.date is not None]
    explicit = [d for d in dates if not d.default]
    if explicit:
        counts = Counter(d.value for d in explicit)
        return min(
            explicit,
            key=lambda d: (d.approximate, _DATE_RANK[d.precision], -counts[d.value], explicit.index(d)),
        )
    return dates[0] if dates else None


def _claims(mentions: list[EventMention]) -> tuple[list[QuantityClaim], list[str]]:
    seen: set[tuple[str, object, str | None]] = set()
    claims: list[QuantityClaim] = []
    for m in mentions:
        for q in m.quantities:
            key = (q.kind, q.value, q.source.name or q.source.text if q.source else None)
            if key in seen:
                continue
            seen.add(key)
            claims.append(q)
    values: dict[str, set[object]] = {}
    for q in claims:
        values.setdefault(q.kind, set()).add(q.value)
    conflicts = sorted(kind for kind, vals in values.items() if len(vals) > 1)
    return claims, conflicts


def merge_document(doc_id: str, mentions: list[EventMention]) -> list[Event]:
    """Document-level events of one article."""
    ontology = load_ontology()
    events: list[Event] = []
    for group in cluster_mentions(mentions):
        lead = next((m for m in group if not m.anaphoric), group[0])
        actor = _best_party([m.actor for m in group if m.actor is not None])
        target = _best_party([m.target for m in group if m.target is not None])
        modes = Counter(m.mode for m in group if m.mode)
        mode = modes.most_common(1)[0][0] if modes else None
        claims, conflicts = _claims(group)
        place = _best_location(group)
        sentences = [m.evidence.sentence for m in group]
        acled = code_event(lead.type, mode, actor, target, sentences, place.country if place else None)
        evidence: list[Evidence] = []
        for m in group:
            if all(e.start != m.evidence.start for e in evidence):
                evidence.append(m.evidence)
        statuses = [m.status for m in group if not m.anaphoric] or [lead.status]
        status = "asserted" if "asserted" in statuses else statuses[0]
        source = next((m.source for m in group if m.source is not None), None)
        # Each further sentence that reports the same event makes it likelier to be one.
        confidence = min(0.99, max(m.confidence for m in group) + 0.05 * (len(group) - 1))
        events.append(
            Event(
                doc=doc_id,
                type=lead.type,
                mode=mode,
                cameo=ontology.cameo(lead.type, mode),
                acled=acled.as_dict() if acled else None,
                actor=actor,
                target=target,
                location=place,
                date=_best_date(group),
                status=status,
                source=source,
                quantities=claims,
                conflicts=conflicts,
                evidence=sorted(evidence, key=lambda e: e.start),
                confidence=confidence,
            )
        )
    return events
