"""Cross-article merge: mentions from different articles that report one real event become one group.

Pipeline (`cluster`):

1. Mentions are sorted by id; everything after depends only on ids and contents, never on the
   order the articles arrived in.
2. Blocking (`blocking.block_keys`): type family, order-aware dyad, place cell and date bucket.
   Mentions are compared only within a block, each pair once, in the block of its most specific
   shared key; wildcard and country-level blocks compare only the pairs that need them.
3. Scoring (`same_event_score`): hard rules first (different type family; a known actor or
   target that differs, in order; different location country or admin1; day-precise dates more
   than two days apart; point locations more than `RADIUS_KM` apart), then a weighted sum of
   type, dyad, place, date and evidence-text similarity (`text_overlap` of content words).
   A pair of mentions from different articles sharing a block and scoring at least
   `MERGE_THRESHOLD` is a link.
4. Grouping: average linkage with a floor. Links are taken strongest first (ties by id); two
   groups join only if no article is in both, every pair across them scores at least
   `LINK_FLOOR`, and the pairs across them average at least `MERGE_THRESHOLD`. So a chain
   a~b~c never pulls together two events a and c that do not match each other (a pair under the
   floor, or dates four days apart, keeps them apart), and two mentions of one article never
   share a group (the in-document merge already decided about them).

Whether two mentions link is a property of the pair alone (shared key, score), never of how
crowded their blocks are: clustering any link-closed subset of mentions gives the groups that
clustering all of them would, which lets a store re-cluster only what a new article touches.

The claims of a merged group are summarised by `estimates` (low / best / high per kind; the rule
for best is in `eventwire.merge.estimates`).
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from ..errors import BadInput
from .blocking import (
    DAY_WINDOW,
    MAX_KEYS,
    TYPE_FAMILY,
    WILDCARD,
    Blocking,
    MergeInput,
    block_keys,
    blocking_of,
    parse_date,
    partition_of,
    placed_side,
    type_family,
)
from .estimates import ClaimInput, Estimate, estimates

__all__ = [
    "DAY_WINDOW",
    "LINK_FLOOR",
    "MAX_KEYS",
    "MERGE_THRESHOLD",
    "TYPE_FAMILY",
    "ClaimInput",
    "Estimate",
    "MergeInput",
    "block_keys",
    "cluster",
    "estimates",
    "same_event_score",
]

MERGE_THRESHOLD = 0.60
"""A pair scoring this much is a link, and two groups join when the pairs across them average this
much. Structure alone reaches it only when everything agrees: the same type, the same named
actor and target, points within `NEAR_KM`, the same day. Anything less needs shared words: with
the same admin1 but no points the texts must reach a word overlap (`text_overlap`) of about 0.06,
with one side of the dyad unknown and a day apart about 0.16, with only the country in common
about 0.15."""
LINK_FLOOR = 0.45
"""No pair in a group scores less: average linkage cannot carry a mention into a group it hardly
matches, let alone one it contradicts."""

# Weights of the evidence, summing to 1.
W_TYPE = 0.10
W_DYAD = 0.20
W_PLACE = 0.15
W_DATE = 0.15
W_TEXT = 0.40

TEXT_SATURATION = 0.52
"""Share of content words (`text_overlap`) at which text similarity counts in full: two reports
of one event in different words rarely share more than half their content words. (For two texts
of one length it is where a Jaccard of 0.35, the measure used before, saturates.)"""

SYMMETRIC_TYPES = frozenset({"CONSULT"})
"""Types whose two sides play the same part: "A met B" and "B met A" are one meeting."""
PLACED_SIDE_SCORE = 0.3
"""Dyad agreement of a side known only by its place ("bases in Iraq") and a military party of
another country ("US-led forces"): compatible, but weak evidence; the text has to carry it."""
MILITARY = "MIL"
STATE_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD", "SPY"})
"""CAMEO sectors of a state's agents. Unnamed, they are one kind of party to the merge: reports
call the same arresting body "police", "security forces" or "the junta"; what tells events
apart is a state's agent against a civilian or a rebel ("police" are not the wedding guests)."""
PUBLIC_SECTORS = frozenset({"CVL", "OPP"})
"""CAMEO sectors of the unarmed public: "42 people" detained and "protesters" arrested may be one
crowd; an armed group (REB) is not."""

