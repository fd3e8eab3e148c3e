"""`eventwire spark merge`: the store's cross-article merge as DataFrame operations over block keys.

1. Block keys per mention (`merging.mention_keys`, the store's function), exploded into rows.
2. A self-join on the key gives the candidate pairs (never all pairs); `merging.linked` (the
   store's link rule: other articles, score at the merge threshold) keeps the links.
3. Connected components of the links by min-label propagation, one join per round.
4. Each component's mentions and claims go through `merging.merge_component` (average linkage
   with a floor, event rows, estimates) and `queries.event_record`, the code the store and
   `eventwire events` run, so the events equal those of `ingest` + `events --format parquet`.

The store re-clusters exactly such link-closed components when an article arrives, which is
why clustering each component apart gives its events.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EventwireError
from ..store.sql import Row
from .tables import events_schema

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame, SparkSession

# The columns of a mentions row that `merging.merge_input` reads.
MERGE_COLUMNS = (
    "id", "article_id", "type", "actor_country", "actor_name", "actor_sector", "target_country", "target_name",
    "target_sector", "country", "admin1", "lat", "lon", "precision", "date", "evidence",
)  # fmt: skip
# Article columns joined onto mentions, under the names the store's queries give them.
ARTICLE_COLUMNS = {
    "url": "article_url",
    "title": "article_title",
    "outlet": "article_outlet",
    "published": "article_published",
    "ingested_at": "article_ingested_at",
}
_SORT_DATE = "_date"


class ComponentsDidNotSettle(EventwireError):
    """Label propagation still changed labels after the round limit (a component of larger diameter)."""


@dataclass(slots=True)
class MergeReport:
    """What a merge run wrote, and how long it took."""

    mentions: int = 0
    links: int = 0
    components: int = 0
    rounds: int = 0
    events: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        """The summary line."""
        return (
            f"{self.events} events from {self.mentions} mentions ({self.links} links, {self.components} components "
            f"after {self.rounds} rounds) in {self.seconds:.1f}s"
        )


def _keys_of(mention: Any) -> list[str]:
    from ..store.merging import mention_keys

    return mention_keys(mention.asDict())


def _linked(a: Any, b: Any) -> bool:
    from ..store.merging import linked, merge_input

    return linked(merge_input(a.asDict()), merge_input(b.asDict()))


def _merge_struct() -> Column:
    from pyspark.sql import functions as F

    return F.struct(*MERGE_COLUMNS)


def links(mentions: DataFrame) -> DataFrame:
    """(a, b) with a < b for every pair of mentions that share a block key and link."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, BooleanType, StringType

    # Plain Python UDFs (lambdas: type hints would make PySpark guess at pandas UDFs); no pandas needed.
    keys_udf = F.udf(lambda m: _keys_of(m), ArrayType(StringType()), useArrow=False)
    linked_udf = F.udf(lambda a, b: _linked(a, b), BooleanType(), useArrow=False)
    keys = mentions.select("id", F.explode(keys_udf(_merge_struct())).alias("key"))
    pairs = (
        keys.alias("x")
        .join(keys.alias("y"), "key")
        .where(F.col("x.id") < F.col("y.id"))
        .select(F.col("x.id").alias("a"), F.col("y.id").alias("b"))
        .distinct()
    )
    inputs = mentions.select(F.col("id").alias("mid"), _merge_struct().alias("m"))
    ia, ib = inputs.alias("ia"), inputs.alias("ib")
    return (
        pairs.join(ia, F.col("a") == F.col("ia.mid"))
        .join(ib, F.col("b") == F.col("ib.mid"))
        .where(linked_udf(F.col("ia.m"), F.col("ib.m")))
        .select("a", "b")
    )


def components(edges: DataFrame, max_rounds: int = 100) -> tuple[DataFrame, int]:
    """(id, component) for every mention on an edge, the component named by its smallest id; and the rounds taken.

    Min-label propagation: each round, every node takes the smallest label among itself and its
    neighbours; it stops when no label changes (at most the component diameter plus one rounds).
    """
    from pyspark.sql import functions as F

    both = edges.union(edges.select(F.col("b").alias("a"), F.col("a").alias("b"))).cache()
    labels = both.select(F.col("a").alias("id"), F.col("a").alias("component")).distinct()
    if edges.isEmpty():
        return labels, 0
    for rounds in range(1, max_rounds + 1):
        offered = both.join(labels, both.a == labels.id).select(F.col("b").alias("id"), F.col("component"))
        updated = labels.union(offered).groupBy("id").agg(F.min("component").alias("component")).localCheckpoint()
        changed = updated.alias("u").join(labels.alias("l"), "id").where(F.col("u.component") != F.col("l.component"))
        labels = updated
        if changed.isEmpty():
            return labels, rounds
    raise ComponentsDidNotSettle(f"connected components did not settle in {max_rounds} rounds")


