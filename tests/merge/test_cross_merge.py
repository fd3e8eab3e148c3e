"""Cross-article merge: blocking, scoring, grouping and UCDP-style estimates."""

from __future__ import annotations

import random
from dataclasses import replace
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.errors import BadInput
from eventwire.merge.cross import (
    LINK_FLOOR,
    MAX_KEYS,
    MERGE_THRESHOLD,
    TYPE_FAMILY,
    ClaimInput,
    Estimate,
    MergeInput,
    block_keys,
    cluster,
    estimates,
    same_event_score,
)


def mention(
    id: str,
    article_id: str,
    *,
    type: str = "ASSAULT",
    actor: str | None = "IRN",
    actor_name: str | None = None,
    target: str | None = "USA",
    target_name: str | None = None,
    country: str | None = "IRQ",
    admin1: str | None = "Anbar",
    lat: float | None = None,
    lon: float | None = None,
    date: str | None = "2020-01-08",
    text: str = "",
) -> MergeInput:
    return MergeInput(
        id, article_id, type, actor, actor_name, target, target_name, country, admin1, lat, lon, date, text
    )


# Three reports of Iran's missile attack on Ain al-Asad airbase (8 January 2020, local time; a
# US outlet dates it 7 January), each in its own words and with its own death toll.
STATE_TV = mention(
    "3f0c",
    "art-tasnim",
    actor_name="Islamic Revolutionary Guard Corps",
    target_name="United States",
    lat=33.80,
    lon=42.44,
    text="Iran's Revolutionary Guards fired more than a dozen ballistic missiles at the Ain al-Asad airbase in "
    "Anbar province, which hosts US troops. Iranian state television said 80 American soldiers were killed "
    "in the missile strikes.",
)
WIRE = mention(
    "a71b",
    "art-wire",
    actor_name="Iran",
    target_name="United States",
    lat=33.79,
    lon=42.45,
    text="Iranian missiles struck the al-Asad air base in western Iraq early on Wednesday. An Iraqi security "
    "official said 15 people were killed when the missiles hit the base, which houses American troops.",
)
US_OUTLET = mention(
    "c2d9",
    "art-us",
    actor_name="Iran",
    date="2020-01-07",
    text="Iran launched ballistic missiles against Ain al-Asad air base late on Tuesday in retaliation for the "
    "killing of Soleimani; at least 20 people were killed, a Pentagon official said.",
)
SAME_ATTACK = (STATE_TV, WIRE, US_OUTLET)

# Another attack the same day in the same country: another province 300 km north, another dyad.
MOSUL = mention(
    "5e44",
    "art-mosul",
    actor="IRQ",
    actor_name="Islamic State",
    target="IRQ",
    target_name="Iraqi Army",
    admin1="Nineveh",
    lat=36.34,
    lon=43.13,
    text="Islamic State militants attacked an Iraqi army checkpoint near Mosul, killing four soldiers, "
    "security sources said.",
)


def ids(*mentions: MergeInput) -> list[str]:
    return sorted(m.id for m in mentions)


def test_three_reports_of_one_attack_merge_into_one_event() -> None:
    groups = cluster([*SAME_ATTACK, MOSUL])
    assert ids(*SAME_ATTACK) in groups


def test_attack_in_another_province_with_another_dyad_the_same_day_stays_separate() -> None:
    groups = cluster([*SAME_ATTACK, MOSUL])
    assert [MOSUL.id] in groups
    assert same_event_score(STATE_TV, MOSUL) == 0.0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            mention(
                "e1",
                "art-1",
                actor="TUR",
                target="SYR",
                country="SYR",
                admin1="Idlib",
                date="2020-02-27",
                text="Turkish drones struck Syrian government positions in Idlib province, killing 12 soldiers.",
            ),
            mention(
                "e2",
                "art-2",
                actor="RUS",
                target="SYR",
                country="SYR",
                admin1="Idlib",
                date="2020-02-27",
                text="Russian warplanes struck a market in Idlib province, killing 12 civilians.",
            ),
            id="different-actor-countries",
        ),
        pytest.param(
            mention("n1", "art-1", actor=None, actor_name="NATO", target=None, text="NATO aircraft bombed the depot."),
            mention("n2", "art-2", actor=None, actor_name="Wagner Group", target=None, text="Wagner bombed the depot."),
            id="different-countryless-actors",
        ),
        pytest.param(
            mention(
                "d1",
                "art-1",
                actor="RUS",
                actor_name="Russia",
                target="UKR",
                target_name="Ukraine",
                country="UKR",
                admin1="Donetsk",
                lat=48.14,
                lon=37.74,
                date="2022-08-01",
                text="Russian artillery shelled Avdiivka overnight, damaging a coke plant; two civilians were killed.",
            ),
            mention(
                "d2",
                "art-2",
                actor="RUS",
                actor_name="Russia",
                target="UKR",
                target_name="Ukraine",
                country="UKR",
                admin1="Donetsk",
                lat=48.59,
                lon=38.00,
                date="2022-08-01",
                text="A Russian missile hit a residential building in Bakhmut, killing five people, the governor said.",
            ),
            id="same-dyad-towns-53km-apart",
        ),
    ],
)
def test_two_attacks_the_same_day_in_the_same_admin1_stay_separate(first: MergeInput, second: MergeInput) -> None:
    assert cluster([first, second]) == [[first.id], [second.id]]


