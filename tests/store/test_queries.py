"""Event filters select exactly the rows their definition names (checked against Python over all rows)."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.records import Article, Event, EventDate, Evidence, Party
from eventwire.store import BadFilter, BBox, EventFilter, Store, select_events

Row = dict[str, Any]
IRAQ = BBox(38.8, 29.0, 48.6, 37.4)


def _period(value: str) -> tuple[date, date]:
    """First and last day of a YYYY, YYYY-MM or YYYY-MM-DD period."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _dated(row: Row) -> bool:
    return row["date"] is not None


def _in_box(row: Row, box: BBox) -> bool:
    if row["lat"] is None:
        return False
    return box.min_lat <= row["lat"] <= box.max_lat and box.min_lon <= row["lon"] <= box.max_lon


CASES: dict[str, tuple[EventFilter, Callable[[Row], bool]]] = {
    "type": (EventFilter(types=("assault",)), lambda r: r["type"] == "ASSAULT"),
    "two types": (EventFilter(types=("ASSAULT", "PROTEST")), lambda r: r["type"] in ("ASSAULT", "PROTEST")),
    "country": (
        EventFilter(countries=("irq",)),
        lambda r: "IRQ" in (r["country"], r["actor_country"], r["target_country"]),
    ),
    "actor": (
        EventFilter(actor="iran"),
        lambda r: any("iran" in (r[f"{s}_{f}"] or "").lower() for s in ("actor", "target") for f in ("name", "text")),
    ),
    "since": (EventFilter(since="2021-03-14"), lambda r: _dated(r) and _period(r["date"])[1] >= date(2021, 3, 14)),
    "until": (EventFilter(until="2020-01"), lambda r: _dated(r) and _period(r["date"])[0] <= date(2020, 1, 31)),
    "since and until": (
        EventFilter(since="2020-01-08", until="2020-01-08"),
        lambda r: r["date"] is not None and _period(r["date"])[0] <= date(2020, 1, 8) <= _period(r["date"])[1],
    ),
    "bbox": (EventFilter(bbox=IRAQ), lambda r: _in_box(r, IRAQ)),
    "min sources": (EventFilter(min_sources=3), lambda r: r["n_sources"] >= 3),
    "combined": (
        EventFilter(types=("ASSAULT",), bbox=IRAQ, since="2021"),
        lambda r: r["type"] == "ASSAULT" and _in_box(r, IRAQ) and r["date"] is not None and r["date"] >= "2021",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_filter_selects_exactly_the_matching_events(built_db: Path, case: str) -> None:
    where, wanted = CASES[case]
    with Store.open(built_db) as store:
        everything = list(select_events(store.db))
        selected = [r["id"] for r in select_events(store.db, where)]
    expected = [r["id"] for r in everything if wanted(r)]
    assert selected == expected
    # Each case is chosen to select some events but not all of them.
    assert 0 < len(selected) < len(everything)


def test_min_sources_three_selects_the_bombing_reported_by_three_outlets(built_db: Path) -> None:
    with Store.open(built_db) as store:
        rows = list(select_events(store.db, EventFilter(min_sources=3)))
    assert len(rows) == 1
    assert (rows[0]["type"], rows[0]["location_name"], rows[0]["date"]) == ("ASSAULT", "Baghdad", "2021-03-14")


def test_a_bbox_across_the_antimeridian_wraps(built_db: Path) -> None:
    with Store.open(built_db) as store:
        everything = list(select_events(store.db))
        # From 170 E eastward to 40 E: everything located except 40 E .. 170 E.
        wrapped = [r["id"] for r in select_events(store.db, EventFilter(bbox=BBox(170, -90, 40, 90)))]
    assert wrapped == [r["id"] for r in everything if r["lon"] is not None and not 40 < r["lon"] < 170]


@pytest.mark.parametrize("text", ["1,2,3", "a,b,c,d", "0,50,10,40", "0,-91,10,40", "200,0,210,10"])
def test_a_malformed_bbox_is_refused(text: str) -> None:
    with pytest.raises(BadFilter):
        BBox.parse(text)


@pytest.mark.parametrize("value", ["yesterday", "2020/01/08", "20200108", "2020-1-8"])
def test_a_malformed_date_is_refused(built_db: Path, value: str) -> None:
    with Store.open(built_db) as store, pytest.raises(BadFilter):
        list(select_events(store.db, EventFilter(since=value)))


def _dated_event(when: str, precision: str) -> Event:
    return Event(
        "d", "PROTEST", None, "14", None, Party("Students", country="CHL", sector="CVL"), None, None,
        EventDate(when, when, precision), "asserted", None, [], [], [Evidence("Students marched.", 0, 17)], 0.7,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        ("2020-01-08", None, ["2020", "2020-01", "2020-01-08", "2020-02-03"]),
        ("2020-01-09", None, ["2020", "2020-01", "2020-02-03"]),
        ("2020-02", None, ["2020", "2020-02-03"]),
        (None, "2020-01-07", ["2020", "2020-01"]),
        (None, "2020-01", ["2020", "2020-01", "2020-01-08"]),
        ("2020-01-08", "2020-01-08", ["2020", "2020-01", "2020-01-08"]),
        ("2021", None, []),
    ],
)
def test_a_partial_date_matches_when_its_period_overlaps(
    tmp_path: Path, since: str | None, until: str | None, expected: list[str]
) -> None:
    precisions = {"2020": "year", "2020-01": "month", "2020-01-08": "day", "2020-02-03": "day"}
    with Store.open(tmp_path / "dates.db") as store:
        for when, precision in precisions.items():
            article = Article(id=when, doc=when, text=f"Students marched ({when}).")
            store.add(article, [_dated_event(when, precision)])
        rows = select_events(store.db, EventFilter(since=since, until=until))
        assert sorted(r["date"] for r in rows) == expected
