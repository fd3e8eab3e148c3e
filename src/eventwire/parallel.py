"""Extraction in worker processes: each loads the pipeline once; results come back in input order.

    from eventwire.parallel import ExtractorSpec, code_articles
    for found in code_articles(articles, ExtractorSpec(), jobs=2):
        ...  # found.article, found.events, found.places, in the order of `articles`

With `jobs=1` everything runs in this process. With more, articles go to the workers in small
chunks and at most a few chunks per worker are in flight, so memory stays flat however long
the input stream is; the caller (the only writer to a database) consumes results as they come.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path

from .errors import EventwireError
from .extractor import ArticleEvents, Extractor
from .memory import current_rss_mib, peak_rss_mib
from .nlp.pipeline import PipelineConfig
from .records import Article
from .timelimit import TimedOut, within_time_limit
from .timing import Stopwatch

Coded = ArticleEvents | TimedOut  # what extraction hands back for one article

CHUNK = 8  # articles per task: large enough to batch the parse, small enough to keep order cheap
IN_FLIGHT_PER_WORKER = 3


class WorkerFailed(EventwireError):
    """A worker process died (killed, out of memory) while extracting."""


@dataclass(frozen=True, slots=True)
class ExtractorSpec:
    """How a worker opens its Extractor (picklable: sent to each worker once)."""

    config: PipelineConfig = field(default_factory=PipelineConfig)
    gazetteer_path: Path | None = None
    min_confidence: float = 0.0
    places_only: bool = False  # resolve places, extract no events (`eventwire places`)
    include_demonyms: bool = False
    time_limit: float | None = None  # seconds per article (SIGALRM, in the process that extracts)

    def open(self) -> Extractor:
        """Load the pipeline and gazetteer."""
        extractor = Extractor.open(self.config, self.gazetteer_path, self.min_confidence)
        extractor.geo.include_demonyms = self.include_demonyms
        return extractor

    def run(
        self, extractor: Extractor, articles: Iterable[Article], published: date | None, watch: Stopwatch
    ) -> Iterator[Coded]:
        """What this spec asks of an open extractor: events and places, or places only, each article
        within the time limit (one that overruns comes back as a TimedOut, the others are kept)."""

        def process(batch: Iterable[Article]) -> Iterator[tuple[Article, ArticleEvents]]:
            if self.places_only:
                for article, _doc, places in extractor.geo.parsed(batch, None, watch):
                    yield article, ArticleEvents(article, [], places)
            else:
                for found in extractor.code(batch, published, watch):
                    yield found.article, found

        for item in within_time_limit(process, articles, self.time_limit):
            yield item if isinstance(item, TimedOut) else item[1]


@dataclass(slots=True)
class ChunkResult:
    """A worker's answer for one chunk: results, seconds per stage, and its memory."""

    found: list[Coded]
    seconds: dict[str, float]
    pid: int
    rss_mib: float
    peak_rss_mib: float


_worker: tuple[ExtractorSpec, Extractor] | EventwireError | None = None
# How often a worker checks that the process that started it is still alive.
PARENT_CHECK_SECONDS = 0.5


def exit_with_parent(interval: float = PARENT_CHECK_SECONDS) -> threading.Thread:
    """Start a daemon thread that ends this process when its parent dies (SIGKILL leaves workers behind).

    A worker's parent may be killed without a chance to stop its pool; the worker is then
    re-parented (to init or a subreaper) and its parent id changes, which the thread notices
    within `interval` seconds. The thread is woken by the interpreter's switch interval even
    while the extraction holds the GIL, so a busy worker exits too.
    """
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)

    thread = threading.Thread(target=watch, name="eventwire-parent-watch", daemon=True)
    thread.start()
    return thread


def _start_worker(spec: ExtractorSpec) -> None:
    """Worker initializer: watch the parent, then load the extractor once for the worker's lifetime.

    A load error (model not installed, unreadable gazetteer) is kept and raised by the first
    task, so the caller sees that message instead of a broken pool.
    """
    global _worker
    exit_with_parent()
    try:
        _worker = (spec, spec.open())
    except EventwireError as exc:
        _worker = exc


def loaded_extractor() -> tuple[ExtractorSpec, Extractor]:
    """In a worker process: its spec and the extractor it loaded (the load error, raised)."""
    return _loaded()


def _loaded() -> tuple[ExtractorSpec, Extractor]:
    if isinstance(_worker, EventwireError):
        raise _worker
    if _worker is None:  # pragma: no cover - the initializer always runs first
        raise WorkerFailed("worker started without an extractor")
    return _worker