def test_assault_and_protest_never_merge() -> None:
    protest = replace(WIRE, id="p1", type="PROTEST")
    assert TYPE_FAMILY["ASSAULT"] != TYPE_FAMILY["PROTEST"]
    assert same_event_score(WIRE, protest) == 0.0
    assert cluster([WIRE, protest]) == [[WIRE.id], [protest.id]]


def test_assault_and_coerce_of_one_raid_may_merge() -> None:
    coerce = replace(WIRE, id="b000", article_id="art-other", type="COERCE")
    assert cluster([WIRE, coerce]) == [ids(WIRE, coerce)]


def test_mentions_of_the_same_article_never_merge() -> None:
    twin = replace(WIRE, id="a71c")  # the in-document merge kept them apart
    assert cluster([WIRE, twin]) == [[WIRE.id], [twin.id]]
    groups = cluster([STATE_TV, WIRE, twin])
    assert all(not {WIRE.id, twin.id} <= set(g) for g in groups)


def test_a_chain_of_reports_a_day_apart_does_not_become_one_event() -> None:
    days = [
        mention(f"m{n}", f"art-{n}", date=f"2020-01-{n:02d}", text="missiles struck ain al-asad airbase")
        for n in range(1, 8)
    ]
    groups = cluster(days)
    assert sorted(i for g in groups for i in g) == ids(*days)
    for group in groups:
        numbers = [int(i[1:]) for i in group]
        assert max(numbers) - min(numbers) <= 2


def test_result_does_not_depend_on_input_order() -> None:
    extra = [
        replace(WIRE, id="f001", article_id="art-f1", admin1="Baghdad", lat=None, lon=None),
        replace(MOSUL, id="f002", article_id="art-f2", date="2020-01-09"),
        replace(US_OUTLET, id="f003", article_id="art-f3", actor_country=None, actor_name=None),
    ]
    mentions = [*SAME_ATTACK, MOSUL, *extra]
    expected = cluster(mentions)
    for seed in range(20):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster(shuffled) == expected


def test_groups_are_sorted_and_ordered_by_first_id() -> None:
    groups = cluster([MOSUL, US_OUTLET, WIRE, STATE_TV])
    assert groups == [ids(*SAME_ATTACK), [MOSUL.id]]
    assert cluster([]) == []


def test_duplicate_ids_are_bad_input() -> None:
    with pytest.raises(BadInput):
        cluster([WIRE, replace(WIRE, article_id="art-other")])


def test_score_is_symmetric_and_bounded() -> None:
    for a, b in combinations([*SAME_ATTACK, MOSUL], 2):
        assert same_event_score(a, b) == same_event_score(b, a)
        assert 0.0 <= same_event_score(a, b) <= 1.0
    for a, b in combinations(SAME_ATTACK, 2):
        assert same_event_score(a, b) >= MERGE_THRESHOLD


# ---------------------------------------------------------------------------------------------
# Blocking


def test_block_keys_stay_within_the_bound_and_reports_of_one_event_share_one() -> None:
    for m in [*SAME_ATTACK, MOSUL]:
        assert 1 <= len(block_keys(m)) <= MAX_KEYS
    for a, b in combinations(SAME_ATTACK, 2):
        assert set(block_keys(a)) & set(block_keys(b))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2020-01-08", "2020-01-07"),
        ("2020-01-07", "2020-01-09"),
        ("2020-01-08", "2020-01-10"),
        ("2019-12-31", "2020-01-02"),
    ],
)
def test_dates_up_to_two_days_apart_share_a_block(first: str, second: str) -> None:
    a, b = replace(WIRE, date=first), replace(STATE_TV, date=second)
    assert set(block_keys(a)) & set(block_keys(b))


