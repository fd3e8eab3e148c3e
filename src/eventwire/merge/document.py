"""In-document merge: mentions of the same event in one article become one Event.

A mention with an actor or a target joins an earlier cluster of its type (failing that, one of
its force family stated in the same sentence: `ONE_ACT_FAMILIES`) whose actor and
target are compatible (same country, or one side unknown), whose status family matches
(happened / planned / negated) and whose explicit dates are within a day of each other;
otherwise it starts a new cluster. A mention with neither actor nor target ("the attacks",
"Twenty-two missiles were fired") is a reference: it joins the most-mentioned cluster of its
type (the article's main event of that kind), of its own mode first ("the shooting" in a round-up
of a beating and a shooting is the shooting); when there is none, a mention with a trigger of its
own and a place or a number is an event with both sides unknown ("a man was shot dead in Lagos");
a bare reference ("after the attack") or one carried over from an earlier sentence is dropped.

Round-ups and retold incidents (street violence only): a mention that carries the victim tally of
another incident than a cluster's (`extract.casualties.Incidents`) joins it neither as a reference
nor, when its sentence marks another incident ("in a separate shooting", "On Dec. 14, another
man was shot") or states another day than the cluster's ("On Wednesday, a woman was found
dead"), as a mention with sides; such a marked mention does not take a cluster with no
victims yet either ("Police are investigating the shooting. Less than two weeks ago, a man was
killed on the same block."). See `_Cluster.other_incident`.

An event's evidence is the sentences that report it (see `_evidence`); its parties, place, date
and status are chosen by `merge.compose`, the rules the cross-article merge uses too; a chosen
party that is a person no dictionary knows takes the country of the town where the event happened
(`local_person`).

Quantities stay claims: every (kind, value, source) is kept, never averaged; a kind whose
claims disagree goes into `conflicts`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from ..extract.acled import code_event, is_implied
from ..extract.actors import INTERNATIONAL_SECTORS
from ..extract.casualties import LOCAL_PRECISIONS, mention_area, other_province, stated_day
from ..extract.ontology import load_ontology
from ..extract.victims import load_casualty_words, tells_dated_aside, tells_separate_incident
from ..records import Event, EventDate, EventMention, Evidence, Party, PlaceMention, QuantityClaim
from .blocking import type_family
from .compose import DateView, PartyView, PlaceView, choose_date, choose_party, choose_place, choose_status
from .cross import STATE_SECTORS

_T = TypeVar("_T")

LEGAL_MODES = frozenset({"arrest", "sentence"})
"""The COERCE modes (data/ontology.json) of the law's answer to violence: never one act with an
attack in the same sentence ("police arrested a man and charged him in the shooting of a
teenager earlier this month"; "officers shot and arrested him" is two acts too)."""
_STATUS_FAMILY = {
    "asserted": "happened", "claimed": "happened", "denied": "denied", "negated": "negated",
    "planned": "future", "conditional": "future", "threatened": "future",
}  # fmt: skip
APPROXIMATE_DAYS = 7
_SPEAKER_KINDS = frozenset({"person", "organisation"})
_ARTICLES = frozenset({"the", "a", "an"})
_VICTIM_KINDS = frozenset({"killed", "injured"})
_GUNFIRE = "firearms"  # the ontology's mode of shootings
_AREA_PRECISIONS = frozenset({"country", "region"})
SPEECH_TYPES = frozenset({"THREATEN", "REQUEST", "REJECT", "ACCUSE", "SUPPORT", "AGREE"})
ONE_ACT_FAMILIES = frozenset({"force"})
"""Merge families (`blocking.TYPE_FAMILY`) whose types, stated by one sentence of compatible
parties, are one act told twice: "an air strike destroyed a house, killing 10" (ASSAULT and
COERCE), "police lobbed tear gas at protesters to break up the rally"; the event's type is
chosen by `_event_type`. Two statements in one sentence stay two (the
speech types), as do acts of other families."""
STANDING_MEASURE_MODES = frozenset({"ban", "expel"})
"""The COERCE modes (data/ontology.json) of a measure that stands (a border closed, a party banned,
diplomats expelled): never one act with an arrest, a seizure or a crackdown."""
UNUSED_WEAPON_MODES = frozenset({"disrupt"})
"""The COERCE mode (data/ontology.json) of weapons that were not used: "the bomb was defused",
"arms were seized". Never one act with an attack in the same sentence ("an IED was found and
defused after explosions killed 20"): the one prevents what the other did."""


@dataclass(slots=True)
class _Cluster:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.mentions[0].type

    def has_type(self, event_type: str) -> bool:
        return any(m.type == event_type for m in self.mentions)

    def states_in_sentence(self, m: EventMention) -> bool:
        """Whether one of its own (not anaphoric) mentions comes from m's sentence."""
        return any(c.sentence_index == m.sentence_index and not c.anaphoric for c in self.mentions)

    def parties(self, role: str) -> list[Party]:
        return [p for m in self.mentions if (p := getattr(m, role)) is not None]

    def explicit_dates(self) -> list[EventDate]:
        return [m.date for m in self.mentions if m.date is not None and not m.date.default]

    def incidents(self) -> set[frozenset[tuple[str, object, int]]]:
        return {t for m in self.mentions if (t := _incident(m))}

    def other_incident(self, m: EventMention) -> bool:
        """Whether m carries the victims of another incident than the cluster's (`_incident`):
        of street violence only (shootings, stabbings), whose victims the incident tally counts
        once each; a war report's counts are sources' claims about one attack ("state TV said 80
        were killed", "no casualties, the military said"), stated mention by mention."""
        tally = _incident(m)
        if not tally or not _street_violence([m]) or not _street_violence(self.mentions):
            return False
        told = self.incidents()
        return bool(told) and tally not in told

    def other_day(self, m: EventMention) -> bool:
        """Whether m states a day of its own that none of the cluster's stated days is: with the
        victims of another incident (`other_incident`), another shooting ("A man was shot and
        killed late Thursday night. On Wednesday afternoon, a woman was found dead"). One
        incident's mentions carry one tally, so "shot Thursday ... died Friday" stays one."""
        day = stated_day(m.date)
        days = {stated_day(d) for d in self.explicit_dates()} - {None}
        return day is not None and bool(days) and day not in days

    def elsewhere(self, m: EventMention) -> bool:
        """Whether m states a town or finer of its own in another province of the same country
        than every one the cluster's mentions state for themselves: "army warplanes struck Khartoum" and "armed men
        attacked a camp in El Geneina" are two events, whatever their sides' country."""
        mine = mention_area(m)
        theirs = {a for c in self.mentions if (a := mention_area(c)) is not None}
        return mine is not None and bool(theirs) and all(other_province(a, mine) for a in theirs)

    def answers(self, m: EventMention) -> bool:
        """Whether m and one of the cluster's mentions are, in one sentence, an act and the act it
        answers ("fired rockets in retaliation for the killing of a commander"): two events."""
        return any(c.sentence_index == m.sentence_index and c.cause != m.cause for c in self.mentions)

    def untallied(self, m: EventMention) -> bool:
        """Whether m, in a sentence with separate-incident words ("A man was killed on the same
        block last week"), carries victims and the cluster none yet ("Police are investigating
        the shooting."): the other incident does not make the cluster's event its own. A dated
        aside alone ("stabbed him on March 3") may date the report's own event."""
        if not _incident(m) or self.incidents() or not tells_separate_incident(m.evidence.sentence):
            return False
        return _street_violence([m]) and _street_violence(self.mentions)


def _street_violence(mentions: list[EventMention]) -> bool:
    """Whether these mentions tell of a shooting or a stabbing (a mention with no mode tells of
    what the others say)."""
    modes = {_GUNFIRE, *load_casualty_words().hand_modes}
    told = [m.mode for m in mentions if m.mode is not None]
    return not told or any(mode in modes for mode in told)


def _marked(m: EventMention) -> bool:
    """Whether m's sentence tells of another incident than the one before it ("In a separate
    shooting", "Less than two weeks ago", "On Dec. 14, another man was shot"): the casualty
    lexicon's separate-incident words and dated asides (`extract.victims`)."""
    text = m.evidence.sentence
    return tells_separate_incident(text) or tells_dated_aside(text)


def _incident(m: EventMention) -> frozenset[tuple[str, object, int]]:
    """The victim counts a violent mention carries, where they were stated: one incident's tally
    (`extract.casualties.Incidents`) is carried alike by every mention of it, so two mentions
    carrying different tallies report two incidents ("In a separate shooting, two men were
    wounded"; a round-up's shootings at other blocks; "On Jan. 9, another man was killed")."""
    return frozenset((q.kind, q.value, q.start) for q in m.quantities if q.kind in _VICTIM_KINDS)


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


def _joins(cluster: _Cluster, m: EventMention, other_type: bool = False) -> bool:
    """Whether m is one more mention of the cluster's event; with `other_type`, as a mention of
    another type of its merge family stated in the same sentence (`ONE_ACT_FAMILIES`)."""
    if _STATUS_FAMILY[cluster.mentions[0].status] != _STATUS_FAMILY[m.status]:
        return False
    if other_type:
        if type_family(m.type) not in ONE_ACT_FAMILIES or type_family(cluster.type) != type_family(m.type):
            return False
        if not cluster.states_in_sentence(m) or _reversed_roles(cluster, m) or _other_side(cluster, m):
            return False
        if any(x.mode in UNUSED_WEAPON_MODES or x.mode in LEGAL_MODES for x in (m, *cluster.mentions)):
            return False
    elif not cluster.has_type(m.type) or _other_measure(cluster, m):
        return False
    if (cluster.other_incident(m) and (_marked(m) or cluster.other_day(m))) or cluster.untallied(m):
        return False
    if cluster.elsewhere(m) or cluster.answers(m):
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
        _party_compatible(cluster.parties("actor"), _as_party(m.actor, cluster))
        and _party_compatible(cluster.parties("target"), _as_party(m.target, cluster))
        and _date_compatible(cluster.explicit_dates(), m.date)
    )


