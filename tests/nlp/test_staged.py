"""Two-stage pipeline: entities over the whole text, the parse only over selected sentences."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.nlp.staged import StagedPipeline, StagingError, _merged

SEED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seed" / "000_773db53a13bc0aed.txt"

TEXT = (
    "Iran fired missiles at US bases in Iraq on Wednesday. "
    "The weather in Tehran was mild and dry. "
    "Thousands of protesters marched in Baghdad."
)


def _staged_doc(nlp: Language, text: str, chosen: set[int] | None) -> Doc:
    def select(doc: Doc, _context: None) -> list[tuple[int, int]]:
        assert chosen is not None
        return [(s.start, s.end) for i, s in enumerate(doc.sents) if i in chosen]

    ((doc, _),) = list(StagedPipeline(nlp).pipe([(text, None)], select if chosen is not None else None))
    return doc


def test_selected_sentences_get_the_same_parse_as_the_full_pipeline(nlp: Language) -> None:
    doc, full = _staged_doc(nlp, TEXT, {0, 2}), nlp(TEXT)
    for index in (0, 2):
        ours, theirs = list(doc.sents)[index], list(full.sents)[index]
        assert [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_) for t in ours] == [
            (t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_) for t in theirs
        ]


def test_sentences_left_out_get_a_flat_tree_and_no_tags(nlp: Language) -> None:
    doc = _staged_doc(nlp, TEXT, {0, 2})
    weather = list(doc.sents)[1]
    assert weather.text.startswith("The weather")
    assert weather.root.i == weather.start and weather.root.dep_ == "ROOT"
    assert all(t.head.i == weather.start for t in weather)
    assert {t.pos_ for t in weather} == {""}
    assert [t.lemma_ for t in weather] == [t.lower_ for t in weather]


def test_entities_and_sentences_without_any_parse(nlp: Language) -> None:
    doc = _staged_doc(nlp, TEXT, None)
    assert [s.text.split()[0] for s in doc.sents] == ["Iran", "The", "Thousands"]
    assert {e.text for e in doc.ents} >= {"Iran", "US", "Iraq", "Tehran", "Baghdad", "Wednesday"}
    assert {t.pos_ for t in doc} == {""}


@pytest.mark.shared
def test_entities_of_a_real_article_match_the_full_pipeline(nlp: Language) -> None:
    text = SEED.read_text(encoding="utf-8")
    doc, full = _staged_doc(nlp, text, None), nlp(text)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.end_char, e.label_) for e in full.ents
    ]


def test_batches_keep_input_order_and_contexts(nlp: Language) -> None:
    texts = [f"Police arrested {n} men in Lagos." for n in range(70)]  # more than two batches
    staged = StagedPipeline(nlp, batch_size=32)
    out = list(staged.pipe(((t, i) for i, t in enumerate(texts)), lambda doc, _i: [(0, len(doc))]))
    assert [i for _, i in out] == list(range(70))
    assert [doc.text for doc, _ in out] == texts
    assert all(doc[1].lemma_ == "arrest" for doc, _ in out)


def test_a_pipeline_without_a_sentence_recogniser_cannot_be_staged() -> None:
    with pytest.raises(StagingError, match="senter"):
        StagedPipeline(spacy.blank("en"))


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=12))
def test_merged_ranges_are_sorted_disjoint_and_cover_the_same_tokens(ranges: list[tuple[int, int]]) -> None:
    merged = _merged(ranges)
    covered = {i for start, end in ranges for i in range(start, end)}
    assert {i for start, end in merged for i in range(start, end)} == covered
    assert all(start < end for start, end in merged)
    assert all(a_end < b_start for (_, a_end), (b_start, _) in pairwise(merged))
