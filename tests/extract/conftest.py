"""Event extraction fixtures: one Extractor (pipeline + gazetteer) per test session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from eventwire import extractor as extractor_module
from eventwire.extractor import Extractor
from eventwire.records import Article, Event, EventMention

# The Iran missile attack report: published on Wednesday, 8 January 2020.
PUBLISHED = date(2020, 1, 8)

ExtractEvents = Callable[..., list[Event]]
CodedMentions = Callable[..., list[EventMention]]


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


@pytest.fixture(scope="session")
def coded_mentions(extractor: Extractor) -> CodedMentions:
    """`coded_mentions(text, published=PUBLISHED)`: the sentence-level mentions of one article,
    before the document merge and the reportable filter (what a rule coded, even if not reported)."""

    def run(text: str, published: date | None = PUBLISHED) -> list[EventMention]:
        captured: list[EventMention] = []
        original = extractor_module.extract_mentions

        def capture(doc: object, ctx: object) -> list[EventMention]:
            found = original(doc, ctx)  # type: ignore[arg-type]
            captured.extend(found)
            return found

        extractor_module.extract_mentions = capture  # type: ignore[assignment]
        try:
            list(extractor.extract([Article(id="t", doc="t", text=text)], published=published))
        finally:
            extractor_module.extract_mentions = original
        return captured

    return run