def _other_measure(cluster: _Cluster, m: EventMention) -> bool:
    """ "The EU responded by shutting its borders. There, people are detained in overcrowded cells":
    a ban or an expulsion (`STANDING_MEASURE_MODES`) and a coercion of another mode are two acts."""
    if m.type != "COERCE" or m.mode is None:
        return False
    told = {c.mode for c in cluster.mentions if c.type == "COERCE" and c.mode is not None}
    return any((mode in STANDING_MEASURE_MODES) != (m.mode in STANDING_MEASURE_MODES) for mode in told)


def _as_party(p: Party | None, cluster: _Cluster) -> Party | None:
    """The side, or None when it only names where the cluster's event happened.

    "an airstrike at Baghdad's international airport" after "the United States killed Iran's top
    general ... in Baghdad": a side with no canonical name and no sector whose words hold the
    place of a mention of the cluster is that place, not a party; it is an unknown side.
    """
    if p is None or p.name or p.sector:
        return p
    text = p.text.casefold()
    # Below a country: "U.S. goods" are a country's trade, a party of the sanction.
    places = {
        m.location.text.casefold()
        for m in cluster.mentions
        if m.location is not None and m.location.precision not in _AREA_PRECISIONS
    }
    return None if any(_names_a_spot_in(text, place) for place in places if place) else p