def test_report_missing_the_actor_and_the_admin1_shares_a_block_with_a_full_report() -> None:
    vague = replace(
        WIRE, id="v1", article_id="art-v", actor_country=None, actor_name=None, admin1=None, lat=None, lon=None
    )
    assert set(block_keys(vague)) & set(block_keys(STATE_TV))
    assert ids(*SAME_ATTACK, vague) in cluster([*SAME_ATTACK, vague])


def test_reversed_dyad_is_another_event() -> None:
    reversed_dyad = replace(WIRE, actor_country="USA", target_country="IRN")
    shared = set(block_keys(reversed_dyad)) & set(block_keys(STATE_TV))
    assert all("|*|" in key for key in shared)  # only the wildcard blocks, where full dyads are not compared
    assert same_event_score(reversed_dyad, STATE_TV) == 0.0
    assert cluster([reversed_dyad, STATE_TV]) == [[STATE_TV.id], [reversed_dyad.id]]


# ---------------------------------------------------------------------------------------------
# Properties on random small sets

WORDS = ["missile", "airbase", "killed", "troops", "protest", "rally", "shelling", "village"]
DATES = ["2020-01-06", "2020-01-07", "2020-01-08", "2020-01-08", "2020-01-10", "2020-01", None]
POINTS = [None, (33.80, 42.44), (33.85, 42.40), (34.40, 43.10), (36.34, 43.13)]


@st.composite
def mention_sets(draw: st.DrawFn) -> list[MergeInput]:
    count = draw(st.integers(min_value=0, max_value=14))
    mentions = []
    for n in range(count):
        point = draw(st.sampled_from(POINTS))
        mentions.append(
            MergeInput(
                id=f"m{n:02d}",
                article_id=draw(st.sampled_from(["a1", "a2", "a3", "a4", "a5", "a6"])),
                type=draw(st.sampled_from(["ASSAULT", "ASSAULT", "ASSAULT", "COERCE", "PROTEST"])),
                actor_country=draw(st.sampled_from(["IRN", "IRN", "IRQ", None])),
                actor_name=draw(st.sampled_from(["Iran", "Iran", "NATO", None])),
                target_country=draw(st.sampled_from(["USA", "USA", "IRQ", None])),
                target_name=draw(st.sampled_from(["United States", None])),
                country=draw(st.sampled_from(["IRQ", "IRQ", "IRQ", "SYR", None])),
                admin1=draw(st.sampled_from(["Anbar", "Anbar", "Anbar", "Nineveh", None])),
                lat=None if point is None else point[0],
                lon=None if point is None else point[1],
                date=draw(st.sampled_from(DATES)),
                text=" ".join(draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=8))),
            )
        )
    return mentions


@settings(max_examples=150, deadline=None)
@given(mentions=mention_sets(), seed=st.integers(min_value=0, max_value=2**32))
def test_groups_partition_the_input_and_ignore_its_order(mentions: list[MergeInput], seed: int) -> None:
    groups = cluster(mentions)
    flat = [i for g in groups for i in g]
    assert sorted(flat) == sorted(m.id for m in mentions)
    assert len(flat) == len(set(flat))
    assert all(g == sorted(g) for g in groups)
    assert [g[0] for g in groups] == sorted(g[0] for g in groups)
    shuffled = mentions[:]
    random.Random(seed).shuffle(shuffled)
    assert cluster(shuffled) == groups


@settings(max_examples=150, deadline=None)
@given(mentions=mention_sets())
def test_a_group_never_holds_one_article_twice_nor_a_weak_pair(mentions: list[MergeInput]) -> None:
    by_id = {m.id: m for m in mentions}
    for group in cluster(mentions):
        members = [by_id[i] for i in group]
        assert len({m.article_id for m in members}) == len(members)
        for a, b in combinations(members, 2):
            assert same_event_score(a, b) >= LINK_FLOOR


@settings(max_examples=150, deadline=None)
@given(mentions=mention_sets())
def test_every_pair_the_score_could_merge_shares_a_block(mentions: list[MergeInput]) -> None:
    for a, b in combinations(mentions, 2):
        assert len(block_keys(a)) <= MAX_KEYS
        if same_event_score(a, b) > 0.0:
            assert set(block_keys(a)) & set(block_keys(b)), (a, b)


