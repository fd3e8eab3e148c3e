"""The lookup attribute ruler gives the model's own attribute ruler's annotations, token by token."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from eventwire.nlp.attributes import COMPONENT, LookupAttributeRuler, UnsupportedRule, swap_attribute_ruler, token_test
from eventwire.nlp.pipeline import DEFAULT_MODEL, load_model

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "geowebnews-dev"
# Sentences written here for the rules over two tokens and the REGEX ones of the English models.
SENTENCES = [
    "There are three suspects, and there is no witness.",
    "Y'all gon na hear it: we got ta leave, let's go.",
    "It ain't over, nothin' is decided, c'mon.",
    "The mayor said she was gonna resign on Friday.",
]


def _annotations(nlp: Language, texts: list[str]) -> list[tuple[str, str, str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for doc in nlp.pipe(texts) for t in doc]


@pytest.fixture(scope="module")
def both() -> tuple[Language, Language]:
    original, swapped = load_model(DEFAULT_MODEL), load_model(DEFAULT_MODEL)
    assert swap_attribute_ruler(swapped)
    return original, swapped


def test_the_swap_keeps_the_component_name_and_position(both: tuple[Language, Language]) -> None:
    original, swapped = both
    assert swapped.pipe_names == original.pipe_names
    assert isinstance(swapped.get_pipe(COMPONENT), LookupAttributeRuler)
    assert isinstance(original.get_pipe(COMPONENT), AttributeRuler)


def test_hand_written_sentences_get_the_same_tags_lemmas_and_morphology(both: tuple[Language, Language]) -> None:
    original, swapped = both
    ours = _annotations(swapped, SENTENCES)
    assert ours == _annotations(original, SENTENCES)
    lemmas = {text: lemma for text, _tag, _pos, _morph, lemma, _dep in ours}
    assert (
        lemmas["gon"] == "go" and lemmas["ai"] == "be" and lemmas["nothin'"] == "nothing"
    )  # two-token and REGEX rules


@pytest.mark.shared
def test_real_articles_get_the_same_annotations(both: tuple[Language, Language]) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:12]]
    original, swapped = both
    theirs = _annotations(original, texts)
    assert len(theirs) > 3000
    assert _annotations(swapped, texts) == theirs


def test_token_tests_read_values_in_not_in_regex_and_space() -> None:
    key = ("VBZ", "is", "ROOT", False)
    assert token_test({"TAG": "VBZ", "LOWER": {"IN": ["is", "are"]}})(key)
    assert not token_test({"DEP": {"NOT_IN": ["ROOT"]}})(key)
    assert token_test({"LOWER": {"REGEX": "^i"}, "IS_SPACE": False})(key)
    with pytest.raises(UnsupportedRule):
        token_test({"ORTH": "is"})
    with pytest.raises(UnsupportedRule):
        token_test({"LOWER": {"FUZZY": "is"}})


def test_a_rule_the_lookup_cannot_answer_keeps_the_model_component() -> None:
    nlp = load_model(DEFAULT_MODEL)
    nlp.get_pipe(COMPONENT).add([[{"LENGTH": 3}]], {"LEMMA": "three"})  # type: ignore[attr-defined]
    assert not swap_attribute_ruler(nlp)
    assert isinstance(nlp.get_pipe(COMPONENT), AttributeRuler)
