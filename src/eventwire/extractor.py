"""Library API for event extraction: articles in, document-level events out.

    from eventwire.extractor import Extractor
    with Extractor.open() as ex:
        for article, events in ex.extract(articles, published=date(2020, 1, 8)):
            print([e.to_dict() for e in events])

One spaCy parse per article serves places and events alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType

from .extract.events import ArticleContext, extract_mentions
from .geoparse import Geoparser, debris_ranges
from .merge.document import merge_document
from .nlp.pipeline import PipelineConfig
from .records import Article, Event


def reportable(event: Event) -> bool:
    """An event names at least one party we can place (a country or a named organisation).

    "Officials met on Tuesday" with nobody resolvable is noise for a researcher; incidents of
    type OTHER (accidents, disasters) need no parties.
    """
    if event.status == "negated":
        return False  # "police did not arrest anyone" is not an event to code
    if event.type == "OTHER":
        return True
    if event.status in ("planned", "conditional"):
        # A plan needs a planner: "attacks were planned on US targets" by nobody known is noise.
        actor = event.actor
        return actor is not None and bool(actor.country or actor.kind == "organisation")
    return any(p is not None and (p.country or p.kind == "organisation") for p in (event.actor, event.target))


@dataclass(slots=True)
class Extractor:
    """A loaded geoparser (pipeline + gazetteer) that also extracts events."""

    geo: Geoparser
    min_confidence: float = 0.0

    @classmethod
    def open(
        cls,
        config: PipelineConfig | None = None,
        gazetteer_path: Path | None = None,
        min_confidence: float = 0.0,
    ) -> Extractor:
        """Load the pipeline and the gazetteer once."""
        return cls(Geoparser.open(config, gazetteer_path), min_confidence)

    def close(self) -> None:
        """Release the gazetteer."""
        self.geo.close()

    def __enter__(self) -> Extractor:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _capital_country(self, name: str) -> str | None:
        for entry in self.geo.gazetteer.lookup(name):
            if entry.kind == "city" and entry.feature == "PPLC":
                return entry.country
        return None

    def extract(
        self, articles: Iterable[Article], published: date | None = None
    ) -> Iterator[tuple[Article, list[Event]]]:
        """Events of each article; `published` overrides the articles' own publication dates."""
        gaz = self.geo.gazetteer
        for article, doc, places in self.geo.parsed(articles):
            ctx = ArticleContext(
                debris=debris_ranges(article.text),
                doc_id=article.doc,
                published=published or article.published,
                places=places,
                demonym=gaz.demonym,
                capital_country=self._capital_country,
            )
            mentions = extract_mentions(doc, ctx)
            events = [
                e for e in merge_document(article.doc, mentions)
                if e.confidence >= self.min_confidence and reportable(e)
            ]  # fmt: skip
            yield article, events
