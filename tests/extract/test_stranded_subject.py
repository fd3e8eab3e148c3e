"""A subject the parser hung on a fronted phrase is still the verb's subject.

The parse below is written by hand: it is the one the small English model gives a sentence like
"With the signing of a Memorandum on Cessation of Hostilities, the Ugandan government and LRA
have agreed to allow access", where "government" becomes a conjunct of "Memorandum" and
"agreed" is left with no subject.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.extract.arguments import _stranded_subject

WORDS = ["With", "the", "signing", "of", "a", "Memorandum", ",", "the", "Ugandan", "government", "and", "LRA",
         "have", "agreed", "to", "allow", "access", "."]  # fmt: skip
HEADS = [13, 2, 0, 2, 5, 3, 5, 9, 9, 5, 9, 9, 13, 13, 15, 13, 15, 13]
DEPS = ["prep", "det", "pobj", "prep", "det", "pobj", "punct", "det", "amod", "conj", "cc", "conj",
        "aux", "ROOT", "aux", "xcomp", "dobj", "punct"]  # fmt: skip
POS = ["ADP", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "CCONJ", "PROPN",
       "AUX", "VERB", "PART", "VERB", "NOUN", "PUNCT"]  # fmt: skip
TAGS = ["IN", "DT", "NN", "IN", "DT", "NNP", ",", "DT", "JJ", "NN", "CC", "NNP",
        "VBP", "VBN", "TO", "VB", "NN", "."]  # fmt: skip


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str]) -> Doc:
    return Doc(
        Vocab(),
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def test_the_noun_phrase_after_the_fronted_phrase_is_the_subject() -> None:
    doc = _doc(WORDS, HEADS, DEPS, POS, TAGS)
    subject = _stranded_subject(doc[13])
    assert subject is not None and subject.text == "government"


def test_a_verb_with_its_own_subject_keeps_it() -> None:
    words = ["After", "talks", ",", "the", "government", "has", "agreed", "."]
    doc = _doc(words, [6, 0, 6, 4, 6, 6, 6, 6], ["prep", "pobj", "punct", "det", "nsubj", "aux", "ROOT", "punct"],
               ["ADP", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
               ["IN", "NNS", ",", "DT", "NN", "VBZ", "VBN", "."])  # fmt: skip
    assert _stranded_subject(doc[6]) is None


def test_a_subjectless_base_form_has_no_stranded_subject() -> None:
    # "In Kabul, stop the war.": an imperative names nobody.
    words = ["In", "Kabul", ",", "stop", "the", "war", "."]
    doc = _doc(words, [3, 0, 3, 3, 5, 3, 3], ["prep", "pobj", "punct", "ROOT", "det", "dobj", "punct"],
               ["ADP", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
               ["IN", "NNP", ",", "VB", "DT", "NN", "."])  # fmt: skip
    assert _stranded_subject(doc[3]) is None
