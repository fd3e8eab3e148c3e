"""The lookup lemmatizer gives the model's own rule lemmatizer's lemmas, token by token."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.pipeline import Lemmatizer

from eventwire.nlp.lemmas import COMPONENT, LookupLemmatizer, swap_lemmatizer
from eventwire.nlp.pipeline import DEFAULT_MODEL, build_pipeline, lemma_exceptions, load_model

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "geowebnews-dev"
# Sentences written here: irregular verbs and nouns, the same form as noun and verb, base forms
# whose lemma is the lower-cased form, and forms the attribute ruler already lemmatises.
SENTENCES = [
    "Gunmen shot two men; the shot men were taken to hospitals, and the shooter fled.",
    "She left the meeting, and the left wing of the party was left out of the talks.",
    "The Rebels Were Seized By Troops Who Had Been Fighting Since Mice Ran.",
    "Protesters are marching; they have marched before and will march again.",
    "Children's lives, geese and oxen: the wolves' dens were better than the best.",
]


def _lemmas(nlp: Language, texts: list[str]) -> list[tuple[str, str, str]]:
    return [(t.text, t.pos_, t.lemma_) for doc in nlp.pipe(texts) for t in doc]


@pytest.fixture(scope="module")
def both() -> tuple[Language, Language]:
    original, swapped = load_model(DEFAULT_MODEL), load_model(DEFAULT_MODEL)
    assert swap_lemmatizer(swapped)
    return original, swapped


def test_the_swap_keeps_the_component_name_position_and_tables(both: tuple[Language, Language]) -> None:
    original, swapped = both
    assert swapped.pipe_names == original.pipe_names
    assert isinstance(swapped.get_pipe(COMPONENT), LookupLemmatizer)
    assert lemma_exceptions(swapped) == lemma_exceptions(original)
    assert lemma_exceptions(swapped)["verb"]["shot"] == ["shoot"]


def test_hand_written_sentences_get_the_same_lemmas(both: tuple[Language, Language]) -> None:
    original, swapped = both
    ours = _lemmas(swapped, SENTENCES)
    assert ours == _lemmas(original, SENTENCES)
    lemmas = {(text, pos): lemma for text, pos, lemma in ours}
    assert lemmas[("shot", "VERB")] == "shoot" and lemmas[("wolves", "NOUN")] == "wolf"
    assert lemmas[("were", "AUX")] == "be"  # set by the attribute ruler, kept


@pytest.mark.shared
def test_real_articles_get_the_same_lemmas(both: tuple[Language, Language]) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[12:24]]
    original, swapped = both
    theirs = _lemmas(original, texts)
    assert len(theirs) > 3000
    assert _lemmas(swapped, texts) == theirs
    assert _lemmas(swapped, texts) == theirs  # answered from the memo the second time


def test_the_built_pipeline_lemmatises_by_lookup() -> None:
    nlp = build_pipeline()
    assert isinstance(nlp.get_pipe(COMPONENT), LookupLemmatizer)
    doc = nlp("Officers arrested three protesters who were carrying knives.")
    assert [t.lemma_ for t in doc if t.pos_ in {"VERB", "NOUN"}] == ["officer", "arrest", "protester", "carry", "knife"]


def test_an_overwriting_lemmatizer_keeps_the_model_component() -> None:
    nlp = load_model(DEFAULT_MODEL)
    nlp.get_pipe(COMPONENT).overwrite = True  # type: ignore[attr-defined]
    assert not swap_lemmatizer(nlp)
    assert isinstance(nlp.get_pipe(COMPONENT), Lemmatizer)


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("The army retook the town on Sunday.", "retook", "retake"),
        ("Rebels overran the base before dawn.", "overran", "overrun"),
        ("Troops had retaken the airport by noon.", "retaken", "retake"),
    ],
)
def test_a_prefixed_irregular_verb_takes_its_bases_lemma(
    both: tuple[Language, Language], text: str, form: str, lemma: str
) -> None:
    _, swapped = both
    token = next(t for t in swapped(text) if t.lower_ == form)
    assert token.lemma_ == lemma


def test_a_regular_prefixed_verb_and_other_words_keep_the_models_lemma(both: tuple[Language, Language]) -> None:
    original, swapped = both
    text = "They rebuilt the wall, renamed the street and reported that the overseer was upset."
    assert _lemmas(swapped, [text]) == _lemmas(original, [text])
