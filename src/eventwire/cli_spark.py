"""The `eventwire spark extract|merge|run` commands: a thin layer over `eventwire.spark`.

PySpark is imported only when one of them runs; without it they exit with "install eventwire[spark]".
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import click

from .cli_base import parse_date
from .ingest.readers import DEFAULT_MAX_BYTES
from .nlp.pipeline import DEFAULT_MODEL
from .terminal import printable

# Outputs go through Spark's writers, so they may be Hadoop URLs (hdfs://, s3a://); inputs are read by
# eventwire's own readers on the executors, so they must be paths every executor can open.
OUTPUT_HELP = "Directory to write (a path or a Hadoop URL: hdfs://, s3a://); overwritten."
master_option = click.option(
    "--master",
    metavar="URL",
    default=None,
    help="Spark master URL (default: the one spark-submit sets, else local[*]).",
)


@click.group("spark")
def spark_group() -> None:
    """Run extraction and the cross-article merge on Spark (needs eventwire[spark])."""


def extraction_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options `spark extract` and `spark run` share."""
    for option in reversed(
        [
            click.option(
                "--input",
                "patterns",
                metavar="PATH",
                multiple=True,
                required=True,
                help="Input files: a path or glob; repeatable.",
            ),
            click.option("--output", metavar="DIR", required=True, help=OUTPUT_HELP),
            master_option,
            click.option(
                "--published",
                metavar="YYYY-MM-DD",
                help="Publication date (YYYY-MM-DD) for relative dates; else the article's own.",
            ),
            click.option(
                "--model",
                default=DEFAULT_MODEL,
                show_default=True,
                help="Any spaCy pipeline installed on the executors.",
            ),
            click.option(
                "--gazetteer",
                "gazetteer_path",
                type=click.Path(exists=True, dir_okay=False, path_type=Path),
                default=None,
                help="A built gazetteer file to ship to the executors (default: each builds or reuses its own).",
            ),
            click.option(
                "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Skip larger input files."
            ),
            click.option(
                "--partitions", type=click.IntRange(min=1), default=None, help="Input partitions (default 4 per core)."
            ),
        ]
    ):
        command = option(command)
    return command


@spark_group.command("extract")
@extraction_options
def extract_command(
    patterns: tuple[str, ...],
    output: str,
    master: str | None,
    published: str | None,
    model: str,
    gazetteer_path: Path | None,
    max_bytes: int,
    partitions: int | None,
) -> None:
    """Extract the articles of the inputs into OUTPUT/{articles,mentions,claims} Parquet (the store's rows)."""
    published_date = parse_date(published)
    _extract(patterns, output, master, published_date, model, gazetteer_path, max_bytes, partitions)


def _extract(
    patterns: tuple[str, ...],
    output: str,
    master: str | None,
    published: date | None,
    model: str,
    gazetteer_path: Path | None,
    max_bytes: int,
    partitions: int | None,
) -> None:
    from .spark import spark_session
    from .spark.extract import ExtractSettings, expand_inputs, extract_to_parquet

    paths = expand_inputs(patterns)
    spark = spark_session(master, "eventwire spark extract")
    shipped = None
    if gazetteer_path is not None:
        spark.sparkContext.addFile(str(gazetteer_path.resolve()))
        shipped = gazetteer_path.name
    settings = ExtractSettings(
        model=model,
        gazetteer=shipped,
        published=published,
        max_bytes=max_bytes,
    )
    report = extract_to_parquet(spark, paths, output, settings, partitions)
    for skip in report.skipped:
        click.echo(f"skipped {printable(skip.source)}: {printable(skip.reason)}", err=True)
    click.echo(report.line(), err=True)


@spark_group.command("merge")
@click.option(
    "--input",
    "extracted",
    required=True,
    help="The OUTPUT directory of `eventwire spark extract` (a path or a Hadoop URL).",
)
@click.option(
    "--output", metavar="DIR", required=True, help="Events Parquet directory (a path or a Hadoop URL: hdfs://, s3a://)."
)
@master_option
def merge_command(extracted: str, output: str, master: str | None) -> None:
    """Merge extracted mentions across articles into events Parquet (the columns of `events --format parquet`)."""
    from .spark import spark_session
    from .spark.merge import merge_to_parquet

    spark = spark_session(master, "eventwire spark merge")
    report = merge_to_parquet(spark, extracted, output)
    click.echo(report.line(), err=True)


@spark_group.command("run")
@extraction_options
def run_command(
    patterns: tuple[str, ...],
    output: str,
    master: str | None,
    published: str | None,
    model: str,
    gazetteer_path: Path | None,
    max_bytes: int,
    partitions: int | None,
) -> None:
    """Extract then merge: OUTPUT/extracted (store rows) and OUTPUT/events (events Parquet)."""
    from .spark import spark_session
    from .spark.merge import merge_to_parquet

    published_date = parse_date(published)
    extracted = os.path.join(output, "extracted")
    _extract(patterns, extracted, master, published_date, model, gazetteer_path, max_bytes, partitions)
    report = merge_to_parquet(spark_session(master, "eventwire spark run"), extracted, os.path.join(output, "events"))
    click.echo(report.line(), err=True)


def register_spark_commands(group: click.Group) -> None:
    """Add the `spark` group to the `eventwire` command group."""
    group.add_command(spark_group)