NEAR_KM = 10.0
"""Point locations this close are the same place (geocoding noise, a town and its airbase)."""
FAR_KM = 30.0
"""Point locations this far apart are different towns: place agreement counts nothing."""
RADIUS_KM = 50.0
"""Point locations farther apart than this are different places: never the same event."""

_DATE_SCORE = (1.0, 0.85, 0.5)  # by day gap 0, 1, 2 (DAY_WINDOW)
_EARTH_KM = 6371.0
_WORD = re.compile(r"[^\W\d_]{3,}")
_REPORTING_WORDS = frozenset(
    {"said", "says", "say", "told", "according", "reported", "reports", "report", "reportedly"}
    | {"added", "stated", "statement", "also", "would", "could", "since", "including", "however"}
)


@cache
def _stopwords() -> frozenset[str]:
    from ..ingest.language import english_stopwords

    return english_stopwords() | _REPORTING_WORDS


def content_words(text: str) -> frozenset[str]:
    """The content words of evidence text: lowercase words of 3+ letters, no function words, crudely stemmed."""
    stop = _stopwords()
    return frozenset(_stem(w) for w in _WORD.findall(text.casefold()) if w not in stop)


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    # Enough to make "killed"/"killing"/"kills" and "missile"/"missiles" one word; a real stemmer
    # would buy little, since both sides of a comparison get the same treatment.
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def text_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared content words over the geometric mean of the two sets' sizes (the cosine of their
    word vectors), 0..1.

    Unlike Jaccard it does not punish a pair for one text being long: a feature story whose
    evidence is ten sentences and a two-sentence wire of the same strike share most of the wire's
    words, which Jaccard divides by the story's whole vocabulary.
    """
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


@dataclass(frozen=True, slots=True)
class _Features:
    article: str
    type: str
    family: str
    actor_country: str | None
    actor_name: str | None
    target_country: str | None
    target_name: str | None
    actor_placed: bool
    target_placed: bool
    actor_military: bool
    target_military: bool
    actor_sector: str | None
    target_sector: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    day: int | None
    coarse_date: str
    words: frozenset[str]


def _features(m: MergeInput) -> _Features:
    day, coarse = parse_date(m.date)
    return _Features(
        article=m.article_id,
        type=m.type,
        family=type_family(m.type),
        actor_country=m.actor_country or None,
        actor_name=_name(m.actor_name),
        target_country=m.target_country or None,
        target_name=_name(m.target_name),
        actor_placed=placed_side(m.actor_country, m.actor_name, m.country),
        target_placed=placed_side(m.target_country, m.target_name, m.country),
        actor_military=m.actor_sector == MILITARY,
        target_military=m.target_sector == MILITARY,
        actor_sector=m.actor_sector or None,
        target_sector=m.target_sector or None,
        country=m.country or None,
        admin1=m.admin1 or None,
        lat=m.lat if m.lon is not None else None,
        lon=m.lon if m.lat is not None else None,
        day=day,
        coarse_date=coarse,
        words=content_words(m.text),
    )


def _name(name: str | None) -> str | None:
    folded = " ".join((name or "").casefold().split())
    return folded or None


def _side_score(country_a: str | None, name_a: str | None, country_b: str | None, name_b: str | None) -> float | None:
    """How well one side (actor or target) agrees; None when the two are different parties."""
    if country_a and country_b:
        if country_a != country_b:
            return None
        if name_a and name_b:
            # Same country, other canonical names: "Iran" and "the Revolutionary Guards" may both be the attacker.
            return 1.0 if name_a == name_b else 0.8
        return 0.9
    if country_a or country_b:
        # A named body without a country (NATO, the UN, an unresolved group) against a country's party.
        return 0.2 if (name_b if country_a else name_a) else 0.5
    if name_a and name_b:
        return 1.0 if name_a == name_b else None
    return 0.4


def _placed_agree(placed: tuple[bool, bool], military: tuple[bool, bool]) -> float | None:
    """A side known only by its place against another country's party: the forces stationed there?"""
    return PLACED_SIDE_SCORE if any(placed) and any(military) else None


