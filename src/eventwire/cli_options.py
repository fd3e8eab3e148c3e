"""Click options shared by the commands of `eventwire.cli` and `eventwire.cli_store`."""

from __future__ import annotations

from pathlib import Path

import click

from .ingest.readers import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS
from .nlp.pipeline import DEFAULT_MODEL
from .timelimit import DEFAULT_TIME_LIMIT

model_option = click.option(
    "--model", metavar="NAME", default=DEFAULT_MODEL, show_default=True, help="Any installed spaCy pipeline."
)
max_bytes_option = click.option(
    "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Skip input files larger than this."
)
max_chars_option = click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    help="Skip articles whose text is longer than this.",
)
time_limit_option = click.option(
    "--time-limit",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    help="Seconds of processing per article before it is skipped (0: no limit).",
)
gazetteer_option = click.option(
    "--gazetteer",
    "gazetteer_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Gazetteer SQLite file (default: built once in the user cache dir).",
)
progress_option = click.option(
    "--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a TTY)."
)

jobs_option = click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes, each loading the model once (1: all in this process). Output keeps input order.",
)
full_parse_option = click.option(
    "--full-parse/--prefilter",
    default=False,
    show_default=True,
    help="Parse every sentence, not only those that can hold an event (slower; for comparison).",
)
