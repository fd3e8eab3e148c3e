"""Fixtures for the web UI: one event database built by the real ingest, prepared for serving once per session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "corpus" / "seed" / "000_773db53a13bc0aed.txt"
SEED_PUBLISHED = date(2020, 1, 8)
GWN_FILES = [SHARED / "corpus" / "geowebnews-dev" / f"gwn-{n}.txt" for n in ("058", "160", "178")]


@pytest.fixture(scope="session")
def served_db(tmp_path_factory: pytest.TempPathFactory, gazetteer_path: Path) -> Path:
    """The seed article (published 2020-01-08) and three dev articles, ingested and prepared for serving."""
    from eventwire.extractor import Extractor
    from eventwire.ingest import iter_inputs
    from eventwire.records import Article
    from eventwire.store import Store
    from eventwire.store.ingest import ingest
    from eventwire.web.prepare import prepare_database

    if not SEED.exists():
        pytest.skip(f"corpus not found: {SEED}")
    path = tmp_path_factory.mktemp("web") / "events.db"
    with Store.open(path) as store:
        for paths, published in (([SEED], SEED_PUBLISHED), (GWN_FILES, None)):
            articles = [a for a in iter_inputs([str(p) for p in paths]) if isinstance(a, Article)]
            list(ingest(store, articles, lambda: Extractor.open(None, gazetteer_path), published))
    prepare_database(path)
    return path


@pytest.fixture
def db_copy(served_db: Path, tmp_path: Path) -> Iterator[Path]:
    """A private copy of the served database, for tests that change it."""
    target = tmp_path / "events.db"
    shutil.copy(served_db, target)
    yield target
