"""The `eventwire` command: a thin layer over the library API.

Library errors (`EventwireError`) become one-line messages and exit code 2 (in one place:
`cli_base.EventwireGroup`); bad inputs are skipped with a one-line reason on stderr and counted
in the summary; a path that does not exist, or a run where every input was skipped, exits 1.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .cli_base import EventwireGroup, finish, parse_date, report_missing, split_missing
from .cli_options import (
    full_parse_option,
    gazetteer_option,
    jobs_option,
    max_bytes_option,
    max_chars_option,
    model_option,
    progress_option,
    time_limit_option,
)
from .evaluate import (
    events_summary,
    load_gold,
    load_system,
    places_summary,
    records_summary,
    score_events,
    score_places,
    unmatched_records,
)
from .nlp.pipeline import DEFAULT_MODEL, PipelineConfig
from .output import FORMATS, RecordWriter
from .records import Article, PlaceMention, Skip
from .terminal import printable
from .timelimit import TimedOut

if TYPE_CHECKING:
    from .extractor import ArticleEvents
    from .parallel import Coded

PLACE_COLUMNS = (
    "doc",
    "text",
    "start",
    "end",
    "name",
    "country",
    "admin1",
    "lat",
    "lon",
    "precision",
    "gazetteer_id",
    "kind",
)
EVENT_COLUMNS = (
    "doc",
    "type",
    "mode",
    "cameo",
    "acled",
    "actor",
    "target",
    "location",
    "date",
    "status",
    "source",
    "quantities",
    "conflicts",
    "evidence",
    "confidence",
)
DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_MAX_CHARS = 100_000


class Summary:
    """Counts shown at the end of a run; skipped inputs are reported as they happen."""

    def __init__(self) -> None:
        self.articles = 0
        self.records = 0
        self.skipped = 0
        self.started = time.perf_counter()

    def skip(self, skip: Skip) -> None:
        self.skipped += 1
        click.echo(f"skipped {printable(skip.source)}: {printable(skip.reason)}", err=True)

    def line(self, noun: str) -> str:
        seconds = time.perf_counter() - self.started
        rate = self.articles / seconds if seconds > 0 else 0.0
        return (
            f"{self.articles} articles, {self.records} {noun}, {self.skipped} skipped "
            f"in {seconds:.1f}s ({rate:.1f} articles/s)"
        )


def _articles(paths: Sequence[str], max_bytes: int, max_chars: int, summary: Summary) -> Iterator[Article]:
    from .ingest import iter_inputs

    for item in iter_inputs(list(paths), max_bytes=max_bytes, max_chars=max_chars):
        if isinstance(item, Skip):
            summary.skip(item)
        else:
            summary.articles += 1
            yield item


def _in_time(found: Iterator[Coded], summary: Summary) -> Iterator[ArticleEvents]:
    """The articles extracted within the time limit; one that overran is reported and skipped."""
    for item in found:
        if isinstance(item, TimedOut):
            summary.articles -= 1  # counted when read, but it produced nothing
            summary.skip(item.skip())
        else:
            yield item


def _progress(items: Iterator[Any], enabled: bool, unit: str) -> Iterator[Any]:
    """Pass items through; from the second item on, show a progress bar on stderr."""
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    bar = None
    try:
        for n, item in enumerate(items):
            if n == 1:
                bar = tqdm(unit=unit, file=sys.stderr, dynamic_ncols=True, initial=1)
            if bar is not None and n >= 1:
                bar.update(1)
            yield item
    finally:
        if bar is not None:
            bar.close()


def _place_record(mention: PlaceMention) -> dict[str, Any]:
    record = mention.to_dict()
    return {k: record[k] for k in PLACE_COLUMNS}


@click.group(cls=EventwireGroup)
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """Turn news reports into sourced, geocoded political and conflict events."""


def input_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options every command that reads articles shares."""
    for option in reversed(
        [
            click.argument("paths", nargs=-1, required=True),
            click.option(
                "--format",
                "fmt",
                type=click.Choice(FORMATS),
                default="jsonl",
                show_default=True,
                help="jsonl: one JSON object per line; json: one array; csv: nested fields as JSON text.",
            ),
            model_option,
            max_bytes_option,
            max_chars_option,
            time_limit_option,
            gazetteer_option,
            progress_option,
            jobs_option,
        ]
    ):
        command = option(command)
    return command


def _write_records(
    records: Iterator[Iterable[dict[str, Any]]],
    fmt: str,
    columns: tuple[str, ...],
    progress: bool | None,
    summary: Summary,
) -> None:
    """Stream each document's records to stdout, with a progress bar, counting them."""
    show = sys.stderr.isatty() if progress is None else progress
    writer = RecordWriter(sys.stdout, fmt, columns)  # type: ignore[arg-type]
    for document in _progress(records, show, "doc"):
        for record in document:
            writer.write(record)
            summary.records += 1
    writer.close()


@main.command()
@input_options
@click.option(
    "--demonyms/--no-demonyms",
    default=True,
    show_default=True,
    help="Write demonyms that modify a noun ('Iraqi forces', not 'the Iraqis') as country-level records "
    "with kind 'demonym'.",
)
def places(
    paths: tuple[str, ...],
    fmt: str,
    model: str,
    max_bytes: int,
    max_chars: int,
    time_limit: float,
    gazetteer_path: Path | None,
    progress: bool | None,
    jobs: int,
    demonyms: bool,
) -> None:
    """Write every place mention of PATHS (files, directories, feeds, JSONL, or - for stdin)."""
    from .parallel import ExtractorSpec, code_articles

    present, missing = split_missing(paths)
    summary = Summary()
    spec = ExtractorSpec(
        PipelineConfig(model=model),
        gazetteer_path,
        places_only=True,
        include_demonyms=demonyms,
        time_limit=time_limit,
    )
    found = _in_time(code_articles(_articles(present, max_bytes, max_chars, summary), spec, jobs), summary)
    _write_records(([_place_record(m) for m in f.places] for f in found), fmt, PLACE_COLUMNS, progress, summary)
    report_missing(missing)
    click.echo(summary.line("places"), err=True)
    finish(missing, summary.articles, summary.skipped)


