"""Shared fixtures: one gazetteer and one pipeline per test session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from spacy.language import Language

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "corpus" / "seed" / "000_773db53a13bc0aed.txt"
GWN_DIR = SHARED / "corpus" / "geowebnews-dev"
SHARED_REASON = (
    f"needs ../shared beside the repository (the project's test corpus, gold data and reference "
    f"dictionaries); not found at {SHARED}"
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "shared: reads ../shared (corpus, gold, reference); skipped without it")
    # Property tests check behaviour, not speed (the `bench` command measures speed): no per-example
    # deadline, which a loaded CI machine or a cold parse cache would trip.
    settings.register_profile("eventwire", deadline=None)
    settings.load_profile("eventwire")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without ../shared, every test marked `shared` is skipped with one reason instead of failing."""
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason=SHARED_REASON)
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The gazetteer file: the user's cache when it is built, else one built for the session."""
    from eventwire.resolve.gazetteer import build, default_path

    path = default_path()
    if not path.exists():
        if os.environ.get("EVENTWIRE_CACHE_DIR") is None:
            path.parent.mkdir(parents=True, exist_ok=True)
        build(path)
    return path


@pytest.fixture(scope="session")
def gazetteer(gazetteer_path: Path) -> Iterator[object]:
    from eventwire.resolve.gazetteer import Gazetteer

    gaz = Gazetteer.open(gazetteer_path)
    yield gaz
    gaz.close()


@pytest.fixture(scope="session")
def nlp(gazetteer: object) -> Language:
    from eventwire.nlp.pipeline import build_pipeline

    return build_pipeline(gazetteer=gazetteer)  # type: ignore[arg-type]
