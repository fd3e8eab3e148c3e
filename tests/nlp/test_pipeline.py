"""The spaCy pipeline: sentence guard, entity ruler patterns and their data files."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.errors import DataFileError, ModelNotFound
from eventwire.nlp import organisations as organisations_module
from eventwire.nlp.organisations import organisation_names
from eventwire.nlp.pipeline import load_model, shape_patterns
from eventwire.nlp.sentences import load_boundary_rules


def _sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. military said on Jan. 8 that two bases were hit.",
        "Maj. Gen. Qassem Soleimani was killed by a U.S. drone strike near the airport.",
        "Lt. Col. Smith told Gen. Jones the convoy left on Sept. 3 at 4 p.m. local time.",
        "U.S. and U.K. forces left the base on Dec. 1 with Dr. Brown.",
    ],
)
def test_no_sentence_break_after_titles_months_and_country_abbreviations(nlp: Language, text: str) -> None:
    assert _sentences(nlp, text) == [text]


def test_sentence_breaks_after_us_when_a_new_sentence_opens(nlp: Language) -> None:
    text = "Troops were flown back to the U.S. The president said more would follow."
    assert _sentences(nlp, text) == [
        "Troops were flown back to the U.S.",
        "The president said more would follow.",
    ]


def test_every_line_starts_a_sentence(nlp: Language) -> None:
    text = "Iran fires missiles at US bases in Iraq\nThe attack came hours after the funeral."
    assert _sentences(nlp, text) == [
        "Iran fires missiles at US bases in Iraq",
        "The attack came hours after the funeral.",
    ]


def test_organisation_ruler_labels_nato_and_irgc(nlp: Language) -> None:
    doc = nlp("A Nato official said the IRGC fired the rockets.")
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels.get("Nato") == "ORG"
    assert labels.get("IRGC") == "ORG"


def test_gazetteer_names_become_entities_the_model_misses(nlp: Language) -> None:
    doc = nlp("Clashes were reported in Duhok and around Kerman overnight.")
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels.get("Duhok") in {"GPE", "LOC"}
    assert labels.get("Kerman") in {"GPE", "LOC", "NORP", "ORG", "PERSON"}


def test_boundary_rules_file_loads_and_is_validated() -> None:
    rules = load_boundary_rules()
    assert "Gen." in rules.no_break_after and "Jan." in rules.no_break_after
    assert "U.S." in rules.conditional_break_after
    assert "The" in rules.sentence_openers


def test_organisation_names_load_with_short_all_caps_aliases_dropped() -> None:
    texts = organisation_names()
    aliases = set(texts)
    assert texts["Wagner"] == "Wagner Group"
    assert {"NATO", "Nato", "IRGC", "Hezbollah"} <= aliases
    assert "IS" not in aliases  # would tag the word "IS" typed in capitals


def test_shape_patterns_are_token_patterns_with_known_labels() -> None:
    patterns = shape_patterns()
    assert patterns and all(p["label"] == "FAC" and isinstance(p["pattern"], list) for p in patterns)


def test_malformed_organisation_record_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(organisations_module, "read_jsonl", lambda name: [{"name": "X", "aliases": []}])
    organisation_names.cache_clear()
    try:
        with pytest.raises(DataFileError):
            organisation_names()
    finally:
        organisation_names.cache_clear()


def test_unknown_model_raises_model_not_found() -> None:
    with pytest.raises(ModelNotFound):
        load_model("no_such_spacy_pipeline_xyz")


def test_a_known_organisation_wins_over_the_models_smaller_entity(nlp: Language) -> None:
    # The model tags "Islamic" alone as NORP, which hid the group from the organisation patterns.
    ents = [(e.text, e.label_) for e in nlp("Rebels seized the town from the Islamic State.").ents]
    assert ("Islamic State", "ORG") in ents, ents


def test_a_known_organisation_wins_over_the_models_place_of_the_same_words(nlp: Language) -> None:
    ents = [(e.text, e.label_) for e in nlp("The army recaptured the town from Wagner fighters.").ents]
    assert ("Wagner", "ORG") in ents, ents


def test_a_longer_name_of_the_model_holding_an_organisations_name_stands(nlp: Language) -> None:
    ents = [(e.text, e.label_) for e in nlp("Ben Wagner will be in the radio booth on Thursday.").ents]
    assert ("Ben Wagner", "PERSON") in ents, ents
