"""The timeline, the world map and the summary read the tallies when a filter allows, and show what the
events themselves give (the same pages computed with the tallies switched off)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.store.queries import EventFilter
from eventwire.store.tallies import CELL_DEGREES, TALLY_ZOOM
from eventwire.web import mapdata, summary, tallies, timeline

FILTERS = [
    EventFilter(),
    EventFilter(types=("ASSAULT",)),
    EventFilter(types=("ASSAULT", "PROTEST", "FIGHT")),
    EventFilter(since="2019-12"),
    EventFilter(since="2020-01-01", until="2020-01-08"),
    EventFilter(types=("ASSAULT",), until="2020"),
]


@pytest.fixture
def conn(served_db: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(served_db)
    yield connection
    connection.close()


def _without_tallies(patch: pytest.MonkeyPatch) -> None:
    for module in (timeline, summary, mapdata):
        patch.setattr(module, "tally_for", lambda *args: None)


def test_the_map_grid_is_the_tallies_grid() -> None:
    assert mapdata.cell_degrees(TALLY_ZOOM) == CELL_DEGREES
    assert mapdata.MAX_ZOOM_WORLD == TALLY_ZOOM


def test_which_filters_a_tally_answers() -> None:
    assert tallies.answers(EventFilter(types=("ASSAULT",), since="2020"), tallies.DATED)
    assert not tallies.answers(EventFilter(since="2020"), tallies.TYPED)
    assert not tallies.answers(EventFilter(countries=("IRQ",)), tallies.DATED)
    assert not tallies.answers(EventFilter(actor="police"), tallies.DATED)


@pytest.mark.parametrize("where", FILTERS)
def test_timeline_from_the_tally_equals_the_events(conn: sqlite3.Connection, where: EventFilter) -> None:
    assert tallies.tally_for(conn, where, tallies.DAYS, tallies.DATED) is not None
    for scale in (None, "day", "month", "year"):
        fast = timeline.timeline(conn, where, scale)  # type: ignore[arg-type]
        with pytest.MonkeyPatch.context() as patch:
            _without_tallies(patch)
            slow = timeline.timeline(conn, where, scale)  # type: ignore[arg-type]
        assert fast == slow
    assert any(b.total for b in timeline.timeline(conn, EventFilter()).bars)


@pytest.mark.parametrize("where", FILTERS)
def test_summary_from_the_tallies_equals_the_events(conn: sqlite3.Connection, where: EventFilter) -> None:
    fast = summary.summarise(conn, where)
    with pytest.MonkeyPatch.context() as patch:
        _without_tallies(patch)
        slow = summary.summarise(conn, where)
    assert fast == slow
    if where == EventFilter():
        assert fast.events > 0 and fast.killed > 0 and fast.dyads and fast.places
        assert "? → ?" not in [d.label for d in fast.dyads]  # neither side known: not a dyad


def _markers(data: mapdata.MapData) -> list[tuple[object, ...]]:
    return [
        (round(m.lat, 6), round(m.lon, 6), m.count, m.killed, m.type, m.types, m.id, m.date, m.place, m.precision)
        for m in data.markers
    ]


@pytest.mark.parametrize("zoom", range(TALLY_ZOOM + 1))
@pytest.mark.parametrize("where", [EventFilter(), EventFilter(types=("ASSAULT", "PROTEST"))])
def test_world_map_from_the_tally_equals_the_events(conn: sqlite3.Connection, where: EventFilter, zoom: int) -> None:
    fast = mapdata.map_data(conn, where, zoom)
    with pytest.MonkeyPatch.context() as patch:
        _without_tallies(patch)
        slow = mapdata.map_data(conn, where, zoom)
    assert _markers(fast) == _markers(slow)
    assert (fast.placed, fast.unplaced) == (slow.placed, slow.unplaced)
    if where == EventFilter():
        assert fast.placed > 0
        if zoom == TALLY_ZOOM:
            assert any(m.id is not None and m.place for m in fast.markers)  # lone events name themselves


@pytest.mark.parametrize(
    "where", [EventFilter(actor="Iran"), EventFilter(countries=("IRQ",)), EventFilter(min_sources=1)]
)
def test_summary_of_a_filter_no_tally_answers_is_a_group_by_of_its_events(
    conn: sqlite3.Connection, where: EventFilter
) -> None:
    clause, params = where.where()
    found = summary.summarise(conn, where)
    by_type = conn.execute(
        "SELECT e.type, count(*), total(k.best) FROM events e LEFT JOIN estimates k ON k.event_id = e.id "
        f"AND k.kind = 'killed' WHERE {clause} GROUP BY 1 ORDER BY 2 DESC, 1",
        params,
    ).fetchall()
    assert [(t.label, t.events, t.killed) for t in found.by_type] == by_type
    assert found.events == sum(n for _, n, _ in by_type) > 0
    dyads = conn.execute(
        f"SELECT {summary.DYAD}, count(*) FROM events e WHERE {clause} AND {summary.DYAD} != '? → ?' "
        "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 15",
        params,
    ).fetchall()
    assert [(t.label, t.events) for t in found.dyads] == dyads
