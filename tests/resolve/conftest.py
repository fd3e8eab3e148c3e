"""One gazetteer built from the registry packages per test session, in a temporary directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.geoparse import Geoparser
from eventwire.resolve.gazetteer import BuildStats, Gazetteer, build


@pytest.fixture(scope="session")
def gazetteer_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildStats]:
    """The session's gazetteer file and the figures its build reported."""
    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    stats = build(path)
    print(f"\ngazetteer built in {stats.seconds:.1f} s, {stats.bytes / 1e6:.1f} MB, rows {stats.rows}")
    return path, stats


@pytest.fixture(scope="session")
def gaz(gazetteer_build: tuple[Path, BuildStats]) -> Iterator[Gazetteer]:
    """The session's gazetteer, opened read-only."""
    with Gazetteer.open(gazetteer_build[0]) as opened:
        yield opened


@pytest.fixture(scope="module")
def geoparser(nlp: Language, gazetteer: Gazetteer) -> Geoparser:
    """The session's pipeline and gazetteer as a Geoparser (not closed: the session owns them)."""
    return Geoparser(nlp=nlp, gazetteer=gazetteer)