def _distance_km(a: _Features, b: _Features) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    dlon = abs(a.lon - b.lon)
    if dlon > 180.0:
        dlon = 360.0 - dlon
    x = math.radians(dlon) * math.cos(math.radians((a.lat + b.lat) / 2))
    y = math.radians(a.lat - b.lat)
    return _EARTH_KM * math.hypot(x, y)


def _place_score(a: _Features, b: _Features) -> float | None:
    if a.country != b.country:
        return None  # different countries, or one located and the other not
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return None
    km = _distance_km(a, b)
    if km is not None:
        # Two points (finer than admin1, see MergeInput): the distance decides.
        if km > RADIUS_KM:
            return None
        return 1.0 - max(0.0, min(1.0, (km - NEAR_KM) / (FAR_KM - NEAR_KM)))
    if a.country is None:
        return 0.2  # neither located: place says nothing
    return 0.7 if a.admin1 and b.admin1 else 0.4  # the same admin1, or only the same country


def _date_score(a: _Features, b: _Features) -> float | None:
    if a.day is not None and b.day is not None:
        gap = abs(a.day - b.day)
        return _DATE_SCORE[gap] if gap <= DAY_WINDOW else None
    if a.day is None and b.day is None and a.coarse_date == b.coarse_date:
        return 0.4
    return None  # a day against a month or a year only: never compared (see blocking)


def _one_side(
    a: tuple[str | None, str | None, bool, bool, str | None], b: tuple[str | None, str | None, bool, bool, str | None]
) -> float | None:
    """(country, name, placed, military, sector) of one side of two mentions: their agreement, None if apart."""
    score = _side_score(a[0], a[1], b[0], b[1])
    if score is None:
        return _placed_agree((a[2], b[2]), (a[3], b[3]))
    if not a[1] and not b[1] and a[4] and b[4] and _party_kind(a[4]) != _party_kind(b[4]):
        return None  # unnamed parties of different kinds: police are not the wedding guests
    return score


def _party_kind(sector: str) -> str:
    """The kind of an unnamed party: one for every agent of a state, one for the unarmed public
    (protesters are civilians to another outlet), else its sector."""
    if sector in STATE_SECTORS:
        return "state"
    return "public" if sector in PUBLIC_SECTORS else sector


def _dyad_score(a: _Features, b: _Features, swap: bool) -> tuple[float, float] | None:
    actor_a = (a.actor_country, a.actor_name, a.actor_placed, a.actor_military, a.actor_sector)
    target_a = (a.target_country, a.target_name, a.target_placed, a.target_military, a.target_sector)
    actor_b = (b.actor_country, b.actor_name, b.actor_placed, b.actor_military, b.actor_sector)
    target_b = (b.target_country, b.target_name, b.target_placed, b.target_military, b.target_sector)
    if swap:
        actor_b, target_b = target_b, actor_b
    actor = _one_side(actor_a, actor_b)
    if actor is None:
        return None
    target = _one_side(target_a, target_b)
    return None if target is None else (actor, target)


def _swapped(a: _Features, b: _Features) -> bool:
    """The same two kinds of party in opposite roles ("police arrested protesters" against
    "protesters attacked police" in one country), or one named party on opposite sides ("the RSF
    shelled a market", "the army struck the RSF"): an event and the response to it, not one event."""
    if (a.actor_name and a.actor_name == b.target_name) or (a.target_name and a.target_name == b.actor_name):
        return True
    return (
        a.actor_sector is not None
        and a.target_sector is not None
        and a.actor_sector != a.target_sector
        and (a.actor_sector, a.target_sector) == (b.target_sector, b.actor_sector)
    )


