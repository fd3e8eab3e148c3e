"""Library API for event extraction: articles in, document-level events out.

    from eventwire.extractor import Extractor
    with Extractor.open() as ex:
        for article, events in ex.extract(articles, published=date(2020, 1, 8)):
            print([e.to_dict() for e in events])

One pipeline run per article serves places and events alike; only the sentences that can hold
an event get the dependency parse (`extract.prefilter`), unless the config asks for the full parse.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import TracebackType

from spacy.tokens import Doc

from .extract.events import ArticleContext, extract_mentions
from .extract.prefilter import EventCues, Prefilter
from .geoparse import Geoparser, debris_ranges
from .merge.document import merge_document
from .nlp.pipeline import PipelineConfig, lemma_exceptions
from .records import Article, Event, PlaceMention
from .timing import Stopwatch

REPORTABLE_CONFIDENCE = 0.3  # below it, one-sided events of derived patterns (extract/events.py)


def reportable(event: Event) -> bool:
    """An event names at least one party we can place (a country or a named organisation).

    "Officials met on Tuesday" with nobody resolvable is noise for a researcher; incidents of
    type OTHER (accidents, disasters) need no parties.
    """
    if event.status == "negated":
        return False  # "police did not arrest anyone" is not an event to code
    if event.confidence < REPORTABLE_CONFIDENCE:
        return False
    if event.type == "OTHER":
        return True
    if event.status in ("planned", "conditional"):
        # A plan needs a planner: "attacks were planned on US targets" by nobody known is noise.
        actor = event.actor
        return actor is not None and bool(actor.country or actor.kind == "organisation")
    return any(p is not None and (p.country or p.kind == "organisation") for p in (event.actor, event.target))


@dataclass(slots=True)
class ArticleEvents:
    """What extraction found in one article: its reportable events and its resolved places."""

    article: Article
    events: list[Event]
    places: list[PlaceMention]


@dataclass(slots=True)
class Extractor:
    """A loaded geoparser (pipeline + gazetteer) that also extracts events."""

    geo: Geoparser
    min_confidence: float = 0.0
    _prefilter: Prefilter | None = field(default=None, init=False, repr=False)

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

    @property
    def prefilter(self) -> Prefilter:
        """The candidate-sentence prefilter, built from the lexicons and the model on first use."""
        if self._prefilter is None:
            self._prefilter = Prefilter(EventCues.from_lexicons(lemma_exceptions(self.geo.nlp)))
        return self._prefilter

    def extract(
        self, articles: Iterable[Article], published: date | None = None
    ) -> Iterator[tuple[Article, list[Event]]]:
        """Events of each article; `published` overrides the articles' own publication dates."""
        for found in self.code(articles, published):
            yield found.article, found.events

    def code(
        self, articles: Iterable[Article], published: date | None = None, watch: Stopwatch | None = None
    ) -> Iterator[ArticleEvents]:
        """Events and places of each article, in input order; `watch` collects seconds per stage."""
        watch = watch or Stopwatch()
        gaz = self.geo.gazetteer
        debris: dict[int, list[tuple[int, int]]] = {}  # page debris by id of the docs in flight
        prefilter = self.prefilter

        def page_debris(doc: Doc, article: Article) -> list[tuple[int, int]]:
            found = debris.pop(id(doc), None)
            if found is None:
                with watch("clean"):
                    found = debris_ranges(article.text)
            return found

        def parse(doc: Doc, article: Article) -> list[tuple[int, int]]:
            debris[id(doc)] = page_debris(doc, article)
            return prefilter.regions(doc, debris[id(doc)])

        for article, doc, places in self.geo.parsed(articles, parse, watch):
            with watch("extract"):
                ctx = ArticleContext(
                    debris=page_debris(doc, article),
                    doc_id=article.doc,
                    published=published or article.published,
                    places=places,
                    demonym=gaz.demonym,
                    capital_country=self._capital_country,
                )
                mentions = extract_mentions(doc, ctx)
            with watch("merge"):
                events = [
                    e for e in merge_document(article.doc, mentions)
                    if e.confidence >= self.min_confidence and reportable(e)
                ]  # fmt: skip
            yield ArticleEvents(article, events, places)
