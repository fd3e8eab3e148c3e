"""Ingest: new articles are parsed, extracted and stored; stored ones are skipped before parsing."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from itertools import chain

from ..extractor import Extractor
from ..ingest.published import with_published
from ..parallel import Coded, ExtractorSpec, WorkerStats, code_articles
from ..records import Article, Event, PlaceMention, Skip
from ..timelimit import TimedOut
from . import merging
from .ids import article_id
from .rows import actor_rows, event_rows, place_rows, stored_actor_rows
from .sql import chunks, dict_rows, marks, write_transaction
from .store import Store, count_actors


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


# --- re-extraction of stored articles ---------------------------------------------------------

_STALE = (
    "SELECT * FROM articles WHERE (pipeline IS NULL OR pipeline != ?) AND (? IS NULL OR ingested_at >= ?) ORDER BY id"
)


def pipeline_key(model: str, published: date | None) -> str:
    """What a reprocessed article records: the eventwire version, the model and the --published override."""
    from .. import __version__

    return f"eventwire {__version__} | {model} | published {published.isoformat() if published else '-'}"


def stored_articles(store: Store, key: str, since: date | None) -> Iterator[Article]:
    """The stored articles not yet processed under `key` (ingested on or after `since`), as readers give them.

    The publication date is re-found in the text with the current rules unless it came from the
    article's metadata or a --published option.
    """
    bound = since.isoformat() if since else None
    for row in list(dict_rows(store.db, _STALE, [key, bound, bound])):
        article = Article(
            id=row["id"], doc=row["doc"], text=row["text"], title=row["title"], url=row["url"], outlet=row["outlet"]
        )
        if row["published"] and row["published_source"] in ("metadata", "option"):
            article.published = date.fromisoformat(row["published"])
            article.published_source = row["published_source"]
        else:
            article = with_published(article)
            if article.published is None and row["published"]:
                article.published = date.fromisoformat(row["published"])
        yield article


def reprocess(
    store: Store,
    extractor: ExtractorSpec,
    key: str,
    published: date | None = None,
    since: date | None = None,
    jobs: int = 1,
) -> Iterator[Ingested]:
    """Re-extract stored articles with the current pipeline, replacing their mentions; one article per transaction.

    An article done is marked with `key`, so a run killed halfway resumes where it stopped.
    """
    todo = stored_articles(store, key, since)
    first = next(todo, None)
    if first is None:
        return  # nothing to do: the extractor is never loaded
    for coded in code_articles(chain([first], todo), extractor, jobs, published):
        if isinstance(coded, TimedOut):
            yield Ingested(coded.article, coded.article.id, duplicate=False, skipped=coded.skip())
            continue
        mentions = replace_article(store, coded.article, coded.events, coded.places, published, key)
        yield Ingested(coded.article, coded.article.id, duplicate=False, mentions=mentions)


def replace_article(
    store: Store,
    article: Article,
    events: list[Event],
    places: list[PlaceMention],
    published: date | None,
    key: str,
) -> int:
    """Swap a stored article's mentions, claims and places for new ones and re-merge what they touched."""
    db, aid = store.db, article.id
    with write_transaction(db):
        old_rows = list(dict_rows(db, "SELECT * FROM mentions WHERE article_id = ?", [aid]))
        old = [r["id"] for r in old_rows]
        events_hit = sorted({r[0] for p in chunks(old) for r in db.execute(_EVENTS_OF.format(marks(p)), list(p))})
        others = sorted(
            {r[0] for p in chunks(events_hit) for r in db.execute(_MEMBERS_OF.format(marks(p)), list(p))} - set(old)
        )
        for part in chunks(events_hit):
            for table, column in (("estimates", "event_id"), ("event_mentions", "event_id")):
                db.execute(f"DELETE FROM {table} WHERE {column} IN ({marks(part)})", list(part))
            db.execute(f"UPDATE claims SET event_id = NULL WHERE event_id IN ({marks(part)})", list(part))
            db.execute(f"DELETE FROM events WHERE id IN ({marks(part)})", list(part))
        for part in chunks(old):
            for table in ("claims", "block_keys"):
                db.execute(f"DELETE FROM {table} WHERE mention_id IN ({marks(part)})", list(part))
            db.execute(f"DELETE FROM mentions WHERE id IN ({marks(part)})", list(part))
        db.execute("DELETE FROM places WHERE article_id = ?", [aid])
        when = published or article.published
        source = "option" if published else (article.published_source if article.published else None)
        db.execute(
            "UPDATE articles SET published = ?, published_source = ?, pipeline = ? WHERE id = ?",
            [when.isoformat() if when else None, source, key, aid],
        )
        rows, claims = event_rows(aid, events)
        db.table("mentions").insert_all(rows)
        db.table("claims").insert_all(claims)
        db.table("places").insert_all(place_rows(aid, places))
        db.table("block_keys").insert_all(k for row in rows for k in merging.key_rows(row))
        removed = [actor for row in old_rows for actor in stored_actor_rows(row)]
        count_actors(db, [actor for e in events for actor in actor_rows(e)], removed)
        merging.remerge(db, sorted([r["id"] for r in rows] + others))
    return len(rows)


_EVENTS_OF = "SELECT DISTINCT event_id FROM event_mentions WHERE mention_id IN ({})"
_MEMBERS_OF = "SELECT mention_id FROM event_mentions WHERE event_id IN ({})"
