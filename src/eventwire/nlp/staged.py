"""Run the pipeline in two stages: entities everywhere, the dependency parse only where needed.

Stage one runs on every text: tokenizer, sentence guard, the model's small sentence recogniser
(`senter`), NER and the entity rulers. Places and actors need entities over the whole text.
Stage two (tok2vec, tagger, parser, attribute ruler, lemmatizer) runs only on the token ranges a
`select` callback returns -- runs of sentences that can hold an event -- each parsed as a doc of
its own, and its annotations are copied back. Sentences left out get a flat tree (their first
token is the root), so `doc.sents` still follows the sentence recogniser there, and their lemma
is the lower-cased form. Half the text is typically left out, and the parse is most of the cost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import EventwireError
from ..timing import Stopwatch

T = TypeVar("T")
Region = tuple[int, int]
Select = Callable[[Doc, T], Sequence[Region]]

SENTER = "senter"
SECOND_STAGE = ("tok2vec", "tagger", "eventwire_sentence_guard", "parser", "attribute_ruler", "lemmatizer")
_COPIED: list[str | int] = ["TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP"]  # column order of the arrays below


class StagingError(EventwireError):
    """The spaCy pipeline lacks what two-stage parsing needs (a sentence recogniser)."""


def _run(nlp: Language, names: Sequence[str], docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    for name in names:
        proc = nlp.get_pipe(name)
        pipe = getattr(proc, "pipe", None)
        docs = pipe(docs, batch_size=batch_size) if pipe is not None else map(proc, docs)
    return iter(docs)


@dataclass(slots=True)
class StagedPipeline:
    """A built eventwire pipeline, run in two stages (see the module docstring)."""

    nlp: Language
    batch_size: int = 32  # texts read per round, and parsed parts per model call
    # Whole texts per call of the entity recogniser: on news articles 8-16 ran about 5 % faster
    # than 32 and 10 % faster than 64 (larger batches make its arrays outgrow the CPU caches).
    entity_batch_size: int = 16
    first: tuple[str, ...] = field(init=False)
    second: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        names = self.nlp.component_names
        if SENTER not in names:
            raise StagingError(f"the pipeline has no {SENTER!r} component; run it with the full parse instead")
        second = [n for n in SECOND_STAGE if n in names]
        if "parser" not in second:
            raise StagingError("the pipeline has no parser; run it with the full parse instead")
        first = ["eventwire_sentence_guard", SENTER] + [
            n for n in self.nlp.component_names if n not in SECOND_STAGE and n != SENTER
        ]
        self.first = tuple(n for n in first if n in names)
        self.second = tuple(second)

    def pipe(
        self,
        items: Iterable[tuple[str, T]],
        select: Select[T] | None = None,
        watch: Stopwatch | None = None,
    ) -> Iterator[tuple[Doc, T]]:
        """Docs of (text, context) pairs in input order; `select` picks the token ranges to parse.

        Without `select` only stage one runs (entities and sentences, no parse).
        """
        watch = watch or Stopwatch()
        batch: list[tuple[str, T]] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield from self._batch(batch, select, watch)
                batch = []
        if batch:
            yield from self._batch(batch, select, watch)

    def _batch(self, batch: list[tuple[str, T]], select: Select[T] | None, watch: Stopwatch) -> Iterator[tuple[Doc, T]]:
        nlp = self.nlp
        with watch("entities"):
            docs = list(_run(nlp, self.first, (nlp.make_doc(text) for text, _ in batch), self.entity_batch_size))
        if select is None:
            yield from zip(docs, (context for _, context in batch), strict=True)
            return
        with watch("prefilter"):
            chosen = [_merged(select(doc, context)) for doc, (_, context) in zip(docs, batch, strict=True)]
        with watch("parse"):
            parts = [
                _part(doc, start, end) for doc, regions in zip(docs, chosen, strict=True) for start, end in regions
            ]
            parsed = iter(_run(nlp, self.second, parts, self.batch_size))
            for doc, regions in zip(docs, chosen, strict=True):
                _annotate(doc, regions, [next(parsed) for _ in regions])
        yield from zip(docs, (context for _, context in batch), strict=True)


def _merged(regions: Sequence[Region]) -> list[Region]:
    """Sorted, non-empty, non-overlapping ranges; touching ranges become one run."""
    out: list[Region] = []
    for start, end in sorted(r for r in regions if r[1] > r[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _part(doc: Doc, start: int, end: int) -> Doc:
    """Tokens start..end of `doc` as a doc of their own (same tokenisation, same vocab)."""
    tokens = doc[start:end]
    return Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])


def _annotate(doc: Doc, regions: Sequence[Region], parts: Sequence[Doc]) -> None:
    """Copy the parts' tags, lemmas and trees into `doc`; flat trees for the sentences left out."""
    n = len(doc)
    rows = numpy.zeros((n, len(_COPIED)), dtype="uint64")
    index = numpy.arange(n, dtype="int64")
    # A sentence starts at token 0 and wherever the recogniser put a start, as `doc.sents` reads it.
    starts = doc.to_array("SENT_START") == 1
    starts[:1] = True
    roots = numpy.maximum.accumulate(numpy.where(starts, index, 0))  # each token's sentence start
    rows[:, 3] = doc.to_array("LOWER")
    dep_root, dep_flat = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    rows[:, 5] = numpy.where(starts, dep_root, dep_flat)
    # HEAD is stored as an offset from the token; negative offsets wrap around in uint64.
    rows[:, 4] = (roots - index).astype("uint64")
    for (start, end), part in zip(regions, parts, strict=True):
        rows[start:end] = part.to_array(_COPIED)
    doc.from_array(_COPIED, rows)  # type: ignore[arg-type]  # thinc's Ints2d is a numpy uint64 array


def stage_names(nlp: Language) -> dict[str, Any]:
    """Which components each stage runs (for `eventwire bench` and debugging)."""
    staged = StagedPipeline(nlp)
    return {"every text": list(staged.first), "selected sentences": list(staged.second)}
