"""Running the `eventwire` command in-process, and its places output for the seed article, once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language

from eventwire import geoparse
from eventwire.cli import main
from eventwire.nlp import pipeline
from eventwire.nlp.pipeline import PipelineConfig
from eventwire.resolve.gazetteer import Gazetteer

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = SHARED / "corpus" / "seed" / "000_773db53a13bc0aed.txt"

RunCli = Callable[..., Result]


@pytest.fixture(scope="session")
def run_cli() -> RunCli:
    """Invoke `eventwire ARGS` with optional stdin; stdout and stderr are kept apart."""

    def run(args: Sequence[str], stdin: str | bytes | None = None) -> Result:
        return CliRunner().invoke(main, list(args), input=stdin)

    return run


@pytest.fixture(scope="session")
def places_cli(run_cli: RunCli, gazetteer_path: Path, nlp: Language) -> RunCli:
    """Invoke `eventwire places --gazetteer <session gazetteer> ARGS`.

    Building the spaCy pipeline takes seconds; tests of the command's formats and input
    handling reuse the session's pipeline when the command asks for the default one (anything
    else is built for real). `reuse_pipeline=False` runs the command end to end.
    """
    build_pipeline = pipeline.build_pipeline

    def session_pipeline(config: PipelineConfig | None, gazetteer: Gazetteer | None = None) -> Language:
        if config == PipelineConfig():
            return nlp
        return build_pipeline(config, gazetteer)

    def run(args: Sequence[str], stdin: str | bytes | None = None, reuse_pipeline: bool = True) -> Result:
        argv = ["places", "--gazetteer", str(gazetteer_path), *args]
        if not reuse_pipeline:
            return run_cli(argv, stdin)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(geoparse, "build_pipeline", session_pipeline)
            return run_cli(argv, stdin)

    return run


@pytest.fixture(scope="session")
def seed_places(places_cli: RunCli) -> Result:
    """`eventwire places SEED` (JSON Lines) run end to end, once for the session."""
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED}")
    result = places_cli([str(SEED)], reuse_pipeline=False)
    assert result.exit_code == 0, result.output
    return result