def _linked(a: MergeInput, b: MergeInput) -> bool:
    return (
        a.article_id != b.article_id
        and bool(set(block_keys(a)) & set(block_keys(b)))
        and same_event_score(a, b) >= MERGE_THRESHOLD
    )


@settings(max_examples=150, deadline=None)
@given(mentions=mention_sets(), cut=st.integers(min_value=0, max_value=14))
def test_clustering_a_link_closed_subset_gives_the_groups_of_clustering_everything(
    mentions: list[MergeInput], cut: int
) -> None:
    # What a store relies on to re-cluster only the mentions a new article touches.
    subset = {m.id for m in mentions[:cut]}
    grown = True
    while grown:
        grown = False
        for a, b in combinations(mentions, 2):
            if (a.id in subset) != (b.id in subset) and _linked(a, b):
                subset |= {a.id, b.id}
                grown = True
    expected = [g for g in cluster(mentions) if g[0] in subset]
    assert cluster([m for m in mentions if m.id in subset]) == expected


# ---------------------------------------------------------------------------------------------
# Estimates


def claim(value: float | None, source: str | None, article: str, **bounds: float | None) -> ClaimInput:
    return ClaimInput("killed", value, bounds.get("low"), bounds.get("high"), source, article)


def test_three_conflicting_death_tolls_give_low_median_high() -> None:
    claims = [
        claim(80, "Iranian state television", "art-tasnim"),
        claim(15, "an Iraqi security official", "art-wire"),
        claim(20, "a Pentagon official", "art-us", low=20),  # "at least 20"
    ]
    assert estimates(claims) == [Estimate("killed", low=15, best=20, high=80, n_claims=3, n_sources=3, conflict=True)]


def test_one_source_is_no_conflict() -> None:
    [single] = estimates([claim(80, "state TV", "art-1")])
    assert (single.low, single.best, single.high, single.conflict) == (80, 80, 80, False)
    [repeated] = estimates([claim(80, "State TV", "art-1"), claim(80, "state tv", "art-2")])
    # One named source, reported by two articles: no conflict; n_sources counts the reporting outlets.
    assert (repeated.n_claims, repeated.n_sources, repeated.conflict) == (2, 2, False)


def test_estimate_sources_are_the_event_outlets_not_more() -> None:
    # Two wires of one agency and a paper quoting two officials: two outlets, as the event counts them.
    claims = [
        ClaimInput("killed", 11, None, None, None, "a1", outlet="reuters"),
        ClaimInput("killed", 11, None, None, None, "a2", outlet="reuters"),
        ClaimInput("killed", 9, None, None, "a police spokesman", "a3", outlet="the guardian"),
        ClaimInput("killed", 12, None, None, "a hospital doctor", "a3", outlet="the guardian"),
    ]
    [killed] = estimates(claims)
    assert (killed.n_claims, killed.n_sources, killed.best) == (4, 2, 11)


def test_identical_figures_from_two_sources_are_no_conflict() -> None:
    [same] = estimates([claim(12, "police", "art-1"), claim(12, "hospital", "art-2")])
    assert (same.best, same.n_sources, same.conflict) == (12, 2, False)


def test_best_is_the_lower_middle_source_figure_and_a_whole_number() -> None:
    [even] = estimates([claim(10, "a", "art-1"), claim(30, "b", "art-2"), claim(40, "c", "art-3"), claim(90, "d", "x")])
    assert even.best == 30
    [ranged] = estimates([claim(None, "ministry", "art-1", low=10, high=15)])
    assert (ranged.low, ranged.best, ranged.high) == (10, 12, 15)


def test_unsourced_claims_count_once_per_article_and_a_source_counts_once() -> None:
    claims = [
        claim(5, None, "art-1"),
        claim(7, None, "art-2"),
        claim(9, "ministry", "art-1"),
        claim(11, "Ministry", "art-3"),  # the same source revising upwards: its figure is 11
    ]
    [killed] = estimates(claims)
    assert (killed.n_sources, killed.best, killed.low, killed.high) == (3, 7, 5, 11)


def test_estimates_come_one_per_kind_sorted_by_kind() -> None:
    claims = [
        ClaimInput("killed", 3, None, None, None, "art-1"),
        ClaimInput("injured", None, None, None, None, "art-1"),
        ClaimInput("arrested", 40, None, None, "police", "art-2"),
    ]
    result = estimates(claims)
    assert [e.kind for e in result] == ["arrested", "injured", "killed"]
    assert result[1] == Estimate("injured", None, None, None, n_claims=1, n_sources=1, conflict=False)
