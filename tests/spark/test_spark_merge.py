"""The DataFrame merge on hand-made mentions: links through block keys, components, the store's clustering."""

from __future__ import annotations

import json
from typing import Any

import pytest

from eventwire.spark.tables import column_types

BAGHDAD = (33.3128, 44.3615)


def _mention(mid: str, article: str, day: str, **fields: Any) -> dict[str, Any]:
    """A mentions row: a car bombing in Baghdad by Islamic State against civilians, on `day`."""
    sentence = fields.pop("sentence", "A car bomb exploded in a crowded Baghdad market, killing twelve shoppers.")
    row: dict[str, Any] = dict.fromkeys(name for name, _ in column_types("mentions"))
    row |= {
        "id": mid,
        "article_id": article,
        "ordinal": 0,
        "doc": f"{article}.txt",
        "type": "ASSAULT",
        "mode": "bombing",
        "cameo": "18",
        "actor_text": "Islamic State", "actor_name": "Islamic State", "actor_country": "IRQ", "actor_sector": "REB",
        "target_text": "shoppers", "target_country": "IRQ", "target_sector": "CVL",
        "location_text": "Baghdad", "location_name": "Baghdad", "country": "IRQ", "admin1": "Baghdad",
        "lat": BAGHDAD[0], "lon": BAGHDAD[1], "precision": "city",
        "date": day, "date_text": day, "date_precision": "day", "date_default": 0, "date_approximate": 0,
        "status": "asserted",
        "quantities": "[]",
        "conflicts": "[]",
        "evidence": json.dumps([{"sentence": sentence, "start": 0, "end": len(sentence)}]),
        "start": 0,
        "end": len(sentence),
        "confidence": 0.8,
    }  # fmt: skip
    return row | fields


def _article(aid: str, outlet: str) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(name for name, _ in column_types("articles"))
    return row | {"id": aid, "doc": f"{aid}.txt", "outlet": outlet, "published": "2021-03-20", "text": "..."}


def _frame(spark: Any, table: str, rows: list[dict[str, Any]], partitions: int = 1) -> Any:
    from eventwire.spark.tables import table_schema, typed_values

    return spark.createDataFrame([typed_values(table, r) for r in rows], table_schema(table)).repartition(partitions)


def _merge(spark: Any, mentions: list[dict[str, Any]], articles: list[dict[str, Any]], partitions: int = 1) -> Any:
    from eventwire.spark.merge import merged_events

    claims = _frame(spark, "claims", [])
    events, report = merged_events(
        _frame(spark, "mentions", mentions, partitions), claims, _frame(spark, "articles", articles, partitions)
    )
    return sorted((r.asDict() for r in events.collect()), key=lambda r: r["id"]), report


def _groups(events: list[dict[str, Any]]) -> list[list[str]]:
    return sorted(sorted(s["doc"] for s in json.loads(e["sources"])) for e in events)


MOSUL = {"location_text": "Mosul", "location_name": "Mosul", "admin1": "Nineveh", "lat": 36.335, "lon": 43.1189}


@pytest.fixture(scope="module")
def hand_made() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A chain, a protest, and two mentions of one article.

    Three reports in the same words, a day then two days apart: a~b and b~c link, but a and c are
    four days apart. A protest in Baghdad the same day as a. Two mentions of one Mosul article.
    """
    mentions = [
        _mention("m-a", "art-a", "2021-03-14"),
        _mention("m-b", "art-b", "2021-03-15"),
        _mention("m-c", "art-c", "2021-03-17"),
        _mention("m-d", "art-d", "2021-03-14", type="PROTEST", mode="demonstration", cameo="14"),
        _mention("m-e1", "art-e", "2021-06-01", **MOSUL),
        _mention("m-e2", "art-e", "2021-06-01", ordinal=1, **MOSUL),
    ]
    outlets = {"art-a": "Reuters", "art-b": "AP", "art-c": "AFP", "art-d": "BBC", "art-e": "Rudaw"}
    return mentions, [_article(aid, outlet) for aid, outlet in outlets.items()]


@pytest.fixture(scope="module")
def merged(spark: Any, hand_made: tuple[list[Any], list[Any]]) -> tuple[list[dict[str, Any]], Any]:
    return _merge(spark, *hand_made)


def test_average_linkage_does_not_merge_a_chain(merged: tuple[list[dict[str, Any]], Any]) -> None:
    events, report = merged
    # One component {a, b, c}, chained through b ...
    assert (report.mentions, report.links, report.components) == (6, 2, 4)
    # ... but c matches only b, and the stronger link a~b is taken first.
    groups = _groups(events)
    assert ["art-a.txt", "art-b.txt"] in groups
    assert ["art-c.txt"] in groups


def test_mentions_of_one_article_never_merge(merged: tuple[list[dict[str, Any]], Any]) -> None:
    events, _ = merged
    assert _groups(events).count(["art-e.txt"]) == 2
    assert len(events) == 5


def test_merge_result_does_not_depend_on_row_order_or_partitioning(
    spark: Any, hand_made: tuple[list[Any], list[Any]], merged: tuple[list[dict[str, Any]], Any]
) -> None:
    mentions, articles = hand_made
    again, _ = _merge(spark, mentions[::-1], articles[::-1], partitions=3)
    assert again == merged[0]


def test_events_carry_the_store_contract_columns(merged: tuple[list[dict[str, Any]], Any]) -> None:
    from eventwire.store.exports import EVENT_RECORD_COLUMNS

    events, _ = merged
    assert tuple(events[0]) == EVENT_RECORD_COLUMNS
    pair = next(e for e in events if e["n_articles"] == 2)
    assert json.loads(pair["actor"])["name"] == "Islamic State"
    assert (pair["n_sources"], pair["first_seen"], json.loads(pair["date"])["value"]) == (2, "2021-03-20", "2021-03-14")
