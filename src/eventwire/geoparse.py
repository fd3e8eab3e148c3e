"""Library API for place resolution: articles in, resolved place mentions out.

    from eventwire.geoparse import Geoparser
    with Geoparser.open() as geo:
        for article, places in geo.places(articles):
            ...

The spaCy pipeline and the gazetteer are loaded once, in `open`, never at import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from spacy.language import Language
from spacy.tokens import Doc

from .ingest.clean import clean
from .nlp.pipeline import PipelineConfig, build_pipeline
from .nlp.places import (
    candidate_cues,
    continent_demonym_mentions,
    demonym_mentions,
    modifier_demonyms,
    place_candidates,
)
from .nlp.staged import Select, StagedPipeline, StagingError
from .records import Article, PlaceMention
from .resolve.containers import container_mentions
from .resolve.focus import outlet_home
from .resolve.gazetteer import Gazetteer, normalise
from .resolve.name_rules import LOCAL_ORGANISATION, continent_of_demonym
from .resolve.places import demonym_places, propagate_names, resolve_places
from .timing import Stopwatch

BATCH_SIZE = 32
MAJOR_CITY = 1_000_000
MAX_REMEMBERED = 100_000  # answers kept by `Geoparser._remembered` before it starts afresh


@dataclass(slots=True)
class Geoparser:
    """A loaded pipeline and gazetteer that resolve the places of articles.

    By default the pipeline runs in two stages (`nlp.staged`): places need only entities, so
    `places` never runs the dependency parser, and `parsed` parses only what `parse` selects.
    `full_parse=True` runs every component over every text, as a bare `nlp.pipe` does.
    """

    nlp: Language
    gazetteer: Gazetteer
    include_demonyms: bool = False
    full_parse: bool = False
    # The gazetteer's second pass over names the model missed: towns after a preposition of
    # place, counties and towns inside local agencies' names. Off only to measure what it adds.
    second_pass: bool = True
    _staged: StagedPipeline | None = field(default=None, init=False, repr=False)
    # Answers of the name predicates below: the same capitalised words recur in every article.
    _answers: dict[tuple[str, str], bool] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def open(
        cls,
        config: PipelineConfig | None = None,
        gazetteer_path: Path | None = None,
        include_demonyms: bool = False,
    ) -> Geoparser:
        """Open (building if needed) the gazetteer and build the spaCy pipeline once."""
        config = config or PipelineConfig()
        gazetteer = Gazetteer.open(gazetteer_path)
        return cls(build_pipeline(config, gazetteer), gazetteer, include_demonyms, full_parse=config.full_parse)

    @property
    def staged(self) -> StagedPipeline | None:
        """The two-stage runner, or None when the full parse is asked for or the model can't stage."""
        if self.full_parse:
            return None
        if self._staged is None:
            try:
                self._staged = StagedPipeline(self.nlp, batch_size=BATCH_SIZE)
            except StagingError:
                self.full_parse = True
                return None
        return self._staged

    def close(self) -> None:
        """Release the gazetteer connection."""
        self.gazetteer.close()

    def __enter__(self) -> Geoparser:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def parsed(
        self,
        articles: Iterable[Article],
        parse: Select[Article] | None = None,
        watch: Stopwatch | None = None,
    ) -> Iterator[tuple[Article, Doc, list[PlaceMention]]]:
        """Run the pipeline over each article and resolve its places; input order, batched.

        `parse(doc, article)` returns the token ranges that need the dependency parse; without
        it nothing is parsed (entities and sentences only) unless `full_parse` is set. The
        pipeline sees the text as given: captions name real places ("Duhok, Iraq") and are
        reported as place mentions. `debris_ranges` tells event extraction what to skip.
        """
        watch = watch or Stopwatch()
        pairs = ((article.text, article) for article in articles)
        staged = self.staged
        if staged is None:
            docs = self._timed(self.nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE), watch)
        else:
            docs = staged.pipe(pairs, parse, watch)
        gaz = self.gazetteer
        for doc, article in docs:
            with watch("resolve"):
                demonyms = demonym_mentions(doc, self._is_demonym)
                local_names = self._is_local_name if self.second_pass else None
                candidates = place_candidates(doc, self._is_place_name, local_names)
                # "from Somali troops": a demonym that modifies a noun is its country's adjective,
                # not a place of that name (Ethiopia's Somali region) the model did not tag.
                adjectival = {d.start for d in modifier_demonyms(doc, demonyms, self._is_adjective)}
                candidates = [c for c in candidates if c.strong or c.start not in adjectival]
                cues = candidate_cues(doc, candidates, self._is_major_place)
                home = outlet_home(article.url, gaz.lookup)
                mentions = resolve_places(article.doc, candidates, demonyms, gaz, cues, home)
                blocked = [span for span, found in cues.items() if found - {LOCAL_ORGANISATION}]
                persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
                mentions = propagate_names(article.doc, article.text, mentions, blocked, gaz, persons)
                mentions = container_mentions(article.doc, article.text, mentions, gaz)
                if self.include_demonyms:
                    adjectives = sorted(demonyms + continent_demonym_mentions(doc), key=lambda d: d.start)
                    modifiers = modifier_demonyms(doc, adjectives, self._is_adjective)
                    found = demonym_places(article.doc, modifiers, gaz, mentions)
                    mentions = sorted(mentions + found, key=lambda m: m.start)
            yield article, doc, mentions

    @staticmethod
    def _timed(docs: Iterator[tuple[Doc, Article]], watch: Stopwatch) -> Iterator[tuple[Doc, Article]]:
        """Count the time spent inside the full pipeline as "parse"."""
        while True:
            with watch("parse"):
                item = next(docs, None)
            if item is None:
                return
            yield item

    def _remembered(self, question: str, text: str, answer: Callable[[str], bool]) -> bool:
        """`answer(text)`, asked once per process (the gazetteer does not change while it is open)."""
        key = (question, text)
        found = self._answers.get(key)
        if found is None:
            if len(self._answers) >= MAX_REMEMBERED:
                self._answers.clear()
            found = self._answers[key] = answer(text)
        return found

    def _is_demonym(self, word: str) -> bool:
        return self._remembered("demonym", word, lambda w: self.gazetteer.demonym(w) is not None)

    def _is_adjective(self, word: str) -> bool:
        """A country's demonym or a continent's adjective ("European")."""
        return self._is_demonym(word) or continent_of_demonym(word) is not None

    def _is_place_name(self, text: str) -> bool:
        """A name that is a place beyond doubt: a country, admin1 area, region or large city."""
        return self._remembered("place", text, self._place_name)

    def _place_name(self, text: str) -> bool:
        for entry in self.gazetteer.lookup(text):
            if entry.kind in ("country", "admin1", "region"):
                return True
            if entry.kind == "city" and entry.population >= 100_000 and not entry.alternate:
                return True
            if entry.kind == "city" and entry.population >= 100_000 and _city_short_form(text, entry.name):
                return True  # "Paranaque" for Paranaque City: the city's own name, not a translation
        return False

    def _is_major_place(self, text: str) -> bool:
        """A country, or a city of a million under its own name: not taken for a person's name."""
        return self._remembered("major", text, self._major_place)

    def _major_place(self, text: str) -> bool:
        for entry in self.gazetteer.lookup(text):
            if entry.kind == "country" or (
                entry.kind == "city" and entry.population >= MAJOR_CITY and not entry.alternate
            ):
                return True
        return False

    def _is_local_name(self, text: str) -> bool:
        """A name the gazetteer knows as a town or county under its own name (not a translation).

        Not a demonym: "in Canadian pension obligations" is no town in Texas.
        """
        return self._remembered("local", text, self._local_name)

    def _local_name(self, text: str) -> bool:
        if self._is_demonym(text):
            return False
        return any(entry.kind in ("city", "admin2") and not entry.alternate for entry in self.gazetteer.lookup(text))

    def places(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[PlaceMention]]]:
        """Resolve the place mentions of each article, in input order."""
        for article, _doc, mentions in self.parsed(articles):
            yield article, mentions


def _city_short_form(text: str, name: str) -> bool:
    """ "Quezon" of "Quezon City": a city's name without its "City" is the city's own name."""
    return normalise(name) == normalise(text) + " city"


def debris_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of page debris (captions, promos, bylines) in an article's text."""
    return [(start, end) for start, end, _rule in clean(text).removed]
