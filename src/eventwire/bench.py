"""`eventwire bench`: extraction throughput next to a bare `nlp.pipe`, in one run, on the same texts.

    from eventwire.bench import BenchConfig, run_bench
    run_bench(BenchConfig(corpus=[Path("../shared/corpus/geowebnews-dev")], repeat=4, jobs=2), print)

Order of a run: read the corpus (timed as "read"); a bare `nlp.pipe` of the configured model
with every component it ships, default batch size; `extract` in this process (`--jobs 1`), with
seconds per stage; then, with `jobs` > 1, `extract` in worker processes once every worker has
loaded its model. Each timed pass follows a short warm-up. Events are serialised as JSON lines
to a null sink ("write"), as `eventwire extract` writes them. Model loading is reported apart.

With `rounds` > 1 the bare and `--jobs 1` passes run again, alternated, with both pipelines
loaded: on a shared machine the load changes between two passes, and a ratio of two passes run
side by side, taken as the median over rounds, moves less than one pair of passes. Peak RSS is
that of the first round, where each pass runs alone.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from spacy.language import Language

from .errors import BadInput
from .extractor import ArticleEvents, Extractor
from .ingest import iter_inputs
from .memory import current_rss_mib, peak_rss_mib, reset_peak_rss
from .nlp.pipeline import DEFAULT_MODEL, PipelineConfig, load_model
from .parallel import Coded, ExtractorSpec, Workers, WorkerStats, code_articles
from .records import Article
from .timing import Stopwatch

WARMUP = 5
STAGES = ("read", "clean", "entities", "prefilter", "parse", "resolve", "extract", "merge", "write")

Report = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class BenchConfig:
    """What `run_bench` measures."""

    corpus: Sequence[Path]
    repeat: int = 1
    jobs: int = 1
    model: str = DEFAULT_MODEL
    full_parse: bool = False
    published: date | None = None
    checkpoints: Sequence[int] = (1_000, 10_000)
    workers_only: bool = False  # skip the bare and --jobs 1 passes (long memory runs)
    rounds: int = 1  # bare and --jobs 1 passes, alternated; the ratio is the median of the rounds'


@dataclass(slots=True)
class PassResult:
    """One timed pass: wall seconds, what it produced, and seconds per stage."""

    label: str
    seconds: float
    articles: int
    words: int
    events: int = 0
    stages: dict[str, float] = field(default_factory=dict)
    cpu_seconds: float = 0.0  # CPU time of this process (all its threads); 0 when not measured

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def versus(self, bare: PassResult) -> str:
        """The speed-up over the bare parse, in wall time and (when measured) in CPU time."""
        out = f"x{bare.seconds / self.seconds:4.2f} vs bare"
        if bare.cpu_seconds > 0 and self.cpu_seconds > 0:
            out += f" (CPU time x{bare.cpu_seconds / self.cpu_seconds:4.2f})"
        return out

    def line(self, bare: PassResult | None = None) -> str:
        """One printed line: rates, and the speed-up over the bare parse when given."""
        ratio = f"  {self.versus(bare)}" if bare is not None and self.seconds > 0 else ""
        return (
            f"{self.label:16s} {self.rate:7.1f} articles/s {self.words / self.seconds:9.0f} words/s"
            f"  {self.events:6d} events{ratio}"
        )


def read_corpus(paths: Sequence[Path], repeat: int) -> tuple[list[Article], float]:
    """The articles of `paths` (duplicated `repeat` times) and the seconds reading took."""
    start = time.perf_counter()
    articles = [a for a in iter_inputs([str(p) for p in paths]) if isinstance(a, Article)]
    seconds = time.perf_counter() - start
    if not articles:
        raise BadInput(f"no readable articles in {', '.join(map(str, paths))}")
    return articles * max(1, repeat), seconds * max(1, repeat)


def _words(articles: Sequence[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def _write(found: Iterator[Coded], watch: Stopwatch, sink: TextIO) -> Iterator[int]:
    """Serialise each article's events as `extract` does; yield the event count per article."""
    for item in found:
        if not isinstance(item, ArticleEvents):  # timed out (bench sets no limit, so never)
            yield 0
            continue
        with watch("write"):
            for event in item.events:
                sink.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        yield len(item.events)


def _checkpointed(counts: Iterator[int], checkpoints: Sequence[int], stats: WorkerStats, report: Report) -> int:
    """Sum the counts, printing resident memory when the article count passes a checkpoint."""
    total = 0
    for articles, count in enumerate(counts, start=1):
        total += count
        if articles in checkpoints:
            workers = ", ".join(f"{rss:.0f}" for rss in stats.rss_mib.values()) or "-"
            report(f"  RSS after {articles} articles: this process {current_rss_mib():.0f} MiB, workers {workers} MiB")
    return total


def _stage_lines(stages: dict[str, float], wall: float) -> list[str]:
    total = sum(stages.values()) or 1.0
    names = [s for s in STAGES if s in stages] + sorted(set(stages) - set(STAGES))
    parts = [f"{name} {stages[name]:.2f}s ({100 * stages[name] / total:.0f}%)" for name in names]
    return [f"  stages (summed over processes; wall {wall:.1f}s): " + ", ".join(parts)]


