"""The analyst's pages in-process: every event reachable once, one filter state, exports equal to the CLI's."""

from __future__ import annotations

import asyncio
import html
import json
import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.web.app import build_datasette
from eventwire.web.colours import type_colours
from eventwire.web.listing import summary
from eventwire.web.timeline import timeline

ROW_ID = re.compile(r'<tr class="ew-row" data-id="([^"]+)"')
NEXT = re.compile(r'<a class="ew-next" href="([^"]+)"')


def _get(ds: Any, path: str) -> Any:
    return asyncio.run(ds.client.get(path))


def _all_ids(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM events")]


def test_paging_the_events_list_returns_every_event_once_newest_first(served_db: Path) -> None:
    ds = build_datasette(served_db)
    seen: list[str] = []
    url: str | None = "/-/eventwire/events?size=4"
    pages = 0
    while url:
        text = _get(ds, url).text
        seen += ROW_ID.findall(text)
        found = NEXT.search(text)
        url = html.unescape(found.group(1)) if found else None
        pages += 1
    everything = _all_ids(served_db)
    assert pages > 2, "the fixture should need several pages of four"
    assert len(seen) == len(set(seen)) == len(everything) and set(seen) == set(everything)
    with sqlite3.connect(served_db) as conn:
        dates = dict(conn.execute("SELECT id, coalesce(date, '') FROM events").fetchall())
    keys = [dates[i] for i in seen]
    assert keys == sorted(keys, reverse=True), "newest first, undated last"


def test_datasette_table_pages_and_streams_every_event_once(served_db: Path) -> None:
    ds = build_datasette(served_db)
    db = served_db.stem
    seen: list[str] = []
    url: str | None = f"/{db}/events.json?_size=3&_shape=objects"
    while url:
        data = _get(ds, url).json()
        seen += [r["id"] for r in data["rows"]]
        nxt = urlsplit(data["next_url"]) if data.get("next_url") else None
        url = f"{nxt.path}?{nxt.query}" if nxt else None
    everything = set(_all_ids(served_db))
    assert len(seen) == len(set(seen)) == len(everything)
    streamed = _get(ds, f"/{db}/events.csv?_stream=on&_size=3").text.splitlines()[1:]
    assert len(streamed) >= len(everything)
    assert {line.split(",")[0] for line in streamed if line[:1].isalnum()} >= everything
    # Sorting on a column with nulls is what loses rows: the table offers no such sort.
    table = _get(ds, f"/{db}/events").text
    assert "_sort=type" in table and "_sort=date" not in table and "_sort_desc=date" not in table


@pytest.mark.parametrize("fmt", ["csv", "geojson", "acled", "jsonl"])
def test_web_export_equals_the_events_command(served_db: Path, fmt: str) -> None:
    from eventwire.cli import main

    filters = {"type": "ASSAULT", "country": "Iraq", "since": "2020-01"}
    web = _get(build_datasette(served_db), f"/-/eventwire/export.{fmt}?{urlencode(filters)}")
    assert web.status_code == 200
    args = ["events", "--db", str(served_db), "--format", fmt, *[f"--{k}={v}" for k, v in filters.items()]]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    # The command writes to a text stream (csv's \r\n line ends pass through it as they are).
    cli = result.stdout
    assert web.text.replace("\r\n", "\n") == cli.replace("\r\n", "\n")
    assert "ASSAULT" in web.text or "Shelling" in web.text or "Air/drone" in web.text


def test_map_honours_a_bounding_box_and_links_the_table_with_every_filter(served_db: Path) -> None:
    ds = build_datasette(served_db)
    query = "type=ASSAULT&country=IRQ&actor=Iran&since=2020-01&bbox=30,20,60,40"
    page = _get(ds, f"/-/eventwire/map?{query}").text
    table = re.search(r'id="ew-map-table" class="ew-map-table" href="([^"]+)"', page)
    assert table and html.unescape(table.group(1)).endswith("/-/eventwire/events?" + query.replace(",", "%2C"))
    assert 'data-bbox="30.0,20.0,60.0,40.0"' in page
    inside = _get(ds, "/-/eventwire/map.json?bbox=30,20,60,40").json()
    everywhere = _get(ds, "/-/eventwire/map.json").json()
    assert 0 < inside["placed"] < everywhere["placed"]
    assert all(30 <= m["lon"] <= 60 and 20 <= m["lat"] <= 40 for m in inside["markers"])
    # The table carries the filters to the map and the timeline.
    listed = html.unescape(_get(ds, f"/-/eventwire/events?{query}").text)
    assert f'href="/-/eventwire/map?{query.replace(",", "%2C")}"' in listed
    assert f'href="/-/eventwire/timeline?{query.replace(",", "%2C")}"' in listed


def test_map_markers_split_into_single_events_when_zoomed_in(served_db: Path) -> None:
    ds = build_datasette(served_db)
    far = _get(ds, "/-/eventwire/map.json?zoom=1").json()["markers"]
    near = _get(ds, "/-/eventwire/map.json?zoom=14&view=-180,-90,180,90").json()["markers"]
    capped = _get(ds, "/-/eventwire/map.json?zoom=14").json()["markers"]
    assert len(near) > len(far)
    assert len(capped) <= len(near)
    singles = [m for m in near if m["count"] == 1]
    assert singles and all(m["id"] and m["precision"] for m in singles)


def test_timeline_places_month_and_year_dated_events_at_their_scale(db_copy: Path) -> None:
    from eventwire.store.queries import EventFilter

    with sqlite3.connect(db_copy) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id LIMIT 3")]
        conn.execute("UPDATE events SET date = '2020-02' WHERE id = ?", [ids[0]])
        conn.execute("UPDATE events SET date = '2019' WHERE id = ?", [ids[1]])
        conn.execute("UPDATE events SET date = '2020-02-14' WHERE id = ?", [ids[2]])
        per_month = timeline(conn, EventFilter(), "month")
        per_year = timeline(conn, EventFilter(), "year")
        per_day = timeline(conn, EventFilter(), "day")
    february = next(b for b in per_month.bars if b.label == "2020-02")
    assert february.total == 2
    assert next(b for b in per_year.bars if b.label == "2019").total >= 1
    assert sum(b.total for b in per_year.bars) > sum(b.total for b in per_month.bars)
    assert per_day.unplaced > per_month.unplaced > per_year.unplaced


def test_timeline_sums_fatalities(served_db: Path) -> None:
    page = _get(build_datasette(served_db), "/-/eventwire/timeline?per=day").text
    killed = [float(k) for k in re.findall(r'data-killed="([\d.]+)"', page)]
    with sqlite3.connect(served_db) as conn:
        (expected,) = conn.execute(
            "SELECT total(k.best) FROM events e JOIN estimates k ON k.event_id = e.id AND k.kind = 'killed' "
            "WHERE length(e.date) = 10"
        ).fetchone()
    assert expected > 0 and sum(killed) == expected


def test_home_lists_the_events_first_and_hides_bookkeeping(served_db: Path) -> None:
    ds = build_datasette(served_db)
    page = _get(ds, "/").text
    assert page.index("ew-home-events") < page.index("ew-home-map") < page.index("ew-home-timeline")
    assert page.index("ew-home-events") < page.index(">events</a>")
    for internal in ("block_keys", "migrations", "events_fts_data", "tally_days", "tally_cells"):
        assert f">{internal}<" not in page
    database = _get(ds, f"/{served_db.stem}").text
    assert ">block_keys<" not in database and ">migrations<" not in database and ">tally_days<" not in database


def test_event_page_offers_json_and_csv_and_fatalities(served_db: Path) -> None:
    ds = build_datasette(served_db)
    with sqlite3.connect(served_db) as conn:
        event_id, best = conn.execute(
            "SELECT event_id, best FROM estimates WHERE kind = 'killed' AND best > 0"
        ).fetchone()
    page = _get(ds, f"/-/eventwire/event/{event_id}").text
    assert 'class="ew-killed-line"' in page and f"<strong>{best:g}</strong> killed" in page
    for link in ("ew-json", "ew-csv"):
        href = html.unescape(re.search(rf'class="{link}" href="([^"]+)"', page).group(1))  # type: ignore[union-attr]
        response = _get(ds, href)
        assert response.status_code == 200 and event_id in response.text, link
    assert json.loads(_get(ds, f"/{served_db.stem}/events/{event_id}.json").text)["rows"]


def test_every_event_type_has_a_colour_of_its_own() -> None:
    from eventwire.extract.ontology import load_ontology

    colours = type_colours()
    types = set(load_ontology().types)
    assert len(types) == 17 and types <= set(colours.types)
    values = [colours.types[t] for t in sorted(types)]
    rgb = [tuple(int(v[i : i + 2], 16) for i in (1, 3, 5)) for v in values]
    closest = min(
        sum((a - b) ** 2 for a, b in zip(p, q, strict=True)) ** 0.5 for i, p in enumerate(rgb) for q in rgb[i + 1 :]
    )
    assert closest > 40, "two event types are drawn in nearly the same colour"


def test_summary_cuts_the_evidence_sentence_at_a_word() -> None:
    sentence = "Rebels shelled the market town of Kidal on Tuesday morning, " * 4
    cut = summary(json.dumps([{"sentence": sentence}]), limit=60)
    assert cut.endswith("…") and len(cut) <= 61 and sentence.startswith(cut[:-1])
    assert summary(json.dumps([{"sentence": "Police arrested two men."}])) == "Police arrested two men."
    assert summary(None) == ""


def test_search_ranks_matches_and_shows_the_matching_snippet(served_db: Path) -> None:
    ds = build_datasette(served_db)
    page = _get(ds, "/-/eventwire/events?q=missiles").text
    snippets = re.findall(r'<span class="ew-snippet">(.*?)</span>', page, re.S)
    assert snippets and all("<mark>missiles</mark>" in s.lower() for s in snippets)
    # FTS syntax in the box is searched for as words, never an error.
    assert _get(ds, "/-/eventwire/events?q=%22missiles(*+OR").status_code == 200
    # Filters narrow a search; paging a search returns each match once.
    assert "ew-snippet" not in _get(ds, "/-/eventwire/events?q=missiles&type=PROTEST").text
    seen: list[str] = []
    url: str | None = "/-/eventwire/events?q=Iran&size=2"
    while url:
        text = _get(ds, url).text
        seen += ROW_ID.findall(text)
        found = NEXT.search(text)
        url = html.unescape(found.group(1)) if found else None
    assert len(seen) > 2 and len(seen) == len(set(seen))


def test_country_summary_counts_events_and_fatalities_by_type_and_dyad(served_db: Path) -> None:
    from eventwire.store.queries import EventFilter
    from eventwire.web.summary import summarise

    with sqlite3.connect(served_db) as conn:
        everything = summarise(conn, EventFilter())
        iraq = summarise(conn, EventFilter(countries=("IRQ",)))
        (iraq_events,) = conn.execute(
            "SELECT count(*) FROM events WHERE 'IRQ' IN (country, actor_country, target_country)"
        ).fetchone()
    assert iraq.events == iraq_events and 0 < iraq.events < everything.events
    assert sum(t.events for t in iraq.by_type) == iraq.events
    assert sum(t.killed for t in everything.by_type) == everything.killed > 0
    assert iraq.dyads and all(" → " in d.label for d in iraq.dyads)
    page = _get(build_datasette(served_db), "/-/eventwire/summary?country=IRQ").text
    assert f"<strong>{iraq.events}</strong> events" in page and "Top dyads" in page


def test_source_page_marks_the_sentences_its_events_came_from(served_db: Path) -> None:
    from eventwire.web.source import source_page

    with sqlite3.connect(served_db) as conn:
        (article_id,) = conn.execute(
            "SELECT m.article_id FROM mentions m JOIN event_mentions em ON em.mention_id = m.id "
            "GROUP BY m.article_id ORDER BY count(DISTINCT em.event_id) DESC LIMIT 1"
        ).fetchone()
        found = source_page(conn, article_id)
        (text,) = conn.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    assert found is not None
    assert "".join(p.text for p in found.passages) == text
    marked = [p for p in found.passages if p.events]
    assert len(found.events) >= 2 and marked
    page = _get(build_datasette(served_db), f"/-/eventwire/source/{article_id}").text
    assert page.count('<mark class="ew-passage"') == len(marked)
    assert _get(build_datasette(served_db), "/-/eventwire/source/nope").status_code == 404


def test_datasette_events_table_links_the_analyst_pages_with_its_filters(served_db: Path) -> None:
    page = html.unescape(_get(build_datasette(served_db), f"/{served_db.stem}/events?type=ASSAULT").text)
    assert 'href="/-/eventwire/map?type=ASSAULT"' in page
    assert 'href="/-/eventwire/timeline?type=ASSAULT"' in page


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_search_text_is_a_valid_fts_query(text: str) -> None:
    from eventwire.web.listing import fts_query

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    conn.execute("INSERT INTO t (body) VALUES ('Rebels shelled Kidal on Tuesday')")
    query = fts_query(text)
    if query:
        conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", [query]).fetchone()  # never an FTS syntax error


@given(st.text(alphabet="0123456789-", max_size=10), st.text(alphabet="0123456789abcdef", min_size=1, max_size=16))
def test_paging_key_round_trips(date_key: str, event_id: str) -> None:
    from eventwire.web.listing import parse_after

    assert parse_after(f"{date_key}~{event_id}") == (date_key, event_id)


def test_leaflet_is_served_from_the_package_with_its_licence(served_db: Path) -> None:
    from importlib.resources import files

    vendor = files("eventwire.web") / "static" / "vendor" / "leaflet"
    assert "BSD 2-Clause" in (vendor / "LICENSE").read_text(encoding="utf-8")
    ds = build_datasette(served_db)
    page = _get(ds, "/-/eventwire/map").text
    for asset in ("vendor/leaflet/leaflet.js", "vendor/leaflet/leaflet.css", "eventwire-map.js"):
        assert f"/-/static-plugins/eventwire/{asset}" in page
        assert _get(ds, f"/-/static-plugins/eventwire/{asset}").status_code == 200