def _score(a: _Features, b: _Features) -> float:
    if a.family != b.family or (_swapped(a, b) and a.type not in SYMMETRIC_TYPES):
        return 0.0
    sides = _dyad_score(a, b, swap=False)
    if sides is None and a.type in SYMMETRIC_TYPES and b.type in SYMMETRIC_TYPES:
        sides = _dyad_score(a, b, swap=True)  # "A met B" and "B held talks with A"
    if sides is None:
        return 0.0
    actor, target = sides
    place = _place_score(a, b)
    if place is None:
        return 0.0
    when = _date_score(a, b)
    if when is None:
        return 0.0
    overlap = text_overlap(a.words, b.words)
    return (
        W_TYPE * (1.0 if a.type == b.type else 0.5)
        + W_DYAD * (actor + target) / 2
        + W_PLACE * place
        + W_DATE * when
        + W_TEXT * min(1.0, overlap / TEXT_SATURATION)
    )


def same_event_score(a: MergeInput, b: MergeInput) -> float:
    """How likely two mentions report the same real event, 0..1 (symmetric; ignores article ids)."""
    if b.id < a.id:
        a, b = b, a  # one argument order, so floating-point sums are identical both ways
    return _score(_features(a), _features(b))


# ---------------------------------------------------------------------------------------------
# Clustering


class _Partition:
    """The mentions of one (type family, location country): no mention outside it can match them."""

    def __init__(self, mentions: Sequence[MergeInput], members: list[int]) -> None:
        self.blocking: list[Blocking] = [blocking_of(mentions[g]) for g in members]
        self.articles = [mentions[g].article_id for g in members]
        self.features = [_features(mentions[g]) for g in members]

    def score(self, i: int, j: int) -> float:
        """Score of two local indices, always in id order."""
        features = self.features
        return _score(features[i], features[j]) if i < j else _score(features[j], features[i])

    def links(self) -> list[tuple[float, int, int]]:
        """(score, i, j), i < j local indices, for every compared pair that reaches the threshold."""
        blocks: dict[tuple[str, str, int], list[int]] = {}
        for i, b in enumerate(self.blocking):
            for key in b.block_keys():
                blocks.setdefault(key, []).append(i)
        found: list[tuple[float, int, int]] = []
        for key, block in blocks.items():
            if len(block) > 1:
                self._compare_block(key, block, found)
        return found

    def _compare_block(self, key: tuple[str, str, int], block: list[int], found: list[tuple[float, int, int]]) -> None:
        dyad_key, place_key, date_key = key
        blocking, articles, features = self.blocking, self.articles, self.features
        for i, partners, skip_below in self._candidates(key, block):
            bi, article = blocking[i], articles[i]
            for j in partners:
                if j == i or (j < i and skip_below(j)) or articles[j] == article:
                    continue  # the same mention, a pair met from its other side, or one article
                if not _meets_in(bi, blocking[j], dyad_key, place_key, date_key):
                    continue  # compared in a finer block, or ruled out by blocking
                if i < j:
                    s = _score(features[i], features[j])
                    if s >= MERGE_THRESHOLD:
                        found.append((s, i, j))
                else:
                    s = _score(features[j], features[i])
                    if s >= MERGE_THRESHOLD:
                        found.append((s, j, i))

    def _candidates(
        self, key: tuple[str, str, int], block: list[int]
    ) -> Iterator[tuple[int, list[int], Callable[[int], bool]]]:
        """(mention, members to compare it with, "a lower member already compared it") per side of a pair.

        A pair belongs to a wildcard-dyad block only if one of the two has a partly known dyad, and
        to a country-level block only if one of the two has no admin1: only those "anchors" need
        to look for partners, and only among the members that complete what they lack.
        """
        wild_dyad, country_level = key[0] == WILDCARD, key[1] == ""
        blocking = self.blocking
        if not wild_dyad and not country_level:
            for i in block:
                yield i, block, _always
            return
        partial = [i for i in block if blocking[i].dyad is None] if wild_dyad else []
        no_admin1 = [i for i in block if not blocking[i].admin1] if country_level else []
        if wild_dyad and country_level:
            # One side lacks the full dyad and one side (perhaps the other) the admin1.
            anchors = sorted(set(partial) | set(no_admin1))
            is_anchor = set(anchors).__contains__
            for i in anchors:
                bi = blocking[i]
                if bi.dyad is None and not bi.admin1:
                    yield i, block, is_anchor
                else:
                    yield i, no_admin1 if bi.dyad is None else partial, is_anchor
            return
        anchors = partial if wild_dyad else no_admin1
        is_anchor = set(anchors).__contains__
        for i in anchors:
            yield i, block, is_anchor

    def groups(self) -> list[list[int]]:
        """The groups (local indices, two or more mentions) of the partition."""
        found = self.links()
        if not found:
            return []
        # Connected components of the links bound where average linkage has to look.
        parent = {i: i for _, a, b in found for i in (a, b)}

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for _, a, b in found:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        components: dict[int, list[tuple[float, int, int]]] = {}
        for link in found:
            components.setdefault(root(link[1]), []).append(link)
        groups: list[list[int]] = []
        for component in components.values():
            groups.extend(self._average_linkage(component))
        return groups

    def _average_linkage(self, links: list[tuple[float, int, int]]) -> list[list[int]]:
        known = {(a, b): s for s, a, b in links}
        group_of: dict[int, list[int]] = {}
        for _, a, b in sorted(links, key=lambda link: (-link[0], link[1], link[2])):
            ga = group_of.setdefault(a, [a])
            gb = group_of.setdefault(b, [b])
            if ga is gb or not self._can_join(ga, gb, known):
                continue
            ga.extend(gb)
            for i in gb:
                group_of[i] = ga
        unique = {id(g): g for g in group_of.values()}
        return [sorted(g) for g in unique.values() if len(g) > 1]

    def _can_join(self, ga: list[int], gb: list[int], known: dict[tuple[int, int], float]) -> bool:
        articles = self.articles
        if {articles[i] for i in ga} & {articles[j] for j in gb}:
            return False
        total = 0.0
        for i in ga:
            for j in gb:
                pair = (i, j) if i < j else (j, i)
                s = known.get(pair)
                if s is None:
                    s = known[pair] = self.score(*pair)
                if s < LINK_FLOOR:
                    return False
                total += s
        return total >= MERGE_THRESHOLD * len(ga) * len(gb)


