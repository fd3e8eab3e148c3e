"""The candidate-sentence prefilter: word forms, cue rules, context rules, and soundness on real text."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.extract.lexicon import load_triggers
from eventwire.extract.prefilter import EventCues, Prefilter, noun_forms, verb_forms
from eventwire.extract.quantities import CASUALTY_KINDS, sentence_quantities
from eventwire.extract.triggers import find_triggers
from eventwire.geoparse import debris_ranges
from eventwire.nlp.pipeline import lemma_exceptions
from eventwire.nlp.staged import StagedPipeline

GWN_DIR = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "geowebnews-dev"


@pytest.fixture(scope="module")
def prefilter(nlp: Language) -> Prefilter:
    return Prefilter(EventCues.from_lexicons(lemma_exceptions(nlp)))


@pytest.fixture(scope="module")
def segmented(nlp: Language) -> object:
    """Stage one only: sentences and entities, no parse (what the prefilter sees)."""
    staged = StagedPipeline(nlp)

    def run(text: str) -> Doc:
        ((doc, _),) = list(staged.pipe([(text, None)]))
        return doc

    return run


def _chosen(prefilter: Prefilter, doc: Doc, debris: list[tuple[int, int]] | None = None) -> list[str]:
    return [doc[start:end].text.strip() for start, end in prefilter.regions(doc, debris or [])]


@pytest.mark.parametrize(
    ("lemma", "form"),
    [
        ("target", "targeted"),
        ("target", "targeting"),
        ("target", "targets"),
        ("kidnap", "kidnapped"),
        ("shell", "shelled"),
        ("seize", "seized"),
        ("seize", "seizing"),
        ("carry", "carried"),
        ("carry", "carries"),
        ("die", "dying"),
        ("impose", "imposes"),
        ("push", "pushes"),
    ],
)
def test_verb_forms_cover_regular_inflections(lemma: str, form: str) -> None:
    assert form in verb_forms(lemma)


@pytest.mark.parametrize(("lemma", "form"), [("casualty", "casualties"), ("crash", "crashes"), ("attack", "attacks")])
def test_noun_forms_cover_regular_plurals(lemma: str, form: str) -> None:
    assert form in noun_forms(lemma)


def test_irregular_forms_come_from_the_lemmatizer_exceptions() -> None:
    cues = EventCues.from_lexicons({"verb": {"shot": ["shoot"], "fought": ["fight"]}})
    assert "shot" in cues.rules and "fought" in cues.rules
    assert "shot" not in EventCues.from_lexicons({}).rules


def test_every_trigger_lemma_has_cue_forms(prefilter: Prefilter) -> None:
    for trigger in load_triggers().triggers:
        for lemma in trigger.lemmas:
            assert lemma.lower() in prefilter.cues.rules, lemma


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        ("Protesters threw stones at police in Santiago.", True),
        ("She threw a birthday party for her sister.", False),  # "throw" needs a projectile
        ("The weather in Tehran was mild and dry.", False),
        ("Five bodies were found near the border.", True),  # a casualty noun with a count
        ("The body of the report is long.", False),  # the same noun, no count
        ("Minister Javad Zarif arrived in Geneva.", True),  # a titled person: actor context
        ("The minister arrived in Geneva.", False),
        ("Gunmen shot two guards outside the bank.", True),  # irregular form from the model
        ("A roadside bomb went off near the convoy.", True),  # "go" codes only with a bomb as subject
        ("The party went on late into the evening.", False),
        ("Her brother wrote for the Associated Press in London.", False),  # a name, not pressing anyone
        ("The fiscal year ends in March.", False),  # a month, not a march
        ("Thousands of people will march through the city.", True),
        ("The spokesman said the bridge must be repaired.", True),  # a reported obligation
        ("The bridge must be repaired soon.", False),
        ("Farmers staged a sit-in outside the assembly.", True),  # a hyphenated word the tokenizer splits
        ("Two men were wounded in a shoot-out with deputies.", True),
        ("They sat in the garden all afternoon.", False),  # the parts alone are no cue
    ],
)
def test_sentences_are_selected_by_cues(prefilter: Prefilter, segmented: object, text: str, selected: bool) -> None:
    doc = segmented(text)  # type: ignore[operator]
    assert bool(prefilter.regions(doc)) is selected


def test_a_pronoun_brings_in_the_sentence_before(prefilter: Prefilter, segmented: object) -> None:
    doc = segmented("The ministry issued a long statement on Monday. It condemned the raid.")  # type: ignore[operator]
    assert _chosen(prefilter, doc) == [
        "The ministry issued a long statement on Monday.",
        "It condemned the raid.",
    ]


def test_a_pronoun_brings_in_the_sentence_before_only_when_it_names_someone(
    prefilter: Prefilter, segmented: object
) -> None:
    doc = segmented("The weather was mild and dry. They condemned the raid.")  # type: ignore[operator]
    assert _chosen(prefilter, doc) == ["They condemned the raid."]


def test_a_quotation_brings_in_its_reporting_clause(prefilter: Prefilter, segmented: object) -> None:
    text = '"Their bases will be attacked by our forces. Nobody can doubt that," the Guards said in a statement.'
    doc = segmented(text)  # type: ignore[operator]
    assert len(list(doc.sents)) == 2
    assert "the Guards said" in " ".join(_chosen(prefilter, doc))


def test_page_debris_is_never_parsed(prefilter: Prefilter, segmented: object) -> None:
    text = "Troops attacked the town.\nPHOTO: Troops attacked the town, AFP\n"
    doc = segmented(text)  # type: ignore[operator]
    caption = text.index("PHOTO")
    assert _chosen(prefilter, doc, [(caption, len(text))]) == ["Troops attacked the town."]


@pytest.mark.shared
def test_every_trigger_and_casualty_figure_of_real_articles_is_selected(
    nlp: Language, prefilter: Prefilter, segmented: object
) -> None:
    """Soundness: on 40 real articles, nothing the full parse would code lies outside the selection."""
    lexicon = load_triggers()
    checked = 0
    for path in sorted(GWN_DIR.glob("*.txt"))[:40]:
        text = path.read_text(encoding="utf-8")
        doc = segmented(text)  # type: ignore[operator]
        selected = [
            (doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in prefilter.regions(doc, debris_ranges(text))
        ]
        debris = debris_ranges(text)
        for sent in nlp(text).sents:
            if any(lo <= sent.start_char < hi for lo, hi in debris):
                continue
            needed = [m.token.idx for m in find_triggers(sent, lexicon)]
            needed += [sent.start_char for q in sentence_quantities(sent) if q.kind in CASUALTY_KINDS]
            for offset in needed:
                checked += 1
                assert any(lo <= offset < hi for lo, hi in selected), f"{path.name}: {sent.text!r}"
    assert checked > 100


def test_a_definite_description_brings_in_the_sentence_that_introduces_it(
    prefilter: Prefilter, segmented: object
) -> None:
    text = (
        "Slovenia's ambassador to Russia arrived in Ljubljana on Sunday. "
        "The weather was cold. "
        "The ambassador was recalled for consultations."
    )
    doc = segmented(text)  # type: ignore[operator]
    assert _chosen(prefilter, doc) == [
        "Slovenia's ambassador to Russia arrived in Ljubljana on Sunday.",
        "The ambassador was recalled for consultations.",
    ]