@main.command()
@input_options
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date (YYYY-MM-DD) for relative dates; else the article's own.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Leave out events whose confidence is below this (0.75 trades recall for precision).",
)
@full_parse_option
def extract(
    paths: tuple[str, ...],
    fmt: str,
    model: str,
    max_bytes: int,
    max_chars: int,
    time_limit: float,
    gazetteer_path: Path | None,
    progress: bool | None,
    jobs: int,
    published: str | None,
    min_confidence: float,
    full_parse: bool,
) -> None:
    """Write every political or conflict event of PATHS (files, directories, feeds, JSONL, -)."""
    from .parallel import ExtractorSpec, code_articles

    published_date = parse_date(published)
    present, missing = split_missing(paths)
    summary = Summary()
    config = PipelineConfig(model=model, full_parse=full_parse)
    spec = ExtractorSpec(config, gazetteer_path, min_confidence, time_limit=time_limit)
    articles = _articles(present, max_bytes, max_chars, summary)
    found = _in_time(code_articles(articles, spec, jobs, published_date), summary)
    _write_records(([e.to_dict() for e in f.events] for f in found), fmt, EVENT_COLUMNS, progress, summary)
    report_missing(missing)
    click.echo(summary.line("events"), err=True)
    finish(missing, summary.articles, summary.skipped)


@main.command()
@click.argument("corpus", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="Also time N worker processes.")
@click.option(
    "--repeat", type=click.IntRange(min=1), default=1, show_default=True, help="Duplicate the corpus N times."
)
@click.option("--model", metavar="NAME", default=DEFAULT_MODEL, show_default=True, help="Any installed spaCy pipeline.")
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date (YYYY-MM-DD) for relative dates; else the article's own.",
)
@full_parse_option
@click.option("--workers-only", is_flag=True, help="Time only the --jobs N pass (long memory runs).")
@click.option(
    "--rounds",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Alternate the bare and --jobs 1 passes N times; prints the median ratio (steadier on a busy machine).",
)
def bench(
    corpus: tuple[Path, ...],
    jobs: int,
    repeat: int,
    model: str,
    published: str | None,
    full_parse: bool,
    workers_only: bool,
    rounds: int,
) -> None:
    """Time extraction over CORPUS next to a bare nlp.pipe of the same model, in one run.

    Prints articles/s, words/s, the ratio to the bare parse, peak RSS, seconds per stage, and
    resident memory after 1,000 and 10,000 articles (use --repeat to get there).
    """
    from .bench import BenchConfig, run_bench

    config = BenchConfig(
        list(corpus), repeat, jobs, model, full_parse, parse_date(published), workers_only=workers_only, rounds=rounds
    )
    run_bench(config, click.echo)


@main.group()
def evaluate() -> None:
    """Score eventwire output against gold annotations."""


def gold_and_output(command: Callable[..., None]) -> Callable[..., None]:
    """The GOLD file and the system OUTPUT file every `evaluate` command reads."""
    existing = click.Path(exists=True, dir_okay=False, path_type=Path)
    return click.argument("gold", type=existing)(click.argument("output", type=existing)(command))


@evaluate.command("places")
@gold_and_output
@click.option("--misses/--no-misses", default=False, help="List the gold toponyms not resolved within 161 km.")
def evaluate_places(gold: Path, output: Path, misses: bool) -> None:
    """Toponym recall and acc@161km of OUTPUT (places JSONL) against GOLD."""
    report = score_places(load_gold(gold), load_system(output))
    missed = report.pop("misses")
    click.echo(json.dumps(report, indent=1))
    if misses:
        for line in missed:
            click.echo(f"miss {line}", err=True)
    click.echo(records_summary(unmatched_records(load_gold(gold), load_system(output))))
    click.echo(places_summary(report))


@evaluate.command("events")
@gold_and_output
@click.option("--per-type/--no-per-type", default=True, show_default=True, help="Print P/R/F1 per type.")
def evaluate_events(gold: Path, output: Path, per_type: bool) -> None:
    """Event P/R/F1 at type, dyad and full level of OUTPUT (extract JSONL) against GOLD."""
    report = score_events(load_gold(gold), load_system(output))
    types = report.pop("per_type")
    click.echo(json.dumps(report, indent=1))
    if per_type:
        for name, row in types.items():
            click.echo(
                f"type {name:10s} P {row['p']:.3f} R {row['r']:.3f} F1 {row['f1']:.3f} "
                f"(tp {row['tp']} fp {row['fp']} fn {row['fn']})"
            )
    click.echo(events_summary(report))


@main.group()
def gazetteer() -> None:
    """Build or inspect the place gazetteer."""


@gazetteer.command("build")
@click.option("--path", type=click.Path(path_type=Path), default=None, help="Where to write it.")
def gazetteer_build(path: Path | None) -> None:
    """(Re)build the gazetteer from the installed data packages and print its figures."""
    from .resolve.gazetteer import build, default_path

    target = path or default_path()
    stats = build(target)
    click.echo(f"gazetteer {target}: {stats.describe()}")


from .cli_store import register_store_commands as _register_store_commands  # noqa: E402

_register_store_commands(main)

from .cli_serve import register_serve_command as _register_serve_command  # noqa: E402

_register_serve_command(main)

from .cli_spark import register_spark_commands as _register_spark_commands  # noqa: E402

_register_spark_commands(main)