def component_events(mention_rows: Iterable[Row], claim_rows: Iterable[Row]) -> Iterator[tuple[Any, ...]]:
    """The events export rows (plus the sort date, last) of one link-closed component."""
    from ..store.exports import EVENT_RECORD_COLUMNS, parquet_row
    from ..store.merging import merge_component
    from ..store.queries import EventDetails, event_record

    mentions = sorted(mention_rows, key=lambda r: r["id"])
    claims = sorted(claim_rows, key=lambda r: (r["article_id"], r["mention_id"], r["ordinal"]))
    merged = merge_component(mentions, claims)
    event_of = {link["mention_id"]: link["event_id"] for link in merged.links}
    details = EventDetails({}, {}, {})
    # The orders `queries.event_details` reads them in: mentions by article and ordinal, claims by
    # article, mention and ordinal, estimates by kind.
    for m in sorted(mentions, key=lambda r: (r["article_id"], r["ordinal"])):
        details.mentions.setdefault(event_of[m["id"]], []).append(m | {"event_id": event_of[m["id"]]})
    for c in claims:
        details.claims.setdefault(event_of[c["mention_id"]], []).append(c | {"event_id": event_of[c["mention_id"]]})
    for e in merged.estimates:
        details.estimates.setdefault(e["event_id"], []).append(e)
    for event in merged.events:
        row = parquet_row(event_record(event, details))
        yield (*(row[c] for c in EVENT_RECORD_COLUMNS), event["date"])


def _component_events(grouped: tuple[Any, tuple[Iterable[Any], Iterable[Any]]]) -> Iterator[tuple[Any, ...]]:
    _, (mentions, claims) = grouped
    return component_events([m.asDict() for m in mentions], [c.asDict() for c in claims])


def merged_events(mentions: DataFrame, claims: DataFrame, articles: DataFrame) -> tuple[DataFrame, MergeReport]:
    """The merged events (the columns of `eventwire events --format parquet`) of extracted store rows."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    report = MergeReport()
    joined = articles.select(
        F.col("id").alias("article_id"), *(F.col(c).alias(alias) for c, alias in ARTICLE_COLUMNS.items())
    )
    rows = mentions.join(joined, "article_id").cache()
    edges = links(rows).localCheckpoint()
    labels, report.rounds = components(edges)
    labelled = rows.join(labels, "id", "left").withColumn("component", F.coalesce("component", "id")).cache()
    owner = labelled.select(F.col("id").alias("mention_id"), "component")
    by_component = labelled.rdd.map(lambda r: (r["component"], r))
    claims_by_component = claims.join(owner, "mention_id").rdd.map(lambda r: (r["component"], r))
    schema = StructType([*events_schema().fields, StructField(_SORT_DATE, StringType(), True)])
    events = (
        labelled.sparkSession.createDataFrame(
            by_component.cogroup(claims_by_component).flatMap(_component_events), schema
        )
        # The order of `eventwire events`: by date, undated last, then id.
        .orderBy(F.col(_SORT_DATE).isNull(), _SORT_DATE, "id")
        .drop(_SORT_DATE)
    )
    report.mentions = rows.count()
    report.links = edges.count()
    report.components = labelled.select("component").distinct().count()
    return events, report


def merge_to_parquet(spark: SparkSession, extracted: str | Path, output: str | Path) -> MergeReport:
    """Merge the store rows `extract_to_parquet` wrote under EXTRACTED into events Parquet at OUTPUT (overwritten)."""
    started = time.perf_counter()
    read = spark.read.parquet
    base = str(extracted)
    events, report = merged_events(
        read(os.path.join(base, "mentions")), read(os.path.join(base, "claims")), read(os.path.join(base, "articles"))
    )
    events.write.mode("overwrite").parquet(str(output))
    report.events = spark.read.parquet(str(output)).count()
    report.seconds = time.perf_counter() - started
    return report
