"""Fixtures for the event database: real articles through the real extractor, extracted once per session."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from store_support import (
    GWN_DIR,
    GWN_FILES,
    SEED,
    SEED_PUBLISHED,
    WIRE_REPORTS,
    Extracted,
    OpenExtractor,
    read_articles,
    store_all,
)

from eventwire import geoparse
from eventwire.extractor import Extractor
from eventwire.nlp.pipeline import PipelineConfig


@pytest.fixture(scope="session")
def open_extractor(gazetteer_path: Path, nlp: Language) -> OpenExtractor:
    """Open a real Extractor that reuses the session's spaCy pipeline (building one takes seconds)."""

    def open_() -> Extractor:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(geoparse, "build_pipeline", lambda config=None, gazetteer=None: nlp)
            return Extractor.open(PipelineConfig(), gazetteer_path)

    return open_


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory with the seed, the GeoWebNews articles and the wire reports (as JSON Lines)."""
    for path in (SEED, *(GWN_DIR / name for name in GWN_FILES)):
        if not path.is_file():
            pytest.skip(f"corpus article not found at {path}")
    root = tmp_path_factory.mktemp("corpus")
    (root / "seed").mkdir()
    shutil.copy(SEED, root / "seed" / SEED.name)
    (root / "gwn").mkdir()
    for name in GWN_FILES:
        shutil.copy(GWN_DIR / name, root / "gwn" / name)
    (root / "wire").mkdir()
    (root / "wire" / "reports.jsonl").write_text("".join(json.dumps(r) + "\n" for r in WIRE_REPORTS), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def extracted(corpus_dir: Path, open_extractor: OpenExtractor) -> list[Extracted]:
    """Every corpus article with its events and places, extracted once for the session."""
    batches = [
        (read_articles([corpus_dir / "seed"]), SEED_PUBLISHED),
        (read_articles([corpus_dir / "gwn", corpus_dir / "wire"]), None),
    ]
    found: list[Extracted] = []
    with open_extractor() as extractor:
        for articles, published in batches:
            for coded in extractor.code(articles, published):
                found.append(Extracted(coded.article, coded.events, coded.places, published))
    assert len(found) == 1 + len(GWN_FILES) + len(WIRE_REPORTS)
    return found


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory, extracted: list[Extracted]) -> Path:
    """The corpus stored in input order, once; tests that write copy it first (see `db_copy`)."""
    path = tmp_path_factory.mktemp("db") / "events.db"
    store_all(path, extracted)
    return path


@pytest.fixture
def db_copy(built_db: Path, tmp_path: Path) -> Iterator[Path]:
    """A private copy of the session database."""
    target = tmp_path / "events.db"
    shutil.copy(built_db, target)
    yield target