def _always(_: int) -> bool:
    return True


def _meets_in(a: Blocking, b: Blocking, dyad_key: str, place_key: str, date_key: int) -> bool:
    """Whether the block (dyad_key, place_key, date_key) is the most specific key a and b share.

    False too when what blocking knows already rules the pair out (a known actor or target that
    differs, two different admin1 areas, days too far apart), which spares the full score.
    """
    if (a.actor and b.actor and a.actor != b.actor) or (a.target and b.target and a.target != b.target):
        return False
    if (a.dyad if a.dyad is not None and a.dyad == b.dyad else WILDCARD) != dyad_key:
        return False
    if a.fine is not None and a.fine == b.fine:
        if a.fine != place_key:
            return False
    elif (a.admin1 and b.admin1) or place_key:
        return False
    if a.day is not None and b.day is not None and abs(a.day - b.day) > DAY_WINDOW:
        return False
    for when in a.dates:  # ascending: the first shared key is the smallest
        if when in b.dates:
            return when == date_key
    return False


def cluster(mentions: Sequence[MergeInput]) -> list[list[str]]:
    """Groups of mention ids, one per real event; each group sorted, groups ordered by their first id.

    The result depends only on the set of mentions, not on their order. Raises `BadInput` when
    two mentions share an id.
    """
    order = sorted(mentions, key=lambda m: m.id)
    for a, b in pairwise(order):
        if a.id == b.id:
            raise BadInput(f"two merge inputs share the id {a.id!r}")
    partitions: dict[tuple[str, str], list[int]] = {}
    for g, m in enumerate(order):
        partitions.setdefault(partition_of(m), []).append(g)
    # label[g] = the smallest index of g's group; singletons keep their own.
    label = array("q", range(len(order)))
    for members in partitions.values():
        part = _Partition(order, members)
        for group in part.groups():
            first = members[group[0]]
            for i in group[1:]:
                label[members[i]] = first
        del part
    grouped: dict[int, list[str]] = {}
    for g, m in enumerate(order):
        grouped.setdefault(label[g], []).append(m.id)
    return list(grouped.values())
