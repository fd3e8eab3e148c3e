"""One extractor for the fuzz tests, reusing the session's spaCy pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire import geoparse
from eventwire.extractor import Extractor
from eventwire.nlp.pipeline import PipelineConfig


@pytest.fixture(scope="session")
def fuzz_extractor(gazetteer_path: Path, nlp: Language) -> Iterator[Extractor]:
    """The extractor every fuzz test runs (events and places of each article)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(geoparse, "build_pipeline", lambda config=None, gazetteer=None: nlp)
        extractor = Extractor.open(PipelineConfig(), gazetteer_path)
    with extractor:
        yield extractor
