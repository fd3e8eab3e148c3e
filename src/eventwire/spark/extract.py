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
    from pyspark.sql import SparkSession

    from ..extractor import Extractor

# (table or "skip", input path number, item number within the path, values)
Record = tuple[str, int, int, tuple[Any, ...]]


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


@dataclass(slots=True)
class _Summary:
    counts: dict[str, int]
    skips: list[tuple[str, str]]
    articles: list[tuple[str, int, int]]  # (article id, input path number, item number)


def _partition_summary(records: Iterable[Record]) -> Iterator[_Summary]:
    """What the driver needs to know of one partition's records."""
    summary = _Summary({}, [], [])
    for kind, number, item_number, values in records:
        summary.counts[kind] = summary.counts.get(kind, 0) + 1
        if kind == "skip":
            summary.skips.append((values[0], values[1]))
        elif kind == "articles":
            summary.articles.append((values[0], number, item_number))
    yield summary


def _is_kind(kind: str, record: Record) -> bool:
    return record[0] == kind


def _later_readings(read: list[tuple[str, int, int]]) -> set[tuple[int, int]]:
    """(path number, item number) of every reading of an article after its first, in input order."""
    first: dict[str, tuple[int, int]] = {}
    later: set[tuple[int, int]] = set()
    for aid, number, item_number in sorted(read, key=lambda r: (r[1], r[2])):
        if aid in first:
            later.add((number, item_number))
        else:
            first[aid] = (number, item_number)
    return later


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

    started = time.perf_counter()
    sc = spark.sparkContext
    report = ExtractReport(master=sc.master or "")
    numbered = list(enumerate(paths))
    slices = partitions or max(1, min(len(numbered), sc.defaultParallelism * 4))
    records = sc.parallelize(numbered, slices).mapPartitions(partial(extract_partition, settings=settings))
    records.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        # One job runs the extraction (filling the cache) and brings back the counts, the skips and
        # where each article was read (a few bytes per article), from which the driver finds repeats.
        counts: dict[str, int] = {}
        read: list[tuple[str, int, int]] = []
        for summary in records.mapPartitions(_partition_summary).collect():
            for kind, n in summary.counts.items():
                counts[kind] = counts.get(kind, 0) + n
            report.skipped.extend(Skip(source, reason) for source, reason in summary.skips)
            read.extend(summary.articles)
        dropped = _later_readings(read)
        report.duplicates = len(dropped)
        report.articles = counts.get("articles", 0) - report.duplicates
        kept = records.filter(lambda r: r[0] != "skip")
        if dropped:
            repeats = sc.broadcast(dropped)
            kept = kept.filter(lambda r: (r[1], r[2]) not in repeats.value)
        for name in EXTRACT_TABLES:
            rows = kept.filter(partial(_is_kind, name)).map(lambda r: r[3])
            frame = spark.createDataFrame(rows, table_schema(name))
            frame.write.mode("overwrite").parquet(os.path.join(str(output), name))
        if dropped:
            written = spark.read.parquet
            report.mentions = written(os.path.join(str(output), "mentions")).count()
            report.claims = written(os.path.join(str(output), "claims")).count()
        else:
            report.mentions, report.claims = counts.get("mentions", 0), counts.get("claims", 0)
    finally:
        records.unpersist()
    report.seconds = time.perf_counter() - started
    return report
