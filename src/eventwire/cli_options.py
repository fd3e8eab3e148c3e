"""Click options shared by the commands of `eventwire.cli` and `eventwire.cli_store`."""

from __future__ import annotations

import click

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
