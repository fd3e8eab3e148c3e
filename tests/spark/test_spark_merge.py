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


@pytest.fixture
def chain() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Three reports of the same words, a day then two days apart: a~b and b~c link, a and c are four days apart."""
    mentions = [
        _mention("m-a", "art-a", "2021-03-14"),
        _mention("m-b", "art-b", "2021-03-15"),
        _mention("m-c", "art-c", "2021-03-17"),
    ]
    return mentions, [_article("art-a", "Reuters"), _article("art-b", "AP"), _article("art-c", "AFP")]


def test_average_linkage_does_not_merge_a_chain(spark: Any, chain: tuple[list[Any], list[Any]]) -> None:
    events, report = _merge(spark, *chain)
    assert (report.links, report.components) == (2, 1)  # one component, chained through b ...
    assert _groups(events) == [["art-a.txt", "art-b.txt"], ["art-c.txt"]]  # ... but c matches only b


def test_merge_result_does_not_depend_on_row_order_or_partitioning(
    spark: Any, chain: tuple[list[Any], list[Any]]
) -> None:
    mentions, articles = chain
    mentions = [*mentions, _mention("m-d", "art-d", "2021-03-14", type="PROTEST", mode="demonstration", cameo="14")]
    articles = [*articles, _article("art-d", "BBC")]
    first, _ = _merge(spark, mentions, articles)
    again, _ = _merge(spark, mentions[::-1], articles[::-1], partitions=3)
    assert again == first
    assert len(first) == 3


def test_mentions_of_one_article_never_merge(spark: Any) -> None:
    mentions = [_mention("m-a", "art-a", "2021-03-14"), _mention("m-b", "art-a", "2021-03-14", ordinal=1)]
    events, report = _merge(spark, mentions, [_article("art-a", "Reuters")])
    assert report.links == 0
    assert len(events) == 2


def test_events_carry_the_store_contract_columns(spark: Any, chain: tuple[list[Any], list[Any]]) -> None:
    from eventwire.store.exports import EVENT_RECORD_COLUMNS

    events, _ = _merge(spark, *chain)
    assert tuple(events[0]) == EVENT_RECORD_COLUMNS
    pair = next(e for e in events if e["n_articles"] == 2)
    assert (pair["n_sources"], pair["first_seen"], json.loads(pair["actor"])["name"]) == (
        2,
        "2021-03-20",
        "Islamic State",
    )