def _names_a_spot_in(text: str, place: str) -> bool:
    """Whether a side's text is a spot in a place ("Baghdad's airport", "two bases in Iraq"), not
    the place itself ("the United States")."""
    if place not in text:
        return False
    rest = text.replace(place, " ").replace("'s", " ").split()
    return any(word not in _ARTICLES for word in rest)


def _reversed_roles(cluster: _Cluster, m: EventMention) -> bool:
    """One party on opposite sides: "a man is in custody after pointing a gun at a police officer"
    (the arrest answers the threat; two acts, whatever their countries)."""
    return any(
        _same_kind(mine, theirs)
        for role, other in (("actor", "target"), ("target", "actor"))
        if (mine := getattr(m, role)) is not None
        for theirs in cluster.parties(other)
    )


def _other_side(cluster: _Cluster, m: EventMention) -> bool:
    """Acts of a state's forces and of people outside them in one sentence are two acts, whatever
    their country: "Protesters set fire to a police station after a man was shot by officers"."""
    mine = m.actor.sector if m.actor is not None else None
    if mine is None:
        return False
    return any(p.sector is not None and (p.sector in STATE_SECTORS) != (mine in STATE_SECTORS)
               for p in cluster.parties("actor"))  # fmt: skip


def _same_side(p: Party, q: Party) -> bool:
    """One party under two wordings: the same canonical name, else the same words."""
    return p.name == q.name if p.name and q.name else p.text.casefold() == q.text.casefold()


def _same_kind(p: Party, q: Party) -> bool:
    if p.name and q.name:
        return p.name == q.name
    return p.sector is not None and p.sector == q.sector


