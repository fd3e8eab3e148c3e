"""The eventwire pages and API through Datasette's in-process client (no server, no browser)."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from eventwire.web.app import TOKEN_ENV, build_datasette
from eventwire.web.highlight import Segment, find_spans, segments

TOKEN = "s3cret-token"
EXTERNAL_URL = re.compile(r"https?://(?!127\.0\.0\.1|localhost)[^\s\"'<>)]+")


def _get(ds: Any, path: str) -> Any:
    return asyncio.run(ds.client.get(path))


def _post(ds: Any, path: str, **kwargs: Any) -> Any:
    return asyncio.run(ds.client.post(path, **kwargs))


def _assault_with_conflict(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT e.id FROM events e JOIN estimates s ON s.event_id = e.id WHERE e.type = 'ASSAULT' AND s.conflict"
        ).fetchone()
    assert row, "the seed article should give an ASSAULT with conflicting figures"
    return str(row[0])


def test_event_page_highlights_evidence_and_marks_conflicts(served_db: Path) -> None:
    ds = build_datasette(served_db)
    event_id = _assault_with_conflict(served_db)
    response = _get(ds, f"/-/eventwire/event/{event_id}")
    assert response.status_code == 200
    html = response.text
    assert '<mark class="ew-actor"' in html and '<mark class="ew-quantity"' in html
    assert 'class="conflict"' in html and ">conflict<" in html
    assert "<svg" in html and 'class="ew-world"' in html


def test_unknown_event_is_404(served_db: Path) -> None:
    assert _get(build_datasette(served_db), "/-/eventwire/event/nope").status_code == 404


def test_event_page_escapes_script_in_article_title_and_text(db_copy: Path) -> None:
    event_id = _assault_with_conflict(db_copy)
    evil = "<script>alert('x')</script>"
    with sqlite3.connect(db_copy) as conn:
        conn.execute(
            "UPDATE articles SET title = ?, text = ? || text WHERE id IN "
            "(SELECT m.article_id FROM mentions m JOIN event_mentions em ON em.mention_id = m.id "
            "WHERE em.event_id = ?)",
            [evil, evil, event_id],
        )
        for mention_id, evidence in conn.execute(
            "SELECT m.id, m.evidence FROM mentions m JOIN event_mentions em ON em.mention_id = m.id "
            "WHERE em.event_id = ?",
            [event_id],
        ).fetchall():
            sentences = json.loads(evidence)
            sentences[0]["sentence"] = evil + " " + sentences[0]["sentence"]
            conn.execute("UPDATE mentions SET evidence = ? WHERE id = ?", [json.dumps(sentences), mention_id])
    html = _get(build_datasette(db_copy), f"/-/eventwire/event/{event_id}").text
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html


@pytest.mark.parametrize("path", ["/-/eventwire/map", "/-/eventwire/timeline", "/-/eventwire/map?type=ASSAULT"])
def test_map_and_timeline_reference_no_external_url(served_db: Path, path: str) -> None:
    ds = build_datasette(served_db)
    response = _get(ds, path)
    assert response.status_code == 200
    assert EXTERNAL_URL.findall(response.text) == []
    for asset in ("eventwire.css", "eventwire-map.js", "type-colours.json"):
        served = _get(ds, f"/-/static-plugins/eventwire/{asset}")
        assert served.status_code == 200 and EXTERNAL_URL.findall(served.text) == [], asset


def test_map_data_follows_filters(served_db: Path) -> None:
    ds = build_datasette(served_db)
    everything = _get(ds, "/-/eventwire/map.json").json()["markers"]
    assaults = _get(ds, "/-/eventwire/map.json?type=ASSAULT&country=IRQ").json()["markers"]
    assert assaults and {t for m in assaults for t, _ in m["types"]} == {"ASSAULT"}
    assert sum(m["count"] for m in assaults) < sum(m["count"] for m in everything)


def test_timeline_counts_days_by_type(served_db: Path) -> None:
    html = _get(build_datasette(served_db), "/-/eventwire/timeline?type=ASSAULT").text
    assert re.search(r'class="bar" data-day="2020-01-08" data-total="[1-9]', html)


def test_bad_filter_is_400(served_db: Path) -> None:
    assert _get(build_datasette(served_db), "/-/eventwire/map?since=last-week").status_code == 400


def test_events_table_has_facets_and_evidence_search(served_db: Path) -> None:
    ds = build_datasette(served_db)
    db = served_db.stem
    listed = _get(ds, f"/{db}/event_list.json").json()
    assert {"type", "actor_country", "location_country", "status", "month"} <= set(listed["facet_results"])
    found = _get(ds, f"/{db}/event_list.json?_search=missiles&_shape=array").json()
    assert found and all(row["type"] for row in found)
    assert _get(ds, f"/{db}/events.json?_search=missiles").status_code == 200


@pytest.mark.parametrize("endpoint", ["/-/eventwire/extract", "/-/eventwire/ingest"])
def test_api_is_disabled_without_token(served_db: Path, endpoint: str) -> None:
    response = _post(build_datasette(served_db), endpoint, json={"text": "x"})
    assert response.status_code == 403
    assert "--token" in response.json()["error"]


@pytest.mark.parametrize("endpoint", ["/-/eventwire/extract", "/-/eventwire/ingest"])
@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}"])
def test_api_refuses_missing_or_wrong_token(
    served_db: Path, monkeypatch: pytest.MonkeyPatch, endpoint: str, header: str | None
) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    headers = {"Authorization": header} if header else {}
    response = _post(build_datasette(served_db, token=True), endpoint, json={"text": "x"}, headers=headers)
    assert response.status_code == 401


def test_token_is_not_shown_in_metadata(served_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    assert TOKEN not in _get(build_datasette(served_db, token=True), "/-/metadata.json").text


def test_api_rejects_body_over_one_megabyte(served_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    body = json.dumps({"text": "a" * 1_100_000})
    response = _post(
        build_datasette(served_db, token=True),
        "/-/eventwire/extract",
        content=body,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert response.status_code == 413


def test_extract_and_ingest_work_with_the_token(db_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    ds = build_datasette(db_copy, token=True)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = "Police fired tear gas at protesters in Baghdad on Monday, killing two people."
    extracted = _post(ds, "/-/eventwire/extract", json={"text": text, "published": "2020-01-08"}, headers=auth)
    assert extracted.status_code == 200, extracted.text
    assert extracted.json()["ok"] is True and extracted.json()["events"]
    article = {"id": "web-1", "url": "https://example.org/a", "title": "T", "published": "2020-01-08", "text": text}
    stored = _post(ds, "/-/eventwire/ingest", json=article, headers=auth)
    assert stored.status_code == 200, stored.text
    assert stored.json()["duplicate"] is False and stored.json()["mentions"] >= 1
    again = _post(ds, "/-/eventwire/ingest", json=article, headers=auth)
    assert again.json()["duplicate"] is True
    with sqlite3.connect(db_copy) as conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE url = 'https://example.org/a'").fetchone()[0] == 1


def test_api_rejects_malformed_body(served_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    response = _post(
        build_datasette(served_db, token=True),
        "/-/eventwire/extract",
        content=b"[1, 2]",
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 400


def test_overlapping_spans_keep_the_earlier_longer_one() -> None:
    sentence = "Iran fired 22 missiles at US-led forces in Iraq"
    spans = find_spans(
        sentence,
        100,
        {"actor": "Iran", "target": "US-led forces in Iraq", "location": "Iraq"},
        [{"text": "22", "start": 111}],
    )
    assert segments(sentence, spans) == [
        Segment("Iran", "actor"),
        Segment(" fired "),
        Segment("22", "quantity"),
        Segment(" missiles at "),
        Segment("US-led forces in Iraq", "target"),
    ]


def test_map_draws_tiles_only_when_configured(served_db: Path) -> None:
    plain = _get(build_datasette(served_db), "/-/eventwire/map").text
    assert 'data-tile-url=""' in plain
    tile_url = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    tiled = build_datasette(served_db, tile_url=tile_url)
    assert f'data-tile-url="{tile_url}"' in _get(tiled, "/-/eventwire/map").text
    event_page = _get(tiled, f"/-/eventwire/event/{_assault_with_conflict(served_db)}").text
    assert event_page.count('class="ew-tile"') == 16 and "http://127.0.0.1:9/2/3/1.png" in event_page


def test_serve_command_is_registered() -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--token" in result.output and "--port" in result.output and "--tile-url" in result.output
