"""Shared paths and helpers for the ingest tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest import DEFAULT_MAX_BYTES, iter_inputs
from eventwire.records import Article, Skip

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
CORPUS = Path("/work/shared/corpus")
GEOWEBNEWS_DEV = CORPUS / "geowebnews-dev"
SEED_ARTICLE = CORPUS / "seed" / "000_773db53a13bc0aed.txt"

needs_corpus = pytest.mark.skipif(not GEOWEBNEWS_DEV.is_dir(), reason="shared corpus not present")

ENGLISH_PARAGRAPH = (
    "Police fired tear gas at several hundred protesters in the capital on Tuesday as "
    "demonstrators blocked the main road to the airport, witnesses said. At least 12 people "
    "were injured and 30 were arrested, a police spokesman told reporters at the scene.\n"
)


def read_all(*paths: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article | Skip]:
    """Everything iter_inputs yields for the given paths."""
    return list(iter_inputs([str(path) for path in paths], max_bytes=max_bytes))


def only_skip(results: list[Article | Skip]) -> Skip:
    """The single result, which must be a Skip."""
    assert len(results) == 1, results
    (result,) = results
    assert isinstance(result, Skip), result
    return result


def only_article(results: list[Article | Skip]) -> Article:
    """The single result, which must be an Article."""
    assert len(results) == 1, results
    (result,) = results
    assert isinstance(result, Article), result
    return result