def cluster_mentions(mentions: list[EventMention]) -> list[list[EventMention]]:
    """Group an article's mentions into events (see module docstring)."""
    clusters: list[_Cluster] = []
    for m in mentions:
        if m.anaphoric:
            same = [
                c
                for c in clusters
                if c.has_type(m.type)
                and not _other_measure(c, m)
                and _date_compatible(c.explicit_dates(), m.date)
                and not c.other_incident(m)
                and not c.elsewhere(m)
            ]
            if same:
                # "the shooting" in a round-up of a beating and a shooting is the shooting: an event
                # of the anaphor's own mode first, then the one told most, then the first.
                best = max(
                    same,
                    key=lambda c: (
                        m.mode is not None and any(x.mode == m.mode and not x.anaphoric for x in c.mentions),
                        len(c.mentions),
                        -clusters.index(c),
                    ),
                )
                best.mentions.append(m)
            elif m.trigger and (m.location is not None or m.quantities):
                # Its own trigger, a place or a number, and no event of its kind yet: a report with
                # no named side ("a man was shot dead in Lagos"), kept as an event of its own.
                clusters.append(_Cluster([m]))
            continue
        home = next((c for c in reversed(clusters) if _joins(c, m)), None)
        if home is None:
            home = next((c for c in reversed(clusters) if _joins(c, m, other_type=True)), None)
        if home is None:
            home = _Cluster()
            clusters.append(home)
        home.mentions.append(m)
    return [c.mentions for c in clusters]


def _party_view(p: Party | None) -> PartyView | None:
    return None if p is None else PartyView(p.text, p.name, p.country, p.sector, is_implied(p.text))


def _place_view(p: PlaceMention | None) -> PlaceView | None:
    return None if p is None else PlaceView(p.country, p.precision, (p.name or p.text, p.country, p.lat, p.lon))


def _date_view(d: EventDate | None) -> DateView | None:
    return None if d is None else DateView(d.value, d.precision, d.default, d.approximate)


def _pick(values: list[_T], index: int | None) -> _T | None:
    return None if index is None else values[index]


def _evidence(group: list[EventMention], location: PlaceMention | None, when: EventDate | None) -> list[Evidence]:
    """The sentences that report the event: its triggers, the sentences that gave its place or date, its claims.

    A bare reference ("after the attack, markets fell") adds no sentence unless it carries a claim.
    """
    evidence: list[Evidence] = []
    for m in group:
        reports = not m.anaphoric or m.quantities or (m.location is not None and m.location is location)
        gave_date = when is not None and not when.default and m.date is when
        if (reports or gave_date) and all(e.start != m.evidence.start for e in evidence):
            evidence.append(m.evidence)
    if not evidence:
        evidence.append(group[0].evidence)
    return sorted(evidence, key=lambda e: e.start)


def _blanket_zero(q: QuantityClaim, m: EventMention) -> bool:
    """Whether this zero denies any injury at all: "No injuries were reported", "nobody was hurt";
    not "no one else was hurt", "no one on the bus was hurt" nor "no officers were hurt"."""
    words = load_casualty_words()
    after = m.evidence.sentence[q.end - m.evidence.start :].lower().split()
    phrase = q.text.lower()
    if phrase in words.blanket_zero_phrases:
        return bool(after) and after[0].strip(",.;") in words.blanket_zero_next
    return phrase == "no" and any(w.strip(",.;") in words.blanket_zero_nouns for w in after[:2])


def _denied_injuries(mentions: list[EventMention]) -> dict[int, int]:
    """The sentences (start -> where their denial starts) of these mentions that deny any injury
    at all. A positive injured count read after the denial ("there were no injuries, though both
    men were taken to the hospital") is not a count of people hurt; one stated before it ("a man
    was wounded, but nobody was hurt inside the store") is, the denial then meaning the others."""
    denied: dict[int, int] = {}
    for m in mentions:
        for q in m.quantities:
            inside = m.evidence.start <= q.start < m.evidence.end
            if q.kind == "injured" and q.value == 0 and inside and _blanket_zero(q, m):
                denied[m.evidence.start] = min(q.start, denied.get(m.evidence.start, q.start))
    return denied


def _denied(q: QuantityClaim, m: EventMention, denied: dict[int, int]) -> bool:
    """Whether this is a positive injured count read after a blanket denial in its sentence."""
    zero = denied.get(m.evidence.start)
    return q.kind == "injured" and bool(q.value) and zero is not None and zero < q.start < m.evidence.end


