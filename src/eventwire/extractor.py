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
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from types import TracebackType

from spacy.tokens import Doc

from .extract.acled import load_acled_coder
from .extract.dates import stated_publication
from .extract.event_dates import report_days, with_report_day
from .extract.events import ArticleContext, extract_mentions
from .extract.prefilter import EventCues, Prefilter
from .extract.victims import load_casualty_words
from .geoparse import Geoparser, debris_ranges
from .merge.document import SPEECH_TYPES, merge_document
from .nlp.doctext import doc_text
from .nlp.pipeline import PipelineConfig, lemma_exceptions
from .records import Article, Event, EventMention, PlaceMention
from .timing import Stopwatch

REPORTABLE_CONFIDENCE = 0.5
"""The floor of an event coded between parties. Fitted on the dev gold (tests/gold/README.md): the
dev events below 0.5 were all wrong at dyad level (one-sided events whose actor is a pronoun,
plans of a pronoun); see `mention_confidence` in extract/events.py."""
INCIDENT_CONFIDENCE = 0.3
"""The floor of an incident of type OTHER (an accident, a disaster), which names no parties: its
confidence starts where a partyless mention's does (0.4, less a derived pattern's doubt)."""
SIDELESS_CONFIDENCE = 0.3  # at most, for violence reportable only by its victims, place or day


def reportable(event: Event) -> bool:
    """An event names at least one party we can place (a country or a named organisation), or is
    one-sided violence with its victims, place or day stated (`one_sided_violence`).

    "Officials met on Tuesday" with nobody resolvable is noise for a researcher; incidents of
    type OTHER (accidents, disasters) need no parties.
    """
    return placed_reportable(event) or (event.status != "negated" and one_sided_violence(event))


def placed_reportable(event: Event) -> bool:
    """An event with a party we can place and the confidence of one (`REPORTABLE_CONFIDENCE`), a
    statement with its speaker, or an incident of type OTHER (see `reportable`)."""
    if event.status == "negated":
        return False  # "police did not arrest anyone" is not an event to code
    if event.type == "OTHER":
        return event.confidence >= INCIDENT_CONFIDENCE
    if event.confidence < REPORTABLE_CONFIDENCE:
        return False
    if event.type in SPEECH_TYPES and event.actor is None:
        # A statement is its speaker's: "the former mayor is accused of taking bribes" names no
        # accuser (a charge is the police's, coded as such), "demands were made" nobody's demand.
        return False
    if event.status in ("planned", "conditional"):
        # A plan needs a planner: "attacks were planned on US targets" by nobody known is noise.
        actor = event.actor
        return actor is not None and bool(actor.country or actor.kind == "organisation")
    return any(p is not None and (p.country or p.kind == "organisation") for p in (event.actor, event.target))


COUNTED_KINDS = frozenset({"killed", "injured", "arrested", "participants"})
UNHAPPENED = frozenset({"negated", "planned", "conditional", "threatened"})
"""Statuses of acts that did not happen: no incident to record ("Russia said it would respond
militarily if Finland joined NATO"). A denied act stays: the report tells the claim and its denial."""
VICTIM_KINDS = frozenset({"killed", "injured"})


def one_sided_violence(event: Event) -> bool:
    """A violent event that happened and is checkable without a placed party.

    "A man was shot on Elm Street on Monday": the shooter is unknown and the victim is nobody a
    dictionary can place, yet the incident is a fact a researcher counts (the Gun Violence
    Archive, ACLED's attacks by unidentified groups). It is reportable when it counts its victims,
    or, done with a weapon (casualty_words.json `weapon_modes`), names the place it happened or
    states the day, whatever its parties; plans, threats and denials are not.
    """
    if event.type != "ASSAULT" or event.status in ("planned", "conditional", "threatened", "denied"):
        return False
    if any(q.kind in VICTIM_KINDS and q.value is not None for q in event.quantities):
        return True
    if event.mode not in load_casualty_words().weapon_modes:
        return False  # "the party was targeted", "isn't afraid to fight one"
    day = event.date is not None and not event.date.default and event.date.precision == "day"
    return event.location is not None or day


def with_doubt(event: Event) -> Event:
    """A violent event reportable only as one-sided keeps at most SIDELESS_CONFIDENCE: beside an
    event with placed parties ("rioters clashed" in a report of a demonstration) it is the less
    checkable reading."""
    if event.confidence <= SIDELESS_CONFIDENCE or placed_reportable(event):
        return event
    return replace(event, confidence=SIDELESS_CONFIDENCE)


def unidentified_incidents(
    doc_id: str, mentions: list[EventMention], min_confidence: float, reported: list[Event]
) -> list[Event]:
    """ACLED incidents whose sides the report does not place ("gunmen opened fire on a bus").

    ACLED records such incidents with an unidentified armed group as actor. In a report that
    names no placeable party they are its events. Beside named parties' events a sideless mention
    ("the attack") mostly refers to one of theirs, so there it counts only when none of theirs is
    an incident and it has its own dead, wounded, arrested or crowd ("three suicide bombers killed 19
    people", "hundreds of women marched").
    """
    coder = load_acled_coder()
    if any(coder.is_incident(e.acled) for e in reported):
        return []
    standalone = [replace(m, anaphoric=False) if m.anaphoric and m.trigger else m for m in mentions]
    found = [
        e
        for e in merge_document(doc_id, standalone)
        if e.confidence >= min_confidence and e.status not in UNHAPPENED and coder.is_incident(e.acled)
        and not any(_same(e, r) for r in reported)
    ]  # fmt: skip
    if reported:
        found = [e for e in found if any(q.kind in COUNTED_KINDS for q in e.quantities)]
    return found


def _same(event: Event, other: Event) -> bool:
    """One event found twice: the same type stated by one of the same sentences."""
    starts = {ev.start for ev in other.evidence}
    return event.type == other.type and any(ev.start in starts for ev in event.evidence)


def sideless_violence(merged: list[Event], reported: list[Event]) -> list[Event]:
    """The one-sided violence of a report (`one_sided_violence`) that no reported event already
    states, with the confidence of a sideless reading (`with_doubt`)."""
    found: list[Event] = []
    for event in merged:
        if placed_reportable(event) or event.status == "negated" or not one_sided_violence(event):
            continue
        if not any(_same(event, r) for r in reported + found):
            found.append(with_doubt(event))
    return found


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
                merged = [e for e in merge_document(article.doc, mentions) if e.confidence >= self.min_confidence]
                events = [e for e in merged if placed_reportable(e)]
                events += unidentified_incidents(article.doc, mentions, self.min_confidence, events)
                events += sideless_violence(merged, events)
                published_on = ctx.published or stated_publication(doc_text(doc))
                events = with_report_day(events, report_days(doc, published_on, ctx.debris))
            yield ArticleEvents(article, events, places)