def _code_chunk(articles: list[Article], published: date | None) -> ChunkResult:
    spec, extractor = _loaded()
    watch = Stopwatch()
    found = list(spec.run(extractor, articles, published, watch))
    return ChunkResult(found, watch.seconds, os.getpid(), current_rss_mib(), peak_rss_mib())


@dataclass(slots=True)
class WorkerStats:
    """What the workers reported so far: seconds per stage and memory."""

    watch: Stopwatch = field(default_factory=Stopwatch)
    rss_mib: dict[int, float] = field(default_factory=dict)  # latest resident size by process id
    peak_rss_mib: float = 0.0

    def record(self, result: ChunkResult) -> None:
        """Add one chunk's report."""
        self.watch.update(result.seconds)
        self.rss_mib[result.pid] = result.rss_mib
        self.peak_rss_mib = max(self.peak_rss_mib, result.peak_rss_mib)


def code_articles(
    articles: Iterable[Article],
    spec: ExtractorSpec | Extractor,
    jobs: int = 1,
    published: date | None = None,
    stats: WorkerStats | None = None,
) -> Iterator[Coded]:
    """Events and places of each article, in input order, using `jobs` processes.

    `spec` is an open Extractor (used in this process when `jobs` is 1, without a time limit) or
    how to open one. An article that overruns the spec's time limit comes back as a TimedOut.
    """
    stats = stats if stats is not None else WorkerStats()
    if jobs <= 1:
        yield from _code_here(articles, spec, published, stats)
        return
    if isinstance(spec, Extractor):
        raise TypeError("jobs > 1 needs an ExtractorSpec: each worker opens its own extractor")
    yield from _code_in_workers(articles, spec, jobs, published, stats)


def _code_here(
    articles: Iterable[Article], spec: ExtractorSpec | Extractor, published: date | None, stats: WorkerStats
) -> Iterator[Coded]:
    extractor = spec if isinstance(spec, Extractor) else spec.open()
    try:
        if isinstance(spec, Extractor):
            yield from extractor.code(articles, published, stats.watch)
        else:
            yield from spec.run(extractor, articles, published, stats.watch)
    finally:
        if not isinstance(spec, Extractor):
            extractor.close()
        stats.rss_mib[os.getpid()] = current_rss_mib()
        stats.peak_rss_mib = max(stats.peak_rss_mib, peak_rss_mib())


def _code_in_workers(
    articles: Iterable[Article], spec: ExtractorSpec, jobs: int, published: date | None, stats: WorkerStats
) -> Iterator[Coded]:
    with Workers(spec, jobs) as workers:
        yield from workers.code(articles, published, stats)


def _ready() -> int:
    _loaded()
    time.sleep(0.05)  # long enough that an idle worker does not take every warm-up task
    return os.getpid()


class Workers:
    """A pool of worker processes, each with its own loaded extractor.

    with Workers(ExtractorSpec(), jobs=2) as workers:
        workers.wait_ready()          # optional: load every model before timing anything
        for found in workers.code(articles):
            ...
    """

    def __init__(self, spec: ExtractorSpec, jobs: int) -> None:
        # "spawn": workers start clean (no copied locks or open SQLite handles of the parent).
        context = multiprocessing.get_context("spawn")
        self.jobs = jobs
        self.pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(spec,))

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def wait_ready(self, timeout: float = 600.0) -> None:
        """Block until every worker has loaded its model (answered a task)."""
        deadline = time.monotonic() + timeout
        seen: set[int] = set()
        while len(seen) < self.jobs:
            if time.monotonic() > deadline:
                raise WorkerFailed(f"only {len(seen)} of {self.jobs} workers started within {timeout:.0f}s")
            futures = [self.pool.submit(_ready) for _ in range(self.jobs)]
            try:
                seen.update(f.result() for f in futures)
            except BrokenProcessPool as exc:
                raise WorkerFailed(f"an extraction worker died while starting ({exc})") from exc

    def code(
        self, articles: Iterable[Article], published: date | None = None, stats: WorkerStats | None = None
    ) -> Iterator[Coded]:
        """Results in input order; a few chunks per worker in flight, so memory stays flat."""
        stats = stats if stats is not None else WorkerStats()
        stream = iter(articles)
        pending: deque[Future[ChunkResult]] = deque()

        def submit() -> bool:
            chunk = list(islice(stream, CHUNK))
            if chunk:
                pending.append(self.pool.submit(_code_chunk, chunk, published))
            return bool(chunk)

        while len(pending) < self.jobs * IN_FLIGHT_PER_WORKER and submit():
            pass
        while pending:
            try:
                result = pending.popleft().result()
            except BrokenProcessPool as exc:
                raise WorkerFailed(f"an extraction worker died ({exc}); results so far were delivered") from exc
            stats.record(result)
            submit()
            yield from result.found