def _by_hand(q: QuantityClaim, m: EventMention, gunfire: bool) -> bool:
    """Whether this is a count of people hurt by hand ("stabbed the robber") in an event told with
    gunfire: not the shooting's victims."""
    return gunfire and q.kind in _VICTIM_KINDS and bool(q.value) and m.mode in load_casualty_words().hand_modes


def _claims(mentions: list[EventMention]) -> tuple[list[QuantityClaim], list[str]]:
    seen: set[tuple[str, object, str | None]] = set()
    claims: list[QuantityClaim] = []
    denied = _denied_injuries(mentions)
    gunfire = any(m.mode == _GUNFIRE for m in mentions)
    for m in mentions:
        for q in m.quantities:
            if _denied(q, m, denied) or _by_hand(q, m, gunfire):
                continue
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


def _event_type(group: list[EventMention]) -> str:
    """The type of an event: of its surest own mention stating violence (victims counted, or a
    weapon's mode) if any, else of its surest own mention; the first stated among equally sure.

    Matters when one sentence states one act as two types (`ONE_ACT_FAMILIES`): "warplanes
    destroyed a mosque, killing seven" is the killing; "police seized weapons in a raid" is the
    seizure its pattern is sure of, not the bare noun "raid".
    """
    own = [m for m in group if not m.anaphoric] or group
    weapons = load_casualty_words().weapon_modes
    violent = [m for m in own if m.mode in weapons or any(q.kind in _VICTIM_KINDS for q in m.quantities)]
    pool = violent or own
    best = max(m.confidence for m in pool)
    return next(m.type for m in pool if m.confidence == best)


def local_person(party: Party | None, location: PlaceMention | None) -> Party | None:
    """A person no dictionary knows, party to an event that happened in a town or a province, is
    of that place's country: "A software engineer was stabbed in an alley in Tulsa. Police say
    Darnell Whitcombe followed him into the alley and stabbed him." One sentence names the person
    and another the place, so the sentence rule (`extract.roles.localise`, which needs both in one
    sentence) cannot tell; the event joins them. A country-wide place says nothing of a visitor's
    nationality ("a minister visiting Russia"), a dictionary person keeps the country it has, and
    an international body's official has none.
    """
    if party is None or party.kind != "person" or party.country or party.actor_id or location is None:
        return party
    if party.guest:
        return party  # "Blinken arrived in Cairo": a visitor is no local
    if party.sector in INTERNATIONAL_SECTORS:
        return party  # an official of the UN or the Arab League is of no town's country
    if location.precision not in LOCAL_PRECISIONS or not location.country:
        return party
    return replace(party, country=location.country)


def merge_document(doc_id: str, mentions: list[EventMention]) -> list[Event]:
    """Document-level events of one article."""
    ontology = load_ontology()
    events: list[Event] = []
    for group in cluster_mentions(mentions):
        kind = _event_type(group)
        lead = next((m for m in group if not m.anaphoric and m.type == kind), group[0])
        actors = [m.actor for m in group]
        targets = [m.target for m in group]
        places = [m.location for m in group]
        location = _pick(places, choose_place([_place_view(p) for p in places]))
        actor = local_person(_pick(actors, choose_party([_party_view(p) for p in actors])), location)
        if actor is not None:
            # "the army and al-Shabaab clashed ... al-Shabaab attacked the army's base": a side
            # told once as actor and once as target is not its own counterpart.
            targets = [t if t is None or not _same_side(t, actor) else None for t in targets]
        target = local_person(_pick(targets, choose_party([_party_view(p) for p in targets])), location)
        dates = [m.date for m in group]
        when = _pick(dates, choose_date([_date_view(d) for d in dates]))
        modes = Counter(m.mode for m in group if m.mode and m.type == lead.type)
        mode = modes.most_common(1)[0][0] if modes else None
        claims, conflicts = _claims(group)
        sentences = [m.evidence.sentence for m in group]
        acled = code_event(lead.type, mode, actor, target, sentences, location.country if location else None)
        status = choose_status([m.status for m in group if not m.anaphoric] or [lead.status])
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
                location=location,
                date=when,
                status=status,
                source=source,
                quantities=claims,
                conflicts=conflicts,
                evidence=_evidence(group, location, when),
                confidence=confidence,
            )
        )
    return events
