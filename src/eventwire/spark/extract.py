"""`eventwire spark extract`: the local readers and Extractor in mapPartitions, store rows out as Parquet.

Each input path is read on an executor by `eventwire.ingest.iter_inputs`, so files give the
same Articles (and article ids) as `eventwire ingest`. Each executor Python process loads one
Extractor on its first task and keeps it for the next (`worker_extractor`). The rows written are
the articles, mentions and claims rows `Store.add` would store, built by the same functions.
"""

from __future__ import annotations

import glob
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import BadInput
from ..ingest.readers import DEFAULT_MAX_BYTES
from ..nlp.pipeline import DEFAULT_MODEL
from ..records import Article, Skip
from .tables import EXTRACT_TABLES, table_schema, typed_values

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

    from ..extractor import Extractor

# (table or "skip", input path number, item number within the path, values)
Record = tuple[str, int, int, tuple[Any, ...]]
_ORDER = ("_path", "_item")


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    """What every executor needs to extract alike: model, gazetteer, date override, size limit."""

    model: str = DEFAULT_MODEL
    gazetteer: str | None = None
    """A gazetteer file shipped with SparkContext.addFile (its base name), or None for the default path."""
    published: date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(slots=True)
class ExtractReport:
    """What an extraction run wrote, and how fast."""

    articles: int = 0
    duplicates: int = 0
    mentions: int = 0
    claims: int = 0
    skipped: list[Skip] = field(default_factory=list)
    seconds: float = 0.0
    master: str = ""

    def line(self) -> str:
        """The summary line: counts and throughput (articles read per second of wall time)."""
        read = self.articles + self.duplicates
        rate = read / self.seconds if self.seconds > 0 else 0.0
        return (
            f"{self.articles} articles stored, {self.duplicates} skipped as duplicate, {len(self.skipped)} skipped "
            f"as bad, {self.mentions} mentions, {self.claims} claims in {self.seconds:.1f}s "
            f"({rate:.2f} articles/s on {self.master})"
        )


def expand_inputs(patterns: Sequence[str]) -> list[str]:
    """The paths matching each glob pattern (sorted per pattern, each path once); BadInput when none match."""
    found: list[str] = []
    seen: set[str] = set()
    for pattern in patterns:
        magic = any(c in pattern for c in "*?[")
        matches = sorted(glob.glob(pattern, recursive=True)) if magic else [pattern]
        for path in matches:  # a plain path that does not exist is kept: reading it reports why
            if path not in seen:
                seen.add(path)
                found.append(path)
    if not found:
        raise BadInput(f"no input matches {' '.join(patterns)}")
    return found


@cache
def worker_extractor(model: str, gazetteer: str | None) -> Extractor:
    """The Extractor of this executor process: loaded on its first task, reused by every later one."""
    from ..extractor import Extractor
    from ..nlp.pipeline import PipelineConfig

    path = None
    if gazetteer is not None:
        from pyspark import SparkFiles

        path = Path(SparkFiles.get(gazetteer))
    return Extractor.open(PipelineConfig(model=model), path)


def extract_partition(paths: Iterable[tuple[int, str]], settings: ExtractSettings) -> Iterator[Record]:
    """Read and extract the numbered input paths of one partition into store rows (and skips)."""
    from ..ingest import iter_inputs
    from ..store.ids import article_id
    from ..store.rows import article_row, event_rows

    skipped: list[Record] = []

    def articles() -> Iterator[tuple[int, int, Article]]:
        for number, path in paths:
            for item_number, item in enumerate(iter_inputs([path], max_bytes=settings.max_bytes)):
                if isinstance(item, Skip):
                    skipped.append(("skip", number, item_number, (item.source, item.reason)))
                else:
                    yield number, item_number, item

    pending: deque[tuple[int, int, Article]] = deque()

    def tracked() -> Iterator[Article]:
        for number, item_number, article in articles():
            pending.append((number, item_number, article))
            yield article

    extractor = worker_extractor(settings.model, settings.gazetteer)
    for article, events in extractor.extract(tracked(), settings.published):
        yield from skipped
        skipped.clear()
        # extract yields the articles in input order, perhaps as copies (from worker processes): the
        # first pending article equal to this one is where it came from.
        number, item_number, read = pending.popleft()
        while read != article and pending:
            number, item_number, read = pending.popleft()
        aid = article_id(article)
        ingested_at = datetime.now(UTC).isoformat(timespec="seconds")
        yield (
            "articles",
            number,
            item_number,
            typed_values("articles", article_row(aid, article, settings.published, ingested_at)),
        )
        mentions, claims = event_rows(aid, events)
        for row in mentions:
            yield "mentions", number, item_number, typed_values("mentions", row)
        for row in claims:
            yield "claims", number, item_number, typed_values("claims", row)
    yield from skipped


def extract_to_parquet(
    spark: SparkSession,
    paths: Sequence[str],
    output: str | Path,
    settings: ExtractSettings,
    partitions: int | None = None,
) -> ExtractReport:
    """Extract the articles of `paths` on the cluster into OUTPUT/{articles,mentions,claims} (Parquet, overwritten).

    An article read twice (the same URL, or the same text without one) is kept once, from its
    first input in path order, as `eventwire ingest` keeps the first.
    """
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql.types import LongType, StructField, StructType

    started = time.perf_counter()
    sc = spark.sparkContext
    report = ExtractReport(master=sc.master or "")
    numbered = list(enumerate(paths))
    slices = partitions or max(1, min(len(numbered), sc.defaultParallelism * 4))
    records = sc.parallelize(numbered, slices).mapPartitions(partial(extract_partition, settings=settings))
    records.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        report.skipped = [
            Skip(source, reason) for _, _, _, (source, reason) in records.filter(lambda r: r[0] == "skip").collect()
        ]

        def table(name: str) -> DataFrame:
            order = [StructField(c, LongType(), False) for c in _ORDER]
            schema = StructType(order + list(table_schema(name).fields))
            rows = records.filter(lambda r: r[0] == name).map(lambda r: (r[1], r[2], *r[3]))
            return spark.createDataFrame(rows, schema)

        articles = table("articles")
        first = Window.partitionBy("id").orderBy(*_ORDER)
        kept = articles.withColumn("_rank", F.row_number().over(first)).where("_rank = 1").drop("_rank")
        kept.persist(StorageLevel.MEMORY_AND_DISK)
        keys = kept.select(F.col("id").alias("article_id"), *_ORDER)
        frames = {
            "articles": kept,
            "mentions": table("mentions").join(keys, ["article_id", *_ORDER], "left_semi"),
            "claims": table("claims").join(keys, ["article_id", *_ORDER], "left_semi"),
        }
        for name in EXTRACT_TABLES:
            frame = frames[name].drop(*_ORDER)
            frame.write.mode("overwrite").parquet(os.path.join(str(output), name))
        out = spark.read.parquet
        report.articles = out(os.path.join(str(output), "articles")).count()
        report.duplicates = articles.count() - report.articles
        report.mentions = out(os.path.join(str(output), "mentions")).count()
        report.claims = out(os.path.join(str(output), "claims")).count()
        kept.unpersist()
    finally:
        records.unpersist()
    report.seconds = time.perf_counter() - started
    return report
