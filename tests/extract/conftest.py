"""Event extraction fixtures: one Extractor (pipeline + gazetteer) per test session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from eventwire.extractor import Extractor
from eventwire.records import Article, Event

# The Iran missile attack report: published on Wednesday, 8 January 2020.
PUBLISHED = date(2020, 1, 8)

ExtractEvents = Callable[..., list[Event]]


@pytest.fixture(scope="session")
def extractor(gazetteer_path: Path) -> Iterator[Extractor]:
    """The session's extractor; opening it costs a few seconds, so it is opened once."""
    with Extractor.open(gazetteer_path=gazetteer_path) as opened:
        yield opened


@pytest.fixture(scope="session")
def extract_events(extractor: Extractor) -> ExtractEvents:
    """`extract_events(text, published=PUBLISHED)`: the document-level events of one article."""
    seen: dict[tuple[str, date | None], list[Event]] = {}

    def run(text: str, published: date | None = PUBLISHED) -> list[Event]:
        key = (text, published)
        if key not in seen:
            article = Article(id="t", doc="t", text=text)
            ((_, events),) = list(extractor.extract([article], published=published))
            seen[key] = events
        return seen[key]

    return run
