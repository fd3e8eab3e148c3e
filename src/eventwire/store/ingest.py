"""Ingest: new articles are parsed, extracted and stored; stored ones are skipped before parsing."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from itertools import chain

from ..extractor import Extractor
from ..parallel import Coded, ExtractorSpec, WorkerStats, code_articles
from ..records import Article, Skip
from ..timelimit import TimedOut
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


def ingest(
    store: Store,
    articles: Iterable[Article],
    extractor: ExtractorSpec | Callable[[], Extractor],
    published: date | None = None,
    jobs: int = 1,
    stats: WorkerStats | None = None,
) -> Iterator[Ingested]:
    """Store each new article with its events and places; yield one outcome per article.

    `extractor` opens the extractor in this process (a callable), or tells `jobs` worker
    processes how to open theirs (an `ExtractorSpec`); this process stays the only writer.
    An article already stored (or seen earlier in this run) is a duplicate: it is never parsed,
    and when every article is a duplicate the extractor is never loaded. `published` overrides
    the articles' own publication dates, as in `eventwire extract`. An article whose extraction
    takes longer than the spec's `time_limit` is not stored: its outcome carries the Skip.
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
    with ExitStack() as stack:
        todo = chain([first], stream)
        coded_stream: Iterator[Coded]
        if isinstance(extractor, ExtractorSpec):
            coded_stream = code_articles(todo, extractor, jobs, published, stats)
        else:
            coded_stream = stack.enter_context(extractor()).code(todo, published)
        for coded in coded_stream:
            yield from drain()
            if isinstance(coded, TimedOut):  # nothing of it is stored
                yield Ingested(coded.article, article_id(coded.article), duplicate=False, skipped=coded.skip())
                continue
            article = coded.article
            stored = store.add(article, coded.events, coded.places, published)
            if stored is None:  # another process stored it since we looked
                yield Ingested(article, article_id(article), duplicate=True)
            else:
                yield Ingested(article, stored.article_id, duplicate=False, mentions=stored.mentions)
    yield from drain()