def run_bench(config: BenchConfig, report: Report) -> dict[str, PassResult]:
    """Run the passes described in the module docstring, printing figures through `report`."""
    articles, read_s = read_corpus(config.corpus, config.repeat)
    words = _words(articles)
    report(
        f"{len(articles)} articles ({len(articles) // config.repeat} x {config.repeat}), {words} words, "
        f"model {config.model}, {os.cpu_count()} CPUs"
    )
    results: dict[str, PassResult] = {}
    if not (config.workers_only and config.jobs > 1):
        _baseline_passes(config, articles, read_s, words, results, report)
    if config.jobs > 1:
        _worker_pass(config, articles, words, results, report)
    return results


def _baseline_passes(
    config: BenchConfig,
    articles: list[Article],
    read_s: float,
    words: int,
    results: dict[str, PassResult],
    report: Report,
) -> None:
    """The bare parse, then extract in this process; further rounds alternate the two."""
    start = time.perf_counter()
    nlp = load_model(config.model)
    report(f"bare model load {time.perf_counter() - start:.1f}s; components {', '.join(nlp.pipe_names)}")
    list(nlp.pipe(a.text for a in articles[:WARMUP]))
    bare = _bare_pass(nlp, articles, words)
    results["bare"] = bare
    report(bare.line() + f"  peak RSS {peak_rss_mib():.0f} MiB")
    if config.rounds == 1:
        del nlp
        gc.collect()
    fresh_peak = reset_peak_rss()  # so the peak printed for extract is its own, not the bare parse's

    spec = ExtractorSpec(PipelineConfig(model=config.model, full_parse=config.full_parse))
    start = time.perf_counter()
    extractor = spec.open()
    list(extractor.code(articles[:WARMUP], config.published))
    report(f"eventwire load + warm-up {time.perf_counter() - start:.1f}s")
    with extractor:
        one = _extract_pass(extractor, config, articles, read_s, words, report)
        results["jobs1"] = one
        peak = f"peak RSS {peak_rss_mib():.0f} MiB" + ("" if fresh_peak else " (incl. the bare pass)")
        report(one.line(bare) + "  " + peak)
        for line in _stage_lines(one.stages, one.seconds):
            report(line)
        ratios, cpu_ratios = [bare.seconds / one.seconds], [bare.cpu_seconds / one.cpu_seconds]
        for round_no in range(2, config.rounds + 1):
            again = _bare_pass(nlp, articles, words)
            mine = _extract_pass(extractor, config, articles, read_s, words, None)
            ratios.append(again.seconds / mine.seconds)
            cpu_ratios.append(again.cpu_seconds / mine.cpu_seconds)
            report(f"round {round_no}: bare {again.rate:.1f} articles/s, extract {mine.rate:.1f}: {mine.versus(again)}")
    if config.rounds > 1:
        listed = " ".join(f"x{r:4.2f}" for r in ratios)
        report(
            f"extract --jobs 1 vs bare over {config.rounds} rounds: {listed}; median x{statistics.median(ratios):4.2f}"
            f" (CPU time median x{statistics.median(cpu_ratios):4.2f})"
        )


def _bare_pass(nlp: Language, articles: Sequence[Article], words: int) -> PassResult:
    start, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(a.text for a in articles):
        pass
    seconds = time.perf_counter() - start
    return PassResult("bare nlp.pipe", seconds, len(articles), words, cpu_seconds=time.process_time() - cpu)


def _extract_pass(
    extractor: Extractor,
    config: BenchConfig,
    articles: list[Article],
    read_s: float,
    words: int,
    report: Report | None,
) -> PassResult:
    """`extract --jobs 1` over the articles; `report` prints the memory checkpoints (None: silent)."""
    with open(os.devnull, "w", encoding="utf-8") as sink:
        stats = WorkerStats()
        stats.watch.add("read", read_s)
        start, cpu = time.perf_counter(), time.process_time()
        found = code_articles(articles, extractor, 1, config.published, stats)
        counts = _write(found, stats.watch, sink)
        events = sum(counts) if report is None else _checkpointed(counts, config.checkpoints, stats, report)
        seconds = time.perf_counter() - start
        one = PassResult(
            "extract --jobs 1", seconds, len(articles), words, events, cpu_seconds=time.process_time() - cpu
        )
    one.stages = dict(stats.watch.seconds)
    return one


def _worker_pass(
    config: BenchConfig, articles: list[Article], words: int, results: dict[str, PassResult], report: Report
) -> None:
    """Extract in `config.jobs` worker processes, timed once every worker has loaded its model."""
    spec = ExtractorSpec(PipelineConfig(model=config.model, full_parse=config.full_parse))
    one = results.get("jobs1")
    bare = results.get("bare")
    start = time.perf_counter()
    with Workers(spec, config.jobs) as workers, open(os.devnull, "w", encoding="utf-8") as sink:
        workers.wait_ready()
        report(f"{config.jobs} workers loaded in {time.perf_counter() - start:.1f}s")
        stats = WorkerStats()
        start = time.perf_counter()
        found = workers.code(articles, config.published, stats)
        events = _checkpointed(_write(found, stats.watch, sink), config.checkpoints, stats, report)
        many = PassResult(f"extract --jobs {config.jobs}", time.perf_counter() - start, len(articles), words, events)
    many.stages = dict(stats.watch.seconds)
    results["jobs"] = many
    versus = f"  x{one.seconds / many.seconds:4.2f} vs --jobs 1" if one is not None else ""
    report(many.line(bare) + versus + f"  peak RSS per worker {stats.peak_rss_mib:.0f} MiB")
    for line in _stage_lines(many.stages, many.seconds):
        report(line)
