"""Ingest: new articles are parsed, extracted and stored; stored ones are skipped before parsing."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import chain

from spacy.tokens import Doc

from ..extractor import Extractor
from ..geoparse import Geoparser
from ..records import Article, PlaceMention, Skip
from ..timelimit import TimedOut, within_time_limit
from .ids import article_id
from .store import Store


@dataclass(slots=True)
class Ingested:
    """The outcome for one article: stored (with its mention count), a duplicate left unparsed, or skipped."""

    article: Article
    id: str
    duplicate: bool
    mentions: int = 0
    skipped: Skip | None = None


@dataclass(slots=True)
class PlaceRecorder(Geoparser):
    """A Geoparser that keeps each parsed article's places, which `Extractor.extract` does not return."""

    recorded: dict[int, list[PlaceMention]] = field(default_factory=dict)

    def parsed(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Doc, list[PlaceMention]]]:
        """Geoparser.parsed, keeping each article's places until `take`."""
        for article, doc, places in Geoparser.parsed(self, articles):
            self.recorded[id(article)] = places
            yield article, doc, places

    def take(self, article: Article) -> list[PlaceMention]:
        """The places of an article extract has yielded (forgotten once taken)."""
        return self.recorded.pop(id(article), [])


def record_places(extractor: Extractor) -> PlaceRecorder:
    """Make `extractor` keep the places of the articles it parses; `take` hands them out."""
    geo = extractor.geo
    recorder = PlaceRecorder(geo.nlp, geo.gazetteer, geo.include_demonyms)
    extractor.geo = recorder
    return recorder


def ingest(
    store: Store,
    articles: Iterable[Article],
    open_extractor: Callable[[], Extractor],
    published: date | None = None,
    time_limit: float | None = None,
) -> Iterator[Ingested]:
    """Store each new article with its events and places; yield one outcome per article.

    An article already stored (or seen earlier in this run) is a duplicate: it is never parsed,
    and when every article is a duplicate the extractor is never loaded. `published` overrides
    the articles' own publication dates, as in `eventwire extract`. An article whose extraction
    takes longer than `time_limit` seconds is not stored: its outcome carries the Skip.
    """
    duplicates: deque[Ingested] = deque()
    seen: set[str] = set()

    def fresh() -> Iterator[Article]:
        for article in articles:
            aid = article_id(article)
            if aid in seen or store.has_article(aid):
                duplicates.append(Ingested(article, aid, duplicate=True))
                continue
            seen.add(aid)
            yield article

    def drain() -> Iterator[Ingested]:
        while duplicates:
            yield duplicates.popleft()

    stream = fresh()
    first = next(stream, None)
    yield from drain()
    if first is None:
        return
    with open_extractor() as extractor:
        places = record_places(extractor)
        extracted = within_time_limit(
            lambda batch: extractor.extract(batch, published), chain([first], stream), time_limit
        )
        for item in extracted:
            yield from drain()
            if isinstance(item, TimedOut):
                places.take(item.article)  # places it may have left behind; nothing of it is stored
                yield Ingested(item.article, article_id(item.article), duplicate=False, skipped=item.skip())
                continue
            article, events = item
            stored = store.add(article, events, places.take(article), published)
            if stored is None:  # another process stored it since we looked
                yield Ingested(article, article_id(article), duplicate=True)
            else:
                yield Ingested(article, stored.article_id, duplicate=False, mentions=stored.mentions)
    yield from drain()
