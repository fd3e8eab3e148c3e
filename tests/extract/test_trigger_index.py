"""The trigger index: the lexicon's records compiled into spaCy PhraseMatchers, once per vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.extract import triggers
from eventwire.extract.lexicon import load_triggers
from eventwire.extract.triggers import OBLIGATION_CLAUSE, candidate_tokens, find_triggers, trigger_index

GWN_DIR = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "geowebnews-dev"


def test_the_index_is_compiled_once_per_vocabulary(nlp: Language) -> None:
    lexicon = load_triggers()
    assert trigger_index(lexicon, nlp.vocab) is trigger_index(lexicon, nlp.vocab)


def test_candidates_are_words_the_lexicon_names(nlp: Language) -> None:
    sent = next(iter(nlp("Riot police arrested three students in Dhaka on Friday.").sents))
    assert "arrested" in [t.text for t in candidate_tokens(sent, load_triggers())]
    quiet = next(iter(nlp("The weather was mild and sunny on Sunday.").sents))
    assert candidate_tokens(quiet, load_triggers()) == []


def test_a_capitalised_headline_word_is_a_candidate(nlp: Language) -> None:
    sent = next(iter(nlp("Protesters Clash With Police In Nairobi").sents))
    assert [m.token.text for m in find_triggers(sent, load_triggers()) if m.trigger.type == "PROTEST"]


def test_the_cue_word_of_a_construction_makes_its_verb_a_candidate(nlp: Language) -> None:
    sent = next(iter(nlp("The EU said Britain must settle its bills before leaving.").sents))
    coded = [m for m in find_triggers(sent, load_triggers()) if m.trigger.construction == OBLIGATION_CLAUSE]
    assert [m.token.text for m in coded] == ["settle"]


@pytest.mark.parametrize("name", ["gwn-000.txt", "gwn-002.txt", "gwn-004.txt"])
def test_the_index_finds_what_a_look_at_every_token_finds(
    nlp: Language, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = nlp((GWN_DIR / name).read_text(encoding="utf-8"))
    lexicon = load_triggers()

    def coded() -> list[tuple[int, str, str | None]]:
        return [(m.token.i, m.trigger.id, m.mode) for s in doc.sents for m in find_triggers(s, lexicon)]

    indexed = coded()
    monkeypatch.setattr(triggers, "candidate_tokens", lambda sent, _lexicon: list(sent))
    assert indexed and indexed == coded()


@pytest.mark.parametrize(
    "text",
    [
        "The attack, which took place on the night of 6 March, killed 12 people.",
        "March 6 marked a year since the coup in Niamey.",
    ],
)
def test_a_month_the_tagger_missed_is_no_march(nlp: Language, text: str) -> None:
    sent = next(iter(nlp(text).sents))
    assert not [m for m in find_triggers(sent, load_triggers()) if m.trigger.type == "PROTEST"]


def test_a_march_in_the_street_is_a_protest(nlp: Language) -> None:
    sent = next(iter(nlp("Thousands joined a march in Nairobi on Sunday.").sents))
    assert [m.token.text for m in find_triggers(sent, load_triggers()) if m.trigger.type == "PROTEST"] == ["march"]
